// Malformed and invalid affine ops, with the diagnostics mlir-opt 22 reports.

func.func @bound_operand_not_symbol(%n: index) {
  affine.for %i = 0 to 10 {
    // expected-error@+1 {{'affine.for' op operand cannot be used as a symbol}}
    affine.for %j = %i to %n {
    }
  }
  return
}

// -----

func.func @bound_operand_not_dim(%n: index) {
  affine.for %i = 0 to 10 {
    %x = arith.addi %i, %i : index
    // expected-error@+1 {{'affine.for' op operand cannot be used as a dimension id}}
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%x) {
    }
  }
  return
}

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @bound_symbol_mismatch(%n: index) {
  // expected-error@+1 {{symbol operand count and affine map symbol count must match}}
  affine.for %i = #map(%n) to 100 {
  }
  return
}

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
func.func @bound_dim_mismatch(%n: index) {
  // expected-error@+1 {{dim operand count and affine map dim count must match}}
  affine.for %i = #map(%n, %n)[%n] to 100 {
  }
  return
}

// -----

func.func @two_bound_operands(%n: index) {
  // expected-error@+1 {{expected only one loop bound operand}}
  affine.for %i = %n, %n to 10 {
  }
  return
}

// -----

func.func @string_bound() {
  // expected-error@+1 {{expected valid affine map representation for loop bounds}}
  affine.for %i = "x" to 10 {
  }
  return
}

// -----

func.func @lower_bound_needs_max() {
  // expected-error@+1 {{lower loop bound affine map with multiple results requires 'max' prefix}}
  affine.for %i = affine_map<() -> (0, 1)>() to 10 {
  }
  return
}

// -----

func.func @upper_bound_needs_min() {
  // expected-error@+1 {{upper loop bound affine map with multiple results requires 'min' prefix}}
  affine.for %i = 0 to affine_map<() -> (5, 10)>() {
  }
  return
}

// -----

func.func @missing_to() {
  // expected-error@+1 {{expected 'to' between bounds}}
  affine.for %i = 0 10 {
  }
  return
}

// -----

func.func @negative_step() {
  // expected-error@+1 {{expected step to be representable as a positive signed integer}}
  affine.for %i = 0 to 10 step -1 {
  }
  return
}

// -----

func.func @bound_too_large() {
  // expected-error@+1 {{integer constant out of range for attribute}}
  affine.for %i = 0 to 9223372036854775808 {
  }
  return
}

// -----

func.func @too_many_result_types(%n: index) {
  // expected-error@+1 {{mismatch between the number of loop-carried values and results}}
  affine.for %i = 0 to 10 iter_args(%x = %n) -> (index, index) {
  }
  return
}

// -----

func.func @implicit_yield_with_results(%n: index) {
  // expected-error@+1 {{'affine.yield' op parent of yield must have same number of results as the yield operands}}
  %r = affine.for %i = 0 to 10 iter_args(%x = %n) -> (index) {
  }
  return
}

// -----

func.func @yield_type_mismatch(%n: index) {
  %r = affine.for %i = 0 to 10 iter_args(%x = %n) -> (index) {
    %c = arith.constant 1 : i32
    // expected-error@+1 {{'affine.yield' op types mismatch between yield op and its parent}}
    affine.yield %c : i32
  }
  return
}

// -----

func.func @yield_outside() {
  // expected-error@+1 {{'affine.yield' op only terminates affine.if/for/parallel regions}}
  affine.yield
}

// -----

func.func @if_results_without_else(%n: index) {
  // expected-error@+2 {{'affine.if' op along control flow edge from parent to parent: region branch point has 0 operands, but region successor needs 1 inputs}}
  // expected-note@+1 {{region branch point}}
  %r = affine.if affine_set<(d0) : (d0 >= 0)>(%n) -> index {
    affine.yield %n : index
  }
  return
}

// -----

func.func @if_symbol_mismatch(%n: index) {
  // expected-error@+1 {{symbol operand count and integer set symbol count must match}}
  affine.if affine_set<(d0) : (d0 >= 0)>(%n)[%n] {
  }
  return
}

// -----

func.func @if_dim_mismatch() {
  // expected-error@+1 {{dim operand count and integer set dim count must match}}
  affine.if affine_set<(d0) : (d0 >= 0)>() {
  }
  return
}

// -----

func.func @if_operand_not_dim(%n: index) {
  affine.for %i = 0 to 10 {
    %x = arith.muli %i, %i : index
    // expected-error@+1 {{'affine.if' op operand cannot be used as a dimension id}}
    affine.if affine_set<(d0) : (d0 >= 0)>(%x) {
    }
  }
  return
}

// -----

func.func @apply_index_mismatch(%n: index) {
  // expected-error@+1 {{dimension or symbol index mismatch}}
  %0 = affine.apply affine_map<(d0) -> (d0)>(%n)[%n]
  return
}

// -----

func.func @apply_two_results(%n: index) {
  // expected-error@+1 {{operation defines 2 results but was provided 1 to bind}}
  %0 = affine.apply affine_map<(d0) -> (d0, d0)>(%n)
  return
}

