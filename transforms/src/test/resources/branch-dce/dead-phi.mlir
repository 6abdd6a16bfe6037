// The branch ops are cf's, in generic form while jmlir has no cf dialect.

// A block argument only forwarded on to a dead argument is dead too: both go, with the
// operands the branches forwarded to them.
func.func @dead_phi(%c: i1, %a: i32, %b: i32) -> i32 {
  "cf.cond_br"(%c, %a, %b)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%x: i32):
  "foo.op"() : () -> ()
  "cf.br"(%x)[^bb3] : (i32) -> ()
^bb2(%y: i32):
  "foo.op"() : () -> ()
  "cf.br"(%y)[^bb3] : (i32) -> ()
^bb3(%z: i32):
  return %a : i32
}

// A loop-carried value that nothing reads is dead, cycle and all; the live one stays.
func.func @dead_loop_value(%c: i1, %a: i32, %b: i64) -> i32 {
  "cf.br"(%a, %b)[^bb1] : (i32, i64) -> ()
^bb1(%live: i32, %dead: i64):
  %n = arith.addi %live, %live : i32
  %d = arith.addi %dead, %dead : i64
  "cf.cond_br"(%c, %n, %d)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 2, 0>}> : (i1, i32, i64) -> ()
^bb2:
  return %live : i32
}

// Only some of the forwarded values die; the others keep their place.
func.func @partly_dead(%c: i1, %a: i32, %b: f32, %d: i64) -> (i32, i64) {
  "foo.op"() : () -> ()
  "cf.cond_br"(%c, %a, %b, %d, %a, %b, %d)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 3, 3>}> : (i1, i32, f32, i64, i32, f32, i64) -> ()
^bb1(%x: i32, %y: f32, %z: i64):
  "foo.op"() : () -> ()
  "cf.br"(%x, %y, %z)[^bb2] : (i32, f32, i64) -> ()
^bb2(%p: i32, %q: f32, %r: i64):
  return %p, %r : i32, i64
}

// A value used by a live op is live even though it is also forwarded to a dead argument.
func.func @used_and_forwarded(%c: i1, %a: i32) {
  "cf.cond_br"(%c, %a, %a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%x: i32):
  "foo.use"(%x) : (i32) -> ()
  "cf.br"(%x)[^bb2] : (i32) -> ()
^bb2(%z: i32):
  return
}

// A terminator that is no branch op keeps every argument of the blocks it reaches.
func.func @unknown_terminator(%c: i1, %a: i32) {
  "foo.br"(%a)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  return
}
