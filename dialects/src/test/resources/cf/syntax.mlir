// The cf ops in their custom syntax.
func.func @branches(%c: i1, %a: i32, %b: f32) -> i32 {
  cf.br ^bb1(%a, %b : i32, f32) {hint = "hot"}
^bb1(%x: i32, %y: f32):
  cf.cond_br %c, ^bb2, ^bb3(%x : i32)
^bb2:
  cf.cond_br %c weights([90, 10]), ^bb3(%a : i32), ^bb4 loc("branch")
^bb3(%z: i32):
  cf.assert %c, "z must be set: \"quoted\" and \n newline"
  cf.br ^bb4
^bb4:
  return %a : i32
}

func.func @switches(%i8: i8, %i32: i32, %i64: i64, %i128: i128, %a: f32) {
  cf.switch %i8 : i8, [
    default: ^bb1,
    -1: ^bb1,
    127: ^bb2(%a : f32),
    0x10: ^bb1
  ]
^bb1:
  cf.switch %i32 : i32, [
    default: ^bb2(%a : f32)
  ]
^bb2(%x: f32):
  cf.switch %i64 : i64, [
    default: ^bb3(%x, %a : f32, f32),
    9223372036854775807: ^bb3(%a, %x : f32, f32),
    42: ^bb2(%x : f32)
  ] {note}
^bb3(%p: f32, %q: f32):
  cf.switch %i128 : i128, [
    default: ^bb4,
    5: ^bb4,
    false: ^bb4
  ]
^bb4:
  return
}

func.func @inherent_in_attr_dict(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb1 {branch_weights = array<i32: 1, 2>}
^bb1:
  return
}
