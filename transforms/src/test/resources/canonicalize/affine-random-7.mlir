func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  affine.if affine_set<(d0)[s0, s1] : ((d0 mod 2) >= 0, d0 >= 0)>(%n)[%n, %n] {
    affine.if affine_set<(d0, d1)[s0, s1] : (d0 == 0)>(%c3, %n)[%m, %n] {
      %v1 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((s1 mod 6))>(%m, %c0)[%n, %n]
      %v2 = affine.load %A[(8 * 4), symbol(%m)] : memref<64x64xf32>
      "use"(%v2) : (f32) -> ()
      %v3 = affine.max affine_map<()[] -> (((9 floordiv 6) - 4))>()[]
      "use"(%v3) : (index) -> ()
    }
    %v4 = affine.load %A[((symbol(%m) ceildiv 8) * 5), (((symbol(%n) mod 4) floordiv 5) ceildiv 3)] : memref<64x64xf32>
    "use"(%v4) : (f32) -> ()
    affine.for %i5 = 3 to %m step 2 {
      %v6 = affine.min affine_map<(d0)[s0] -> (d0)>(%c0)[%m]
      "use"(%v6) : (index) -> ()
    }
    %v7 = affine.apply affine_map<(d0, d1)[] -> (d1)>(%c0, %c0)[]
    affine.store %f, %A[(((symbol(%n) ceildiv 8) mod 7) - (symbol(%n) floordiv 4)), symbol(%n)] : memref<64x64xf32>
    %v8 = affine.apply affine_map<(d0, d1)[] -> ((d0 mod 2))>(%n, %n)[]
  }
  affine.store %f, %A[symbol(%m), (4 floordiv 8)] : memref<64x64xf32>
  %v9 = affine.load %A[symbol(%m), (((5 - symbol(%n)) - (-2 * 5)) floordiv 6)] : memref<64x64xf32>
  "use"(%v9) : (f32) -> ()
  affine.if affine_set<(d0)[] : ((((d0 - d0) floordiv 1) - (2 floordiv 8)) == 0)>(%c0)[] {
    %v10 = affine.apply affine_map<()[] -> ((6 * 1))>()[]
    %v11 = affine.load %A[(((9 floordiv 4) + (symbol(%v10) - symbol(%v10))) + ((symbol(%n) + -3) floordiv 3)), (((7 mod 6) - symbol(%n)) floordiv 1)] : memref<64x64xf32>
    "use"(%v11) : (f32) -> ()
    affine.for %i12 = %c3 to 4 {
      %v13 = affine.max affine_map<(d0)[s0, s1] -> ((s1 - ((d0 mod 1) mod 8)), (-1 mod 3), (d0 ceildiv 2))>(%n)[%c3, %v10]
      "use"(%v13) : (index) -> ()
    }
    %v14 = affine.apply affine_map<()[s0] -> ((((s0 + s0) + (s0 floordiv 5)) mod 4))>()[%n]
  }
  return
}
