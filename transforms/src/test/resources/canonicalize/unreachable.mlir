func.func @f(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  "foo.br"(%c1)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  %c2 = arith.constant 2 : i32
  "foo.br"(%x, %c2)[^bb3] : (i32, i32) -> ()
^bb2:
  %dead = arith.constant 7 : i32
  "foo.br"(%dead)[^bb3] : (i32) -> ()
^bb3:
  %c1b = arith.constant 1 : i32
  return %c1b : i32
}
