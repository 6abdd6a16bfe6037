// ARGS: --cse -mlir-print-debuginfo
func.func @unknown_location_takes_the_known_one(%a: i32) -> (i32, i32, i32) {
  %0 = arith.addi %a, %a : i32 loc(unknown)
  %1 = arith.addi %a, %a : i32 loc("second.mlir":3:4)
  %2 = arith.addi %a, %a : i32 loc("third.mlir":5:6)
  return %0, %1, %2 : i32, i32, i32
}

func.func @known_location_stays(%a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32 loc("first.mlir":1:2)
  %1 = arith.muli %a, %a : i32 loc(unknown)
  %2 = arith.muli %a, %a : i32 loc("other.mlir":9:9)
  return %0, %1 : i32, i32
}

func.func @fused_location_differs(%a: i32) -> (i32, i32) {
  %0 = arith.subi %a, %a : i32 loc(fused["a.mlir":1:1, "b.mlir":2:2])
  %1 = arith.subi %a, %a : i32 loc("c.mlir":3:3)
  return %0, %1 : i32, i32
}
