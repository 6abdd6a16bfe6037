// Vector loads and stores and prefetches, subscripted like affine.load and affine.store.
func.func @vectors(%A: memref<100x100xf32>, %i: index, %n: index) -> vector<8xf32> {
  %v = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, vector<8xf32>
  affine.vector_store %v, %A[%i, symbol(%n)] {x} : memref<100x100xf32>, vector<8xf32>
  affine.for %k = 0 to 10 {
    %w = affine.vector_load %A[%k * 2, %i] : memref<100x100xf32>, vector<2x4xf32>
    affine.vector_store %w, %A[%i, %k] : memref<100x100xf32>, vector<2x4xf32>
  }
  affine.prefetch %A[%i, %i + 5], read, locality<3>, data : memref<100x100xf32>
  affine.prefetch %A[%i, symbol(%n)], write, locality<0>, instr {y} : memref<100x100xf32>
  return %v : vector<8xf32>
}