// -----

func.func @apply_set(%n: index) {
  // expected-error@+1 {{invalid kind of attribute specified}}
  %0 = affine.apply affine_set<(d0) : (d0 >= 0)>(%n)
  return
}

// -----

func.func @apply_without_parens(%n: index) {
  // expected-error@+1 {{expected '(' in operand list}}
  %0 = affine.apply affine_map<(d0) -> (d0)> %n
  return
}

// -----

func.func @min_operand_count(%n: index) {
  // expected-error@+1 {{'affine.min' op operand count and affine map dimension and symbol count must match}}
  %0 = affine.min affine_map<(d0) -> (d0)>(%n)[%n]
  return
}

// -----

func.func @load_rank(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{'affine.load' op affine map num results must equal memref rank}}
  %0 = affine.load %A[%i, %i] : memref<4xf32>
  return
}

// -----

func.func @load_not_memref(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{invalid kind of type specified: expected builtin.memref, but found 'tensor<4xf32>'}}
  %0 = affine.load %A[%i] : tensor<4xf32>
  return
}

// -----

func.func @load_open_subscripts(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{expected ']' in affine map}}
  %0 = affine.load %A[%i : memref<4xf32>
  return
}

// -----

func.func @load_symbol_paren(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{expected '(' at start of SSA symbol}}
  %0 = affine.load %A[symbol %i] : memref<4xf32>
  return
}

// -----

func.func @load_symbol_close(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{expected ')' at end of SSA symbol}}
  %0 = affine.load %A[symbol(%i] : memref<4xf32>
  return
}

// -----

func.func @load_non_affine(%A: memref<4xf32>, %i: index) {
  // expected-error@+1 {{non-affine expression: at least one of the multiply operands has to be either a constant or symbolic}}
  %0 = affine.load %A[%i * %i] : memref<4xf32>
  return
}

// -----

func.func @load_index_not_dim(%A: memref<4xf32>) {
  affine.for %i = 0 to 4 {
    %x = arith.addi %i, %i : index
    // expected-error@+1 {{'affine.load' op operand cannot be used as a dimension id}}
    %y = affine.load %A[%x] : memref<4xf32>
  }
  return
}

// -----

func.func @load_index_not_symbol(%A: memref<4xf32>) {
  affine.for %i = 0 to 4 {
    // expected-error@+1 {{'affine.load' op operand cannot be used as a symbol}}
    %y = affine.load %A[symbol(%i)] : memref<4xf32>
  }
  return
}

// -----

// expected-note@+1 {{prior use here}}
func.func @store_value_type(%A: memref<4xf32>, %i: index, %v: i32) {
  // expected-error@+1 {{use of value '%v' expects different type than prior uses: 'f32' vs 'i32'}}
  affine.store %v, %A[%i] : memref<4xf32>
  return
}

// -----

func.func @parallel_not_paren(%n: index) {
  // expected-error@+1 {{expected '(' in argument list}}
  affine.parallel %i = (0) to (10) {
  }
  return
}

// -----

func.func @parallel_step_not_constant(%n: index) {
  // expected-error@+1 {{steps must be constant integers}}
  affine.parallel (%i) = (0) to (10) step (%n) {
  }
  return
}

// -----

func.func @parallel_bad_reduction() {
  // expected-error@+1 {{invalid reduction value: "foo"}}
  affine.parallel (%i) = (0) to (10) reduce ("foo") {
  }
  return
}

// -----

func.func @parallel_count_mismatch() {
  // expected-error@+1 {{'affine.parallel' op the number of region arguments (2) and the number of map groups for lower (1) and upper bound (1), and the number of steps (2) must all match}}
  affine.parallel (%i, %j) = (0) to (10) {
  }
  return
}

// -----

func.func @parallel_missing_to() {
  // expected-error@+1 {{expected 'to'}}
  affine.parallel (%i) = (0) (10) {
  }
  return
}

// -----

func.func @parallel_reduction_count() -> f32 {
  // expected-error@+1 {{'affine.parallel' op a reduction must be specified for each output}}
  %r = affine.parallel (%i) = (0) to (10) -> (f32) {
    %c = arith.constant 1.0 : f32
    affine.yield %c : f32
  }
  return %r : f32
}

// -----

func.func @parallel_reduction_type() -> f32 {
  // expected-error@+1 {{'affine.parallel' op result type cannot match reduction attribute}}
  %r = affine.parallel (%i) = (0) to (10) reduce ("addi") -> (f32) {
    %c = arith.constant 1.0 : f32
    affine.yield %c : f32
  }
  return %r : f32
}

// -----

func.func @parallel_empty_group() {
  // expected-error@+1 {{'affine.parallel' op expected lower bound map to have at least one result}}
  affine.parallel (%i) = (max()) to (10) {
  }
  return
}

// -----

func.func @parallel_bound_not_dim() {
  affine.for %k = 0 to 10 {
    %x = arith.addi %k, %k : index
    // expected-error@+1 {{'affine.parallel' op operand cannot be used as a dimension id}}
    affine.parallel (%i) = (0) to (%x) {
    }
  }
  return
}

