func.func @f(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %arg0, %c1 : i32
  %c2 = arith.constant 2 : i32
  %c1b = arith.constant 1 : i32
  %1 = arith.muli %0, %c2 : i32
  %2 = arith.addi %1, %c1b : i32
  %dead = arith.muli %2, %2 : i32
  "foo.use"(%c2) : (i32) -> ()
  return %2 : i32
}
func.func @g() -> (i32, f32) {
  %c3 = arith.constant 3 : i32
  %cf = arith.constant 1.0 : f32
  %c4 = arith.constant 4 : i32
  "foo.region"() ({
    %c5 = arith.constant 5 : i32
    %c3b = arith.constant 3 : i32
    "foo.use"(%c5, %c3b) : (i32, i32) -> ()
  }) : () -> ()
  return %c4, %cf : i32, f32
}
