#map = affine_map<(d0) -> (d0 + 1)>
func.func @f(%a: index) -> index attributes {m = #map} {
  %c = arith.constant {m = #map} 1 : index
  %0 = arith.addi %a, %c : index
  return %0 : index
}
func.func @g(%a: index) -> index attributes {m = #map} {
  return %a : index
}
