// The test dialect's ops with custom syntax or constraints, and its resource-backed attribute.
func.func @pretty_names() {
  %x = test.string_attr_pretty_name
  %y:2 = test.string_attr_pretty_name
  %0 = test.string_attr_pretty_name
  %z = test.string_attr_pretty_name attributes {foo = 1, zz = "a"}
  %w = test.string_attr_pretty_name attributes {names = ["q"]}
  %x_1 = test.string_attr_pretty_name
  %a = "test.string_attr_pretty_name"() {names = ["x"]} : () -> i32
  %b, %c = "test.string_attr_pretty_name"() {names = ["m", ""]} : () -> (i32, i32)
  %d:2 = "test.string_attr_pretty_name"() {names = ["p"]} : () -> (i32, i32)
  "use"(%x, %y#1, %0, %z, %w, %x_1, %a, %b, %c, %d#1) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
  return
}

func.func @attribute_constraints() {
  "test.any_attr_of_i32_str"() {attr = 3 : i32} : () -> ()
  "test.any_attr_of_i32_str"() <{attr = "s"}> {other = 1} : () -> ()
  "test.float_attrs"() {float_attr = 2. : f8E4M3FN} : () -> ()
  "test.float_attrs"() {float_attr = [1, "x"]} : () -> ()
  "test.int_attrs"() {any_i32_attr = 5 : ui32, index_attr = 8 : index, si32_attr = 7 : si32, ui32_attr = 6 : ui32} : () -> ()
  %0 = "test.result_type_with_trait"() : () -> !test.test_type_with_trait
  return
}

func.func @extern_elements() attributes {
    blob = #test.e1di64_elements<blob1> : tensor<3xi64>,
    quoted = #test.e1di64_elements<"a blob"> : tensor<*xi1>,
    missing = #test.e1di64_elements<nothing> : vector<2xi64>} {
  return
}

func.func @regions() {
  "test.two_region_op"() ({
    "work"() : () -> ()
  ^bb1:
    "work"() : () -> ()
  }, {}) {x = 1} : () -> ()
  "test.sized_region_op"() ({
    "a"() : () -> ()
  ^bb1:
    "b"() : () -> ()
  }, {
    "c"() : () -> ()
  }) : () -> ()
  test.single_no_terminator_op : {
    %c = arith.constant 1 : i32
  }
  test.single_no_terminator_op {x} : {
  }
  test.variadic_no_terminator_op : {
    %c = arith.constant 1 : i32
  }, {
    %c = arith.constant 2 : i32
  }
  test.variadic_no_terminator_op :
  "test.single_no_terminator_custom_asm_op"() ({
    "kept"() : () -> ()
  }) {dropped = 1} : () -> ()
  test.dummy_op_with_region_ref {
  ^bb0:
  }
  test.dummy_op_with_region_ref {
  ^bb0(%a: i32):
    "use"(%a) : (i32) -> ()
  } {y = 2}
  return
}

func.func @region_kinds() {
  test.graph_region {
    %2:3 = "bar"(%1) : (i64) -> (i1,i1,i1)
    %1 = "baz"(%2#0) : (i1) -> (i64)
  }
  test.graph_region attributes {x = 1} {
  }
  %0 = "c"() : () -> i32
  %1:2 = "test.ssacfg_region"(%0) ({
  }, {
    "a"() : () -> ()
  ^bb1:
    test.graph_region {
      "use"(%0, %3) : (i32, i64) -> ()
      %3 = "def"() : () -> i64
    }
    "end"() : () -> ()
  }) {y} : (i32) -> (i32, i64)
  return
}

{-#
  dialect_resources: {
    test: {
      blob1: "0x08000000010000000000000002000000000000000300000000000000",
      "a blob": "0x0800000001",
      unused: "0x08000000040000000000000005000000000000000600000000000000"
    }
  }
#-}
