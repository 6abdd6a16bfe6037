// Index linearization: bases of static sizes and values.
func.func @l(%i: index, %j: index, %b: index) -> (index, index, index, index) {
  %0:2 = affine.delinearize_index %i into (4, 8) : index, index
  %1:3 = affine.delinearize_index %i into (%b, 8) : index, index, index
  %2 = affine.linearize_index [%i, %j] by (4, 8) : index
  %3 = affine.linearize_index disjoint [%i, %j] by (%b, 8) : index
  %4 = affine.linearize_index [%i, %j] by (8) : index
  return %0#0, %1#1, %2, %3 : index, index, index, index
}
