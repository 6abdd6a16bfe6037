func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.load %A[(symbol(%m) + ((symbol(%m) + symbol(%n)) floordiv 8)), 6] : memref<64x64xf32>
  "use"(%v1) : (f32) -> ()
  affine.if affine_set<(d0)[] : ((((5 floordiv 4) floordiv 8) + (d0 mod 8)) == 0)>(%n)[] {
    %v2 = affine.load %A[(symbol(%m) ceildiv 2), (((symbol(%n) floordiv 5) mod 5) ceildiv 8)] : memref<64x64xf32>
    "use"(%v2) : (f32) -> ()
    affine.parallel (%p3, %p4) = (((3 floordiv 3) mod 6), 0) to (min((((symbol(%m) mod 6) mod 8) + ((symbol(%n) ceildiv 4) ceildiv 7)), (((symbol(%m) mod 7) mod 6) floordiv 1)), 10) {
      %v5 = affine.min affine_map<(d0)[] -> ((((d0 + d0) mod 8) mod 7), (((5 mod 1) ceildiv 7) - ((d0 floordiv 3) * 4)))>(%n)[]
      "use"(%v5) : (index) -> ()
      %v6 = affine.min affine_map<()[s0] -> ((-3 - ((s0 mod 7) - s0)), (s0 floordiv 8))>()[%c0]
      "use"(%v6) : (index) -> ()
      %v7 = affine.apply affine_map<(d0, d1)[s0] -> (d0)>(%n, %p3)[%m]
    }
  } else {
    %v8 = affine.max affine_map<()[s0] -> (s0, s0, s0)>()[%c0]
    "use"(%v8) : (index) -> ()
    %v9 = affine.min affine_map<(d0)[] -> ((((d0 + d0) - (d0 * 2)) ceildiv 4), (((1 + d0) * 5) * 1), (d0 + 6))>(%c0)[]
    "use"(%v9) : (index) -> ()
    %v10 = affine.load %A[symbol(%n), 3] : memref<64x64xf32>
    "use"(%v10) : (f32) -> ()
  }
  %v11 = affine.min affine_map<(d0, d1)[s0] -> ((1 + ((d0 * 6) * 8)))>(%c0, %c3)[%c0]
  "use"(%v11) : (index) -> ()
  return
}
