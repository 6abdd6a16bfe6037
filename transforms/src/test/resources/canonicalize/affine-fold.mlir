#map = affine_map<(d0) -> (d0 mod 2)>
func.func @loads(%A: memref<8xf32>, %i: index, %v: f32) -> (f32, f32, f32) {
  %a = affine.load %A[%i] : memref<8xf32>
  %b = affine.load %A[%i] : memref<8xf32>
  affine.store %v, %A[%i] : memref<8xf32>
  %c = affine.load %A[%i] : memref<8xf32>
  %s = arith.addf %a, %b : f32
  return %s, %c, %b : f32, f32, f32
}
func.func @apply(%i: index) -> (index, index, index, index, index) {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %0 = affine.apply #map(%c3)
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 * 4 + s0)>(%c3)[%c5]
  %2 = affine.apply affine_map<(d0) -> (d0)>(%i)
  %3 = affine.apply affine_map<()[s0] -> (s0)>()[%i]
  %4 = affine.apply affine_map<(d0) -> (d0 floordiv 0)>(%c3)
  %5 = affine.apply #map(%i)
  %6 = affine.apply #map(%i)
  return %0, %1, %2, %5, %6 : index, index, index, index, index
}
func.func @loops(%N: index) {
  affine.for %i = 0 to 10 {
  }
  affine.for %i = 0 to %N {
    %x = affine.apply #map(%i)
  }
  affine.for %i = 0 to 10 {
    "foo"(%i) : (index) -> ()
  }
  affine.if affine_set<(d0) : (d0 >= 0)>(%N) {
  }
  return
}
func.func @minmax(%i: index) -> (index, index) {
  %c3 = arith.constant 3 : index
  %0 = affine.min affine_map<(d0) -> (d0, 2)>(%c3)
  %1 = affine.max affine_map<(d0) -> (d0, 7)>(%c3)
  return %0, %1 : index, index
}
