// Folding, canonicalization and common-subexpression elimination:
//   bin/jmlir-opt --canonicalize --cse examples/fold.mlir
func.func @fold(%x: i32, %y: f32) -> (i32, i32, f32, i1) {
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c0 = arith.constant 0 : i32
  %six = arith.muli %c2, %c3 : i32
  %a = arith.addi %x, %c0 : i32
  %b = arith.addi %a, %six : i32
  %d = arith.addi %x, %six : i32
  %one = arith.constant 1.0 : f32
  %z = arith.mulf %y, %one : f32
  %t = arith.cmpi sgt, %x, %x : i32
  return %b, %d, %z, %t : i32, i32, f32, i1
}
