func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.load %A[(symbol(%m) + ((symbol(%m) + symbol(%n)) floordiv 8)), 6] : memref<64x64xf32>
  "use"(%v1) : (f32) -> ()
  affine.if affine_set<(d0)[] : ((((5 floordiv 4) floordiv 8) + (d0 mod 8)) == 0)>(%n)[] {
    %v2 = affine.load %A[(symbol(%m) ceildiv 2), (((symbol(%n) floordiv 5) mod 5) ceildiv 8)] : memref<64x64xf32>
    "use"(%v2) : (f32) -> ()
    affine.for %i3 = %c3 to 1 step 2 {
      affine.store %f, %A[(((symbol(%n) floordiv 3) ceildiv 7) ceildiv 6), (((symbol(%m) mod 3) * 3) + ((5 mod 4) + (6 * 6)))] : memref<64x64xf32>
      %v4 = affine.load %A[symbol(%n), (((symbol(%n) - %i3) ceildiv 8) + ((%i3 mod 7) mod 6))] : memref<64x64xf32>
      "use"(%v4) : (f32) -> ()
      %v5 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((s0 ceildiv 5))>(%c3, %m)[%c3, %n]
      %v6 = affine.apply affine_map<(d0, d1)[] -> ((d0 * 6))>(%i3, %i3)[]
      %v7 = affine.max affine_map<()[] -> ((4 ceildiv 6), (3 + (5 * 4)), ((-3 + (5 - 5)) floordiv 4))>()[]
      "use"(%v7) : (index) -> ()
    }
  }
  affine.store %f, %A[(symbol(%m) floordiv 6), (symbol(%n) floordiv 1)] : memref<64x64xf32>
  return
}
