func.func @f(%A: memref<64x64xf32>, %f: f32, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %v1 = affine.min affine_map<(d0)[s0, s1] -> (s0)>(%n)[%c3, %m]
  "use"(%v1) : (index) -> ()
  %v2 = affine.min affine_map<()[s0, s1] -> (9, (s0 + -3))>()[%m, %n]
  "use"(%v2) : (index) -> ()
  %v3 = affine.apply affine_map<()[] -> ((7 * 4))>()[]
  %v4 = affine.apply affine_map<(d0, d1)[] -> (d0)>(%c0, %v3)[]
  %v5 = affine.min affine_map<(d0)[s0] -> ((d0 * 8), ((d0 ceildiv 6) - ((d0 floordiv 8) + d0)), d0)>(%c0)[%c0]
  "use"(%v5) : (index) -> ()
  %v6 = affine.max affine_map<(d0)[s0, s1] -> (-2, s1)>(%v3)[%v4, %n]
  "use"(%v6) : (index) -> ()
  return
}
