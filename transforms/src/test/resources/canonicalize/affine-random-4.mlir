func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.min affine_map<(d0, d1)[s0] -> (((s0 + (d0 + 9)) * 5))>(%c3, %m)[%n]
  "use"(%v1) : (index) -> ()
  affine.for %i2 = 1 to 9 step 2 {
    %v3 = affine.load %A[symbol(%n), (((6 + symbol(%m)) mod 4) + (symbol(%n) mod 5))] : memref<64x64xf32>
    "use"(%v3) : (f32) -> ()
    %v4 = affine.min affine_map<()[] -> ((((7 * 4) ceildiv 2) * 7), ((6 * 6) ceildiv 4))>()[]
    "use"(%v4) : (index) -> ()
    affine.if affine_set<()[] : (0 >= 0)>()[] {
      %v5 = affine.max affine_map<()[] -> (1, (-1 * 7), ((4 + 6) mod 3))>()[]
      "use"(%v5) : (index) -> ()
      %v6 = affine.max affine_map<()[s0] -> (((3 mod 4) * 2))>()[%n]
      "use"(%v6) : (index) -> ()
      %v7 = affine.apply affine_map<()[s0, s1] -> (((s1 - (s0 floordiv 8)) mod 4))>()[%m, %m]
    } else {
      %v8 = affine.load %A[%i2, (%i2 floordiv 4)] : memref<64x64xf32>
      "use"(%v8) : (f32) -> ()
      %v9 = affine.load %A[(((symbol(%m) * 1) - (%i2 + %i2)) floordiv 6), (9 mod 5)] : memref<64x64xf32>
      "use"(%v9) : (f32) -> ()
      %v10 = affine.min affine_map<(d0)[s0] -> ((7 mod 1))>(%i2)[%c0]
      "use"(%v10) : (index) -> ()
      affine.store %f, %A[((%i2 floordiv 1) floordiv 5), 9] : memref<64x64xf32>
    }
    %v11 = affine.min affine_map<()[s0, s1] -> ((((s0 floordiv 2) floordiv 8) mod 5), (s0 - s0), s1)>()[%n, %m]
    "use"(%v11) : (index) -> ()
    %v12 = affine.apply affine_map<(d0)[s0] -> ((d0 floordiv 7))>(%n)[%c3]
  }
  %v13 = affine.load %A[(0 floordiv 5), (((-1 * 3) + (symbol(%n) + symbol(%n))) floordiv 5)] : memref<64x64xf32>
  "use"(%v13) : (f32) -> ()
  return
}
