func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.load %A[4, (((symbol(%m) mod 8) + (symbol(%n) + 5)) + ((symbol(%n) + symbol(%n)) + (symbol(%m) * 7)))] : memref<64x64xf32>
  "use"(%v1) : (f32) -> ()
  %v2 = affine.min affine_map<(d0, d1)[s0] -> ((((d1 * 6) floordiv 7) * 4))>(%m, %c0)[%n]
  "use"(%v2) : (index) -> ()
  affine.if affine_set<(d0, d1)[] : ((((6 ceildiv 5) ceildiv 5) mod 2) >= 0, ((d0 + d1) ceildiv 2) >= 0)>(%c0, %m)[] {
    affine.store %f, %A[symbol(%m), (((symbol(%n) + 3) + symbol(%n)) * 6)] : memref<64x64xf32>
    %v3 = affine.max affine_map<()[s0] -> ((((s0 mod 5) + (s0 * 1)) mod 7), (s0 * 1), (((s0 mod 1) ceildiv 1) * 1))>()[%c3]
    "use"(%v3) : (index) -> ()
    affine.if affine_set<(d0)[s0, s1] : (((-2 mod 1) * 3) == 0)>(%c3)[%c0, %c0] {
      %v4 = affine.apply affine_map<(d0)[] -> (d0)>(%c0)[]
      %v5 = affine.apply affine_map<(d0)[s0] -> ((s0 - (-3 floordiv 4)))>(%m)[%c0]
      %v6 = affine.min affine_map<(d0, d1)[] -> (d1, (((-3 floordiv 7) ceildiv 3) * 4), 6)>(%v4, %v4)[]
      "use"(%v6) : (index) -> ()
      %v7 = affine.load %A[(symbol(%v4) ceildiv 6), (symbol(%v4) + symbol(%n))] : memref<64x64xf32>
      "use"(%v7) : (f32) -> ()
    }
    affine.if affine_set<(d0)[s0, s1] : (d0 == 0)>(%n)[%n, %c3] {
      affine.store %f, %A[(((symbol(%n) + symbol(%n)) mod 3) * 4), (4 + ((symbol(%m) + symbol(%m)) + symbol(%n)))] : memref<64x64xf32>
    }
    %v8 = affine.apply affine_map<()[] -> ((((2 floordiv 2) + (1 ceildiv 6)) + 3))>()[]
    %v9 = affine.apply affine_map<(d0, d1)[] -> ((((d0 mod 7) mod 1) + ((d1 * 8) floordiv 1)))>(%c0, %n)[]
  } else {
    %v10 = affine.max affine_map<(d0, d1)[] -> ((((d0 * 7) mod 2) * 6))>(%c3, %m)[]
    "use"(%v10) : (index) -> ()
    %v11 = affine.load %A[symbol(%n), (((symbol(%m) mod 3) + (-2 * 1)) - ((6 ceildiv 5) ceildiv 2))] : memref<64x64xf32>
    "use"(%v11) : (f32) -> ()
    %v12 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((d0 mod 4))>(%m, %n)[%n, %n]
    %v13 = affine.load %A[(symbol(%m) floordiv 7), (((symbol(%v12) - 7) floordiv 8) floordiv 3)] : memref<64x64xf32>
    "use"(%v13) : (f32) -> ()
    affine.store %f, %A[(symbol(%m) - ((symbol(%n) mod 3) mod 5)), (((symbol(%m) + symbol(%m)) * 5) - (symbol(%m) * 4))] : memref<64x64xf32>
    %v14 = affine.apply affine_map<(d0)[] -> ((((d0 mod 8) ceildiv 2) - ((0 + 7) floordiv 2)))>(%v12)[]
  }
  return
}
