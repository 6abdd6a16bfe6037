func.func @switch_default_passthrough(%f: i8, %a: f32, %b: f32) {
  "test.pred"() [^bb1, ^bb3, ^bb4] : () -> ()
^bb1:
  cf.switch %f : i8, [
    default: ^bb2(%a : f32),
    -3: ^bb3(%b : f32),
    7: ^bb4
  ]
^bb2(%x: f32):
  cf.br ^bb3(%x : f32)
^bb3(%y: f32):
  "test.sink"(%y) : (f32) -> ()
^bb4:
  "test.end"() : () -> ()
}

func.func @switch_in_case(%f: i16) {
  "test.pred"() [^bb1, ^bb3, ^bb4, ^bb5] : () -> ()
^bb1:
  cf.switch %f : i16, [
    default: ^bb3,
    5: ^bb2,
    6: ^bb3
  ]
^bb2:
  "test.op"() : () -> ()
  cf.switch %f : i16, [
    default: ^bb3,
    5: ^bb4,
    6: ^bb5
  ]
^bb3:
  "test.t3"() : () -> ()
^bb4:
  "test.t4"() : () -> ()
^bb5:
  "test.t5"() : () -> ()
}

func.func @switch_in_default(%f: i64) {
  "test.pred"() [^bb1, ^bb3, ^bb4, ^bb5] : () -> ()
^bb1:
  cf.switch %f : i64, [
    default: ^bb2,
    -1: ^bb3,
    2: ^bb2
  ]
^bb2:
  "test.op"() : () -> ()
  cf.switch %f : i64, [
    default: ^bb3,
    -1: ^bb4,
    2: ^bb5,
    3: ^bb4
  ]
^bb3:
  "test.t3"() : () -> ()
^bb4:
  "test.t4"() : () -> ()
^bb5:
  "test.t5"() : () -> ()
}

func.func @switch_all_default(%f: i32, %a: i32) {
  "test.pred"() [^bb1, ^bb2] : () -> ()
^bb1:
  cf.switch %f : i32, [
    default: ^bb2(%a : i32),
    1: ^bb2(%a : i32),
    2: ^bb2(%a : i32)
  ]
^bb2(%x: i32):
  "test.sink"(%x) : (i32) -> ()
}

func.func @switch_i1(%f: i1) {
  "test.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  %t = arith.constant true
  cf.switch %t : i1, [
    default: ^bb2,
    -1: ^bb3
  ]
^bb2:
  "test.t2"() : () -> ()
^bb3:
  "test.t3"() : () -> ()
}

func.func @cond_br_passthrough_args(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  cf.cond_br %c weights([3, 1]), ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb3(%x, %b : i32, i32)
^bb2:
  cf.br ^bb4
^bb3(%p: i32, %q: i32):
  return %p, %q : i32, i32
^bb4:
  return %b, %a : i32, i32
}

func.func @assert_kept(%c: i1, %d: i32) {
  %one = arith.constant 1 : i32
  %eq = arith.cmpi eq, %d, %one : i32
  cf.assert %eq, "d must be one"
  %t = arith.cmpi eq, %one, %one : i32
  cf.assert %t, "folds to true"
  return
}

func.func @merge_chain(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %c1 : i32
  cf.br ^bb2(%y : i32)
^bb2(%z: i32):
  %w = arith.muli %z, %z : i32
  return %w : i32
}

func.func @dead_cycle(%c: i1, %a: i32) {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  cf.cond_br %c, ^bb1(%y : i32), ^bb2
^bb2:
  return
}
