// ARGS: --split-input-file
func.func @redefinition() {
  %0 = arith.constant 1 : i32
  %0 = arith.constant 2 : i32
  return
}
// -----
func.func @dominance() -> i32 {
  %1 = arith.addi %0, %0 : i32 loc("render-notes.mlir":9:8)
  %0 = arith.constant 1 : i32 loc("render-notes.mlir":10:3)
  return %1 : i32
}
// -----
func.func @same_place() -> i32 {
  %1 = arith.addi %0, %0 : i32 loc("render-notes.mlir":15:8)
  %0 = arith.constant 1 : i32 loc("render-notes.mlir":15:8)
  return %1 : i32
}
// ----
