// options: top-down=false
func.func @f(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %arg0, %c1 : i32
  %c2 = arith.constant 2 : i32
  %c1b = arith.constant 1 : i32
  %1 = arith.muli %0, %c2 : i32
  %2 = arith.addi %1, %c1b : i32
  "foo.region"() ({
    %c3 = arith.constant 3 : i32
    %c2b = arith.constant 2 : i32
    "foo.use"(%c3, %c2b) : (i32, i32) -> ()
  }) : () -> ()
  %c3b = arith.constant 3 : i32
  return %2 : i32
}
