func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.apply affine_map<(d0)[] -> (d0)>(%c0)[]
  %v2 = affine.load %A[symbol(%m), (((symbol(%n) floordiv 1) * 6) + ((5 floordiv 3) * 3))] : memref<64x64xf32>
  "use"(%v2) : (f32) -> ()
  return
}
