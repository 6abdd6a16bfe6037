func.func @f(%a: i32, %b: i32) -> (i32, i32, i32, i1) {
  %c5 = arith.constant 5 : i32
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %c5, %a : i32
  %1 = arith.muli %c5, %b : i32
  %2 = arith.addi %c0, %1 : i32
  %3 = "foo.pure"(%c5, %a) : (i32, i32) -> i32
  %t = arith.constant true
  %4 = arith.andi %t, %t : i1
  return %0, %2, %3, %4 : i32, i32, i32, i1
}
