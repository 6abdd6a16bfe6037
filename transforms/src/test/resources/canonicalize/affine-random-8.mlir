func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.min affine_map<(d0)[] -> (5)>(%m)[]
  "use"(%v1) : (index) -> ()
  %v2 = affine.apply affine_map<(d0, d1)[] -> (((d0 floordiv 5) floordiv 7))>(%c3, %c3)[]
  %v3 = affine.load %A[(symbol(%n) ceildiv 7), (symbol(%n) floordiv 2)] : memref<64x64xf32>
  "use"(%v3) : (f32) -> ()
  return
}
