// ARGS: --cse -split-input-file -allow-unregistered-dialect
func.func @unregistered_ops_stay(%a: i32) {
  %0 = "foo.op"(%a) : (i32) -> i32
  %1 = "foo.op"(%a) : (i32) -> i32
  %2 = "foo.unused"(%a) : (i32) -> i32
  "foo.use"(%0, %1) : (i32, i32) -> ()
  return
}

// -----

func.func @region_of_unregistered_op_starts_afresh(%a: i32, %b: i32) {
  %0 = arith.addi %a, %b : i32
  "foo.region"() ({
    %1 = arith.addi %a, %b : i32
    %2 = arith.addi %b, %a : i32
    %3 = arith.muli %1, %2 : i32
    %4 = arith.constant 3 : i32
    "foo.use"(%0, %1, %2, %3) : (i32, i32, i32, i32) -> ()
  }) : () -> ()
  %5 = arith.addi %a, %b : i32
  "foo.use"(%5) : (i32) -> ()
  return
}

// -----

func.func @nested_unregistered_regions(%a: i32) {
  "foo.outer"() ({
    %c = arith.constant 1 : i32
    "foo.inner"() ({
      %d = arith.constant 1 : i32
      %e = arith.constant 1 : i32
      "foo.use"(%c, %d, %e) : (i32, i32, i32) -> ()
    }) : () -> ()
    %f = arith.constant 1 : i32
    "foo.use"(%f) : (i32) -> ()
  }) : () -> ()
  return
}

// -----

func.func @single_block_is_a_graph_region(%a: i32, %b: i32) {
  "foo.region"() ({
    %0 = arith.muli %2, %2 : i32
    "foo.use"(%2) : (i32) -> ()
    %1 = arith.addi %a, %b : i32
    %2 = arith.addi %a, %b : i32
    %3 = arith.muli %1, %1 : i32
    "foo.use"(%0, %1, %3) : (i32, i32, i32) -> ()
  }) : () -> ()
  return
}

// -----

func.func @graph_region_use_before_visit(%a: i32, %b: i32) {
  "foo.region"() ({
    %0 = arith.subi %2, %a : i32
    %1 = arith.addi %a, %b : i32
    %2 = arith.addi %a, %b : i32
    "foo.use"(%0, %2) : (i32, i32) -> ()
  }) : () -> ()
  return
}

// -----

func.func @multi_block_unregistered_region(%a: i32, %b: i32) {
  "foo.region"() ({
    %0 = arith.addi %a, %b : i32
    "foo.br"()[^bb1, ^bb2] : () -> ()
  ^bb1:
    %1 = arith.addi %a, %b : i32
    %2 = arith.constant 4 : i32
    "foo.use"(%1, %2) : (i32, i32) -> ()
    "foo.br"()[^bb3] : () -> ()
  ^bb2:
    %3 = arith.constant 4 : i32
    "foo.use"(%3) : (i32) -> ()
    "foo.br"()[^bb3] : () -> ()
  ^bb3:
    %4 = arith.constant 4 : i32
    %5 = arith.addi %b, %a : i32
    "foo.use"(%0, %4, %5) : (i32, i32, i32) -> ()
    "foo.end"() : () -> ()
  }) : () -> ()
  return
}

// -----

func.func @unregistered_terminator_is_not_special(%a: i32) {
  "foo.region"() ({
    %0 = arith.constant 1 : i32
    %1 = arith.constant 1 : i32
    "foo.yield"(%0, %1) : (i32, i32) -> ()
  }) : () -> ()
  return
}

// -----

%0 = arith.muli %2, %2 : i32
"foo.use"(%0, %3) : (i32, i32) -> ()
%1 = arith.constant 1 : i32
%2 = arith.constant 1 : i32
%3 = arith.addi %1, %2 : i32
%4 = arith.addi %2, %1 : i32
"foo.use"(%4) : (i32) -> ()
func.func @f() -> i32 {
  %c = arith.constant 1 : i32
  return %c : i32
}

// -----

func.func @f(%a: i32, %b: i32) {
  "foo.region"() ({
    %V = arith.subi %e, %d : i32
    %e = arith.addi %a, %b : i32
    %d = arith.addi %a, %b : i32
    %O = arith.subi %d, %d : i32
    "foo.use"(%V, %O, %e) : (i32, i32, i32) -> ()
  }) : () -> ()
  return
}
func.func @g(%a: i32, %b: i32) {
  "foo.region"() ({
    %V = arith.subi %d, %e : i32
    %e = arith.addi %a, %b : i32
    %d = arith.addi %a, %b : i32
    %O = arith.subi %d, %d : i32
    "foo.use"(%V, %O, %e) : (i32, i32, i32) -> ()
  }) : () -> ()
  return
}
