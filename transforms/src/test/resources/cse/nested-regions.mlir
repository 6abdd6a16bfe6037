// ARGS: --cse -allow-unregistered-dialect --irdl-file=regions.irdl
func.func @nested(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  "rg.wrap"() ({
    %1 = arith.addi %b, %a : i32
    %2 = arith.muli %1, %1 : i32
    "rg.wrap"() ({
      %3 = arith.muli %0, %0 : i32
      %4 = arith.constant 2 : i32
      "foo.use"(%3, %4) : (i32, i32) -> ()
    }) : () -> ()
    %5 = arith.constant 2 : i32
    "foo.use"(%2, %5) : (i32, i32) -> ()
  }) : () -> ()
  %6 = arith.constant 2 : i32
  %7 = arith.muli %0, %0 : i32
  %8 = arith.addi %6, %7 : i32
  "rg.wrap2"() ({
    %9 = arith.constant 9 : i32
    "foo.use"(%9) : (i32) -> ()
  }, {
    %10 = arith.constant 9 : i32
    "foo.use"(%10) : (i32) -> ()
  }) : () -> ()
  "rg.wrap"() ({
    %11 = arith.constant 2 : i32
    "foo.yield"() : () -> ()
  }) : () -> ()
  return %8 : i32
}
