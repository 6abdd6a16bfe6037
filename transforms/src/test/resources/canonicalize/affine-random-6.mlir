func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  affine.parallel (%p1, %p2) = ((symbol(%m) * 6), (((5 floordiv 2) - symbol(%m)) * 2)) to (10, 10) {
    %v4 = affine.for %i3 = max affine_map<(d0)[] -> ((d0 mod 8), 4, (((d0 floordiv 7) * 5) ceildiv 6))>(%n)[] to 5 step 4 iter_args(%a5 = %f) -> (f32) {
      %v6 = affine.apply affine_map<(d0)[s0, s1] -> (s0)>(%p1)[%c3, %n]
      affine.store %f, %A[(((6 - %v6) + %i3) floordiv 6), (((symbol(%n) + symbol(%n)) mod 8) ceildiv 8)] : memref<64x64xf32>
      %v7 = affine.apply affine_map<()[s0, s1] -> (s1)>()[%m, %n]
      affine.yield %f : f32
    }
    "use"(%v4) : (f32) -> ()
    %v8 = affine.load %A[symbol(%n), (((symbol(%n) * 5) floordiv 6) floordiv 5)] : memref<64x64xf32>
    "use"(%v8) : (f32) -> ()
    %v9 = affine.max affine_map<()[] -> (4, (((8 ceildiv 1) - (-3 * 4)) + ((-2 - -1) * 8)))>()[]
    "use"(%v9) : (index) -> ()
  }
  affine.for %i10 = affine_map<(d0)[s0, s1] -> ((((5 * 1) floordiv 7) ceildiv 4))>(%m)[%c3, %m] to 11 step 2 {
    %v11 = affine.load %A[((%i10 ceildiv 5) mod 3), (((%i10 + -2) - (%i10 mod 1)) - %i10)] : memref<64x64xf32>
    "use"(%v11) : (f32) -> ()
    %v12 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((s0 + ((s0 + 7) ceildiv 7)))>(%m, %i10)[%c3, %n]
    affine.store %f, %A[%i10, (((symbol(%m) * 6) + (symbol(%n) + %i10)) ceildiv 4)] : memref<64x64xf32>
    affine.if affine_set<()[s0] : ((s0 + s0) >= 0, (s0 mod 3) >= 0)>()[%c0] {
      %v13 = affine.load %A[((%i10 * 4) + ((%i10 mod 3) + symbol(%m))), (((symbol(%m) + %v12) ceildiv 1) + ((%v12 * 4) * 1))] : memref<64x64xf32>
      "use"(%v13) : (f32) -> ()
      %v14 = affine.apply affine_map<(d0)[s0, s1] -> (d0)>(%c0)[%m, %n]
      %v15 = affine.load %A[(((6 * 7) floordiv 5) mod 2), %i10] : memref<64x64xf32>
      "use"(%v15) : (f32) -> ()
    }
    %v17 = affine.for %i16 = %n to affine_map<(d0, d1)[] -> ((((4 ceildiv 4) floordiv 6) floordiv 3))>(%v12, %v12)[] step 4 iter_args(%a18 = %f) -> (f32) {
      %v19 = affine.min affine_map<()[] -> ((8 floordiv 2), (2 mod 3))>()[]
      "use"(%v19) : (index) -> ()
      affine.yield %a18 : f32
    }
    "use"(%v17) : (f32) -> ()
    %v20 = affine.min affine_map<(d0)[s0, s1] -> (((s1 floordiv 4) - ((9 * 6) - s1)), (((-3 ceildiv 8) mod 5) ceildiv 3))>(%m)[%n, %m]
    "use"(%v20) : (index) -> ()
  }
  affine.parallel (%p21, %p22) = ((symbol(%n) + symbol(%m)), 0) to ((((0 floordiv 8) - (symbol(%n) mod 2)) + ((symbol(%m) mod 5) + -3)), min((symbol(%n) * 7), 7)) {
    %v23 = affine.apply affine_map<()[s0, s1] -> ((s0 floordiv 3))>()[%n, %n]
    %v24 = affine.apply affine_map<()[] -> ((((6 floordiv 8) floordiv 4) floordiv 3))>()[]
  }
  %v25 = affine.load %A[3, symbol(%m)] : memref<64x64xf32>
  "use"(%v25) : (f32) -> ()
  %v26 = affine.load %A[(((symbol(%n) floordiv 1) - (7 * 5)) - ((symbol(%m) * 1) floordiv 7)), (((symbol(%n) - symbol(%m)) mod 8) - ((symbol(%n) floordiv 2) + (symbol(%n) ceildiv 6)))] : memref<64x64xf32>
  "use"(%v26) : (f32) -> ()
  affine.if affine_set<()[] : (((0 + (6 mod 5)) floordiv 7) == 0, ((9 floordiv 6) + 0) >= 0)>()[] {
    affine.parallel (%p27, %p28) = ((((symbol(%m) floordiv 3) floordiv 2) + 1), symbol(%n)) to (10, 10) {
      %v29 = affine.max affine_map<(d0)[s0] -> (((d0 mod 3) mod 1), d0)>(%m)[%c0]
      "use"(%v29) : (index) -> ()
      %v30 = affine.load %A[%p28, 5] : memref<64x64xf32>
      "use"(%v30) : (f32) -> ()
      %v31 = affine.apply affine_map<(d0)[] -> (5)>(%n)[]
    }
    affine.if affine_set<(d0)[] : (6 == 0, ((0 + d0) mod 6) == 0)>(%c0)[] {
      %v32 = affine.load %A[((symbol(%n) + (symbol(%m) - symbol(%m))) + ((symbol(%m) - symbol(%n)) mod 1)), (((6 floordiv 7) mod 6) floordiv 8)] : memref<64x64xf32>
      "use"(%v32) : (f32) -> ()
      %v33 = affine.max affine_map<(d0, d1)[s0, s1] -> ((s0 floordiv 2))>(%m, %n)[%n, %c3]
      "use"(%v33) : (index) -> ()
    }
    %v34 = affine.if affine_set<(d0)[] : (6 == 0, ((0 + d0) mod 6) == 0)>(%c0)[] -> f32 {
      %v35 = affine.apply affine_map<(d0, d1)[s0, s1] -> ((((9 ceildiv 2) * 4) + (s1 + d1)))>(%m, %n)[%c0, %m]
      %v36 = affine.load %A[((9 ceildiv 7) * 8), (symbol(%v35) + symbol(%n))] : memref<64x64xf32>
      "use"(%v36) : (f32) -> ()
      %v37 = affine.load %A[9, (((4 ceildiv 6) * 4) * 2)] : memref<64x64xf32>
      "use"(%v37) : (f32) -> ()
      affine.yield %f : f32
    } else {
      affine.yield %f : f32
    }
    "use"(%v34) : (f32) -> ()
  }
  return
}
