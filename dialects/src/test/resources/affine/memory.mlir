// Loads and stores: subscripts are affine expressions of SSA values, symbols marked symbol(...).
func.func @copy(%A: memref<?x16xf32>, %B: memref<16x?xf32, 1>, %n: index) {
  affine.for %i = 0 to %n {
    affine.for %j = 0 to 16 {
      %v = affine.load %A[%i, %j] : memref<?x16xf32>
      affine.store %v, %B[%j, %i] : memref<16x?xf32, 1>
      %w = affine.load %A[%i + 1, %j * 2 - 3] : memref<?x16xf32>
      affine.store %w, %B[(%j + symbol(%n)) floordiv 2, symbol(%n) * 4 + %i mod 3] {nontemporal} : memref<16x?xf32, 1>
      %x = affine.load %A[symbol(%n), -%i + %j] : memref<?x16xf32>
      %y = affine.load %A[%i + %i, 7] : memref<?x16xf32>
      %z = affine.load %A[%j ceildiv 4, %i] : memref<?x16xf32>
    }
  }
  return
}

func.func @scalar(%S: memref<f32>, %v: f32) -> f32 {
  affine.store %v, %S[] : memref<f32>
  %r = affine.load %S[] : memref<f32>
  return %r : f32
}

func.func @results(%A: memref<4x4xi32>) {
  affine.for %i = 0 to 4 {
    %s = affine.apply affine_map<(d0) -> (3 - d0)>(%i)
    %v = affine.load %A[%s, %i] : memref<4x4xi32>
    affine.store %v, %A[%i, %s] : memref<4x4xi32>
  }
  return
}