// -----

func.func @vector_load_element_type(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{'affine.vector_load' op requires memref and vector types of the same elemental type}}
  %a = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, vector<8xi32>
  return
}

// -----

func.func @vector_load_not_vector(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{invalid kind of type specified: expected builtin.vector, but found 'f32'}}
  %a = affine.vector_load %A[%i, %i + 8] : memref<100x100xf32>, f32
  return
}

// -----

func.func @vector_store_element_type(%A: memref<100x100xf32>, %i: index, %v: vector<8xi32>) {
  // expected-error@+1 {{'affine.vector_store' op requires memref and vector types of the same elemental type}}
  affine.vector_store %v, %A[%i, %i] : memref<100x100xf32>, vector<8xi32>
  return
}

// -----

func.func @prefetch_rw(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{rw specifier has to be 'read' or 'write'}}
  affine.prefetch %A[%i, %i], rd, locality<3>, data : memref<100x100xf32>
  return
}

// -----

func.func @prefetch_cache(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{cache type has to be 'data' or 'instr'}}
  affine.prefetch %A[%i, %i], read, locality<3>, dat : memref<100x100xf32>
  return
}

// -----

func.func @prefetch_locality(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{'affine.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  affine.prefetch %A[%i, %i], read, locality<5>, data : memref<100x100xf32>
  return
}

// -----

func.func @prefetch_rank(%A: memref<100x100xf32>, %i: index) {
  // expected-error@+1 {{'affine.prefetch' op affine.prefetch affine map num results must equal memref rank}}
  affine.prefetch %A[%i], read, locality<2>, data : memref<100x100xf32>
  return
}

// -----

func.func @prefetch_index(%B: memref<100xf32>) {
  affine.for %k = 0 to 10 {
    %x = arith.addi %k, %k : index
    // expected-error@+1 {{'affine.prefetch' op index must be a valid dimension or symbol identifier}}
    affine.prefetch %B[%x], read, locality<2>, data : memref<100xf32>
  }
  return
}

// -----

func.func @dma_one_stride(%A: memref<100xf32>, %T: memref<1xi32>, %i: index, %n: index) {
  // expected-error@+1 {{expected two stride related operands}}
  affine.dma_start %A[%i], %A[%i], %T[0], %n, %n : memref<100xf32>, memref<100xf32>, memref<1xi32>
  return
}

// -----

func.func @dma_two_types(%A: memref<100xf32>, %T: memref<1xi32>, %i: index, %n: index) {
  // expected-error@+1 {{expected three types}}
  affine.dma_start %A[%i], %A[%i], %T[0], %n : memref<100xf32>, memref<100xf32>
  return
}

// -----

func.func @dma_index(%A: memref<100xf32>, %T: memref<1xi32>, %i: index, %n: index) {
  affine.for %k = 0 to 10 {
    %x = arith.addi %k, %k : index
    // expected-error@+1 {{'affine.dma_start' op src index must be a valid dimension or symbol identifier}}
    affine.dma_start %A[%x], %A[%i], %T[0], %n : memref<100xf32>, memref<100xf32>, memref<1xi32>
  }
  return
}

// -----

func.func @dma_source_tensor(%A: memref<100xf32>, %T: memref<1xi32>, %i: index, %n: index, %t: tensor<4xf32>) {
  // expected-error@+1 {{'affine.dma_start' op expected DMA source to be of memref type}}
  affine.dma_start %t[%i], %A[%i], %T[0], %n : tensor<4xf32>, memref<100xf32>, memref<1xi32>
  return
}

// -----

func.func @dma_wait_index(%T: memref<1xi32>, %n: index) {
  affine.for %k = 0 to 10 {
    %x = arith.addi %k, %k : index
    // expected-error@+1 {{'affine.dma_wait' op index must be a valid dimension or symbol identifier}}
    affine.dma_wait %T[%x], %n : memref<1xi32>
  }
  return
}

// -----

func.func @delinearize_results(%i: index) {
  // expected-error@+1 {{'affine.delinearize_index' op should return an index for each basis element and up to one extra index}}
  %1 = affine.delinearize_index %i into (4, 8) : index
  return
}

// -----

func.func @delinearize_zero(%i: index) {
  // expected-error@+1 {{'affine.delinearize_index' op no basis element may be statically non-positive}}
  %0:2 = affine.delinearize_index %i into (4, 0) : index, index
  return
}

// -----

func.func @linearize_count(%i: index) {
  // expected-error@+1 {{'affine.linearize_index' op should be passed a basis element for each index except possibly the first}}
  %2 = affine.linearize_index [%i, %i, %i, %i] by (4, 8) : index
  return
}

// -----

func.func @linearize_basis_entry(%i: index) {
  // expected-error@+2 {{expected integer value}}
  // expected-error@+1 {{expected SSA value or integer}}
  %2 = affine.linearize_index [%i] by (x) : index
  return
}
