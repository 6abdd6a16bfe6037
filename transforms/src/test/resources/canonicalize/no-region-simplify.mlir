// options: region-simplify=disabled
func.func @f(%arg0: i32) -> i32 {
  "foo.br"()[^bb2] : () -> ()
^bb1:
  %c7 = arith.constant 7 : i32
  "foo.br"()[^bb2] : () -> ()
^bb2:
  return %arg0 : i32
}
