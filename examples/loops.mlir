// Loops and branches: an affine loop nest over a memref, and a function with cf branches.
//   bin/jmlir-opt --canonicalize --cse examples/loops.mlir
// drops the unused constants, folds the identity affine.apply into the store's subscript,
// and simplifies the branches (one on a constant, one choosing between two values) into an
// arith.select, as mlir-opt 22 does.
func.func @row_sums(%m: memref<4x8xf32>, %out: memref<4xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  affine.for %i = 0 to 4 {
    %sum = affine.for %j = 0 to 8 iter_args(%acc = %zero) -> (f32) {
      %x = affine.load %m[%i, %j] : memref<4x8xf32>
      %next = arith.addf %acc, %x : f32
      affine.yield %next : f32
    }
    %k = affine.apply affine_map<(d0) -> (d0 + 0)>(%i)
    affine.store %sum, %out[%k] : memref<4xf32>
  }
  return
}

func.func @clamp(%x: i32, %lo: i32) -> i32 {
  %true = arith.constant true
  %below = arith.cmpi slt, %x, %lo : i32
  cf.cond_br %true, ^check, ^done(%x : i32)
^check:
  cf.cond_br %below, ^done(%lo : i32), ^done(%x : i32)
^done(%r: i32):
  return %r : i32
}
