// ARGS: --cse -allow-unregistered-dialect -mlir-print-op-generic -mlir-print-debuginfo
#loc2 = loc("deadall.mlir":1:14)
#loc3 = loc("deadall.mlir":1:22)
#loc16 = loc("deadall.mlir":16:14)
#loc17 = loc("deadall.mlir":16:22)
"builtin.module"() ({
  "func.func"() <{function_type = (i1, i32) -> i32, sym_name = "f"}> ({
  ^bb0(%arg2: i1 loc("deadall.mlir":1:14), %arg3: i32 loc("deadall.mlir":1:22)):
    %3 = "arith.addi"(%arg3, %arg3) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc4)
    "scf.if"(%arg2) ({
      %6 = "arith.addi"(%arg3, %arg3) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc6)
      %7 = "arith.muli"(%6, %6) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc7)
      "test.pure_use"(%7) : (i32) -> () loc(#loc8)
      "scf.yield"() : () -> () loc(#loc9)
    }, {
    }) : (i1) -> () loc(#loc5)
    "scf.if"(%arg2) ({
      %4 = "arith.addi"(%arg3, %arg3) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc11)
      %5 = "arith.muli"(%4, %4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc12)
      "scf.yield"() : () -> () loc(#loc13)
    }, {
    }) : (i1) -> () loc(#loc10)
    "func.return"(%3) : (i32) -> () loc(#loc14)
  }) : () -> () loc(#loc1)
  "func.func"() <{function_type = (i1, i32) -> i32, sym_name = "g"}> ({
  ^bb0(%arg0: i1 loc("deadall.mlir":16:14), %arg1: i32 loc("deadall.mlir":16:22)):
    %0 = "arith.addi"(%arg1, %arg1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc4)
    "scf.if"(%arg0) ({
      %1 = "arith.addi"(%arg1, %arg1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc11)
      %2 = "arith.muli"(%1, %1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc(#loc19)
      "scf.yield"() : () -> () loc(#loc20)
    }, {
    }) : (i1) -> () loc(#loc18)
    "func.return"(%0) : (i32) -> () loc(#loc21)
  }) : () -> () loc(#loc15)
}) : () -> () loc(#loc)
#loc = loc("deadall.mlir":0:0)
#loc1 = loc("deadall.mlir":1:1)
#loc4 = loc(unknown)
#loc5 = loc("deadall.mlir":3:3)
#loc6 = loc("inner.mlir":1:1)
#loc7 = loc("deadall.mlir":5:10)
#loc8 = loc("deadall.mlir":6:5)
#loc9 = loc("deadall.mlir":7:5)
#loc10 = loc("deadall.mlir":9:3)
#loc11 = loc("dead.mlir":2:2)
#loc12 = loc("deadall.mlir":11:10)
#loc13 = loc("deadall.mlir":12:5)
#loc14 = loc("deadall.mlir":14:3)
#loc15 = loc("deadall.mlir":16:1)
#loc18 = loc("deadall.mlir":18:3)
#loc19 = loc("deadall.mlir":20:10)
#loc20 = loc("deadall.mlir":21:5)
#loc21 = loc("deadall.mlir":23:3)

