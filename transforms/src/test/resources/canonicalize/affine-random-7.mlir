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
    affine.parallel (%p4, %p5) = (((symbol(%m) + symbol(%m)) floordiv 1), 0) to ((((symbol(%n) mod 7) - (symbol(%m) * 7)) + (symbol(%n) - -1)), 10) {
      affine.store %f, %A[(((%p4 * 6) floordiv 5) + (%p5 ceildiv 3)), (((%p5 + symbol(%n)) * 6) + ((%p4 mod 4) mod 4))] : memref<64x64xf32>
    }
    %v6 = affine.apply affine_map<(d0, d1)[s0] -> ((s0 floordiv 8))>(%c0, %n)[%n]
    affine.parallel (%p7, %p8) = (0, (((-2 * 2) floordiv 7) mod 4)) to (10, 10) {
      %v9 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((d0 + (-2 mod 8)))>(%v6, %v6)[%c0, %n]
      %v10 = affine.max affine_map<(d0, d1)[s0, s1] -> ((((-1 - d1) * 8) ceildiv 6), d0, d0)>(%m, %v6)[%v9, %c0]
      "use"(%v10) : (index) -> ()
      %v11 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((((d0 floordiv 3) + (d1 mod 4)) - ((d1 + d0) + (s0 mod 2))))>(%v9, %n)[%v6, %m]
    }
    affine.if affine_set<()[] : (-1 == 0, (((5 * 8) ceildiv 6) floordiv 2) == 0)>()[] {
      %v12 = affine.apply affine_map<()[s0] -> ((-2 * 5))>()[%n]
    }
    %v13 = affine.min affine_map<(d0, d1)[s0] -> (((d1 * 5) + (s0 - 1)), d0, (((d1 ceildiv 7) + (s0 * 6)) - 8))>(%v6, %c3)[%m]
    "use"(%v13) : (index) -> ()
  }
  %v14 = affine.min affine_map<()[] -> (((5 + (8 * 5)) * 1))>()[]
  "use"(%v14) : (index) -> ()
  %v15 = affine.load %A[symbol(%m), (((1 + symbol(%n)) mod 1) * 6)] : memref<64x64xf32>
  "use"(%v15) : (f32) -> ()
  %v16 = affine.min affine_map<(d0)[s0] -> (d0)>(%m)[%m]
  "use"(%v16) : (index) -> ()
  return
}
