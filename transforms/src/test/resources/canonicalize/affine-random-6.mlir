func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  affine.for %i1 = 0 to %m step 4 {
    %v2 = affine.min affine_map<()[s0] -> (((s0 + (s0 mod 6)) mod 2), (((s0 - s0) floordiv 4) floordiv 6), (((-3 mod 6) ceildiv 4) - ((s0 + s0) * 5)))>()[%c3]
    "use"(%v2) : (index) -> ()
    affine.store %f, %A[(%i1 - %i1), (((%i1 mod 8) * 1) ceildiv 3)] : memref<64x64xf32>
    %v3 = affine.load %A[(%i1 floordiv 8), (((%i1 floordiv 2) + symbol(%m)) + ((%i1 + %i1) + symbol(%m)))] : memref<64x64xf32>
    "use"(%v3) : (f32) -> ()
    affine.if affine_set<(d0)[s0] : ((((d0 floordiv 6) - (6 - d0)) ceildiv 6) == 0, (((d0 mod 3) * 1) ceildiv 2) == 0)>(%c0)[%c3] {
      %v4 = affine.load %A[(%i1 - ((symbol(%m) mod 4) + %i1)), ((symbol(%n) - symbol(%n)) - ((-2 mod 3) ceildiv 5))] : memref<64x64xf32>
      "use"(%v4) : (f32) -> ()
    } else {
      %v5 = affine.apply affine_map<()[s0] -> ((((1 + 1) floordiv 6) floordiv 1))>()[%c3]
    }
  }
  %v6 = affine.apply affine_map<(d0)[s0] -> ((d0 * 1))>(%c0)[%c3]
  affine.for %i7 = 0 to %m {
    affine.for %i8 = %c0 to %c0 {
      %v9 = affine.min affine_map<()[] -> (6)>()[]
      "use"(%v9) : (index) -> ()
    }
    affine.for %i10 = %c3 to 4 {
      %v11 = affine.load %A[(((symbol(%n) floordiv 7) + (symbol(%v6) mod 3)) mod 4), (((%i7 - %i7) * 1) + -2)] : memref<64x64xf32>
      "use"(%v11) : (f32) -> ()
      affine.store %f, %A[((%i10 + symbol(%m)) ceildiv 2), ((symbol(%n) + (-3 ceildiv 1)) ceildiv 7)] : memref<64x64xf32>
      affine.store %f, %A[%i7, (((symbol(%m) * 6) + (symbol(%v6) + %i10)) ceildiv 2)] : memref<64x64xf32>
      %v12 = affine.apply affine_map<()[s0] -> ((s0 + s0))>()[%v6]
      %v13 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((s1 - ((d1 * 1) ceildiv 4)))>(%v6, %m)[%m, %m]
    }
    %v14 = affine.apply affine_map<()[s0, s1] -> ((s1 + ((4 mod 4) mod 7)))>()[%n, %n]
  }
  %v15 = affine.apply affine_map<(d0)[] -> ((d0 * 4))>(%v6)[]
  %v16 = affine.apply affine_map<(d0)[] -> (((d0 ceildiv 3) mod 1))>(%n)[]
  %v17 = affine.load %A[(((symbol(%v6) mod 2) * 5) floordiv 3), symbol(%v16)] : memref<64x64xf32>
  "use"(%v17) : (f32) -> ()
  return
}
