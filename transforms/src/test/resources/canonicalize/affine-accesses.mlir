func.func @v(%A: memref<100x100xf32>, %i: index, %n: index) -> vector<8xf32> {
  %v = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, vector<8xf32>
  affine.vector_store %v, %A[%i, symbol(%n)] {x} : memref<100x100xf32>, vector<8xf32>
  affine.prefetch %A[%i, %i + 5], read, locality<3>, data : memref<100x100xf32>
  affine.prefetch %A[%i, %i + 5], read, locality<3>, data : memref<100x100xf32>
  affine.prefetch %A[%i, %i], write, locality<0>, instr {y} : memref<100x100xf32>
  %w = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, vector<8xf32>
  %u = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, vector<8xf32>
  %z = arith.addf %w, %u : vector<8xf32>
  return %z : vector<8xf32>
}
