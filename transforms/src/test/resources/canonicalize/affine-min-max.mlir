func.func @mm(%a: index, %b: index) -> (index, index, index, index, index, index) {
  %c3 = arith.constant 3 : index
  %c0 = arith.constant 0 : index
  %0 = affine.min affine_map<()[s0] -> (s0)>()[%a]
  %1 = affine.min affine_map<(d0)[s0] -> (d0)>(%a)[%b]
  %2 = affine.max affine_map<(d0, d1) -> (d0 + d1, d0 * 2)>(%c3, %a)
  %3 = affine.max affine_map<(d0, d1) -> (d0 * 2, d0 + d1)>(%c3, %a)
  %4 = affine.min affine_map<(d0) -> (d0 floordiv 0, 4)>(%c3)
  %5 = affine.min affine_map<(d0)[s0] -> (d0 + s0, 10)>(%a)[%b]
  return %0, %1, %2, %3, %4, %5 : index, index, index, index, index, index
}
