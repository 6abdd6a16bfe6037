// DMA transfers: source, destination and tag subscripted by affine maps, optionally strided.
func.func @dma(%A: memref<100x100xf32>, %B: memref<100x100xf32, 2>, %T: memref<1xi32>, %i: index, %n: index) {
  %c0 = arith.constant 0 : index
  %c64 = arith.constant 64 : index
  %c4 = arith.constant 4 : index
  affine.for %k = 0 to 10 {
    affine.dma_start %A[%k, %i + 3], %B[%k, symbol(%n)], %T[%c0], %c64 : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
    affine.dma_start %A[%k, %i], %B[0, 0], %T[0], %c64, %c4, %c4 : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
    affine.dma_wait %T[%c0], %c64 : memref<1xi32>
    affine.dma_wait %T[0], %c64 : memref<1xi32>
  }
  return
}
