func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.min affine_map<(d0, d1)[s0] -> (((s0 + (d0 + 9)) * 5))>(%c3, %m)[%n]
  "use"(%v1) : (index) -> ()
  affine.parallel (%p2, %p3) = (0, 0) to (min(symbol(%n), symbol(%m)), (((symbol(%n) - symbol(%m)) - symbol(%m)) floordiv 4)) {
    %v4 = affine.apply affine_map<()[s0] -> (((3 mod 4) * 2))>()[%m]
    %v5 = affine.apply affine_map<()[s0, s1] -> ((((s0 - s1) mod 7) - ((s1 - s1) - (0 ceildiv 8))))>()[%m, %c3]
    %v6 = affine.apply affine_map<()[s0] -> (s0)>()[%v4]
    %v7 = affine.load %A[%p3, (((symbol(%n) + symbol(%n)) ceildiv 7) mod 4)] : memref<64x64xf32>
    "use"(%v7) : (f32) -> ()
    affine.if affine_set<(d0, d1)[] : ((d0 ceildiv 5) == 0, (7 floordiv 4) >= 0)>(%v5, %v4)[] {
      %v8 = affine.apply affine_map<(d0)[s0, s1] -> ((((d0 floordiv 4) ceildiv 3) floordiv 1))>(%p2)[%c3, %m]
      affine.store %f, %A[%p3, (-1 mod 6)] : memref<64x64xf32>
      %v9 = affine.load %A[((symbol(%v5) + (symbol(%m) * 1)) mod 6), -3] : memref<64x64xf32>
      "use"(%v9) : (f32) -> ()
    } else {
      %v10 = affine.apply affine_map<(d0, d1)[s0] -> ((s0 floordiv 2))>(%v6, %m)[%c3]
      %v11 = affine.apply affine_map<(d0, d1)[s0] -> ((0 floordiv 5))>(%c0, %v6)[%c0]
    }
    %v12 = affine.apply affine_map<(d0, d1)[] -> (d1)>(%v5, %n)[]
  }
  affine.parallel (%p13, %p14) = (0, symbol(%n)) to (min((((symbol(%m) floordiv 7) + 2) mod 6), symbol(%n)), (0 - ((symbol(%n) + symbol(%m)) * 6))) {
    %v15 = affine.apply affine_map<(d0, d1)[s0] -> ((s0 + (3 ceildiv 4)))>(%c3, %c0)[%n]
    affine.if affine_set<(d0, d1)[] : ((((2 floordiv 5) floordiv 8) mod 7) >= 0)>(%n, %n)[] {
      %v16 = affine.apply affine_map<(d0, d1)[s0] -> (((s0 mod 6) floordiv 5))>(%c0, %v15)[%c3]
      %v17 = affine.load %A[((-2 + -1) floordiv 7), (((%p13 * 3) ceildiv 2) ceildiv 4)] : memref<64x64xf32>
      "use"(%v17) : (f32) -> ()
    } else {
      %v18 = affine.apply affine_map<(d0)[] -> (8)>(%c0)[]
      %v19 = affine.apply affine_map<()[s0, s1] -> ((s0 ceildiv 3))>()[%v18, %m]
      %v20 = affine.load %A[4, (1 floordiv 7)] : memref<64x64xf32>
      "use"(%v20) : (f32) -> ()
      %v21 = affine.load %A[((1 floordiv 1) floordiv 5), (%p13 - symbol(%v18))] : memref<64x64xf32>
      "use"(%v21) : (f32) -> ()
    }
  }
  return
}
