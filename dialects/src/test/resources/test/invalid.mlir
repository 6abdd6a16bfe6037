// expected-error@+1 {{'test.any_attr_of_i32_str' op attribute 'attr' failed to satisfy constraint: 32-bit signless integer attribute or string attribute}}
"test.any_attr_of_i32_str"() {attr = 3 : i64} : () -> ()

// -----

// expected-error@+1 {{'test.any_attr_of_i32_str' op requires attribute 'attr'}}
"test.any_attr_of_i32_str"() : () -> ()

// -----

// expected-error@+1 {{'test.int_attrs' op attribute 'any_i32_attr' failed to satisfy constraint: 32-bit integer attribute}}
"test.int_attrs"() {any_i32_attr = 5 : i64, index_attr = 8 : index, si32_attr = 7 : si32, ui32_attr = 6 : ui32} : () -> ()

// -----

// expected-error@+1 {{'test.int_attrs' op attribute 'index_attr' failed to satisfy constraint: index attribute}}
"test.int_attrs"() {any_i32_attr = 5 : i32, index_attr = 8 : i64, si32_attr = 7 : si32, ui32_attr = 6 : ui32} : () -> ()

// -----

// expected-error@+1 {{'test.int_attrs' op attribute 'si32_attr' failed to satisfy constraint: 32-bit signed integer attribute}}
"test.int_attrs"() {any_i32_attr = 5 : i32, index_attr = 8 : index, si32_attr = 7 : i32, ui32_attr = 6 : ui32} : () -> ()

// -----

// expected-error@+1 {{'test.int_attrs' op attribute 'ui32_attr' failed to satisfy constraint: 32-bit unsigned integer attribute}}
"test.int_attrs"() {any_i32_attr = 5 : i32, index_attr = 8 : index, si32_attr = 7 : si32, ui32_attr = 6 : i32} : () -> ()

// -----

// expected-error@+1 {{'test.int_attrs' op requires attribute 'ui32_attr'}}
"test.int_attrs"() {any_i32_attr = 5 : i32, index_attr = 8 : index, si32_attr = 7 : si32} : () -> ()

// -----

// expected-error@+1 {{'test.float_attrs' op requires zero results}}
%0 = "test.float_attrs"() <{float_attr = 3}> : () -> (i32)

// -----

// expected-error@+1 {{'test.string_attr_pretty_name' op result #1 must be variadic of 32-bit signless integer, but got 'i64'}}
%a:2 = "test.string_attr_pretty_name"() {names = ["x", "y"]} : () -> (i32, i64)

// -----

// expected-error@+1 {{'test.string_attr_pretty_name' op attribute 'names' failed to satisfy constraint: string array attribute}}
%c = "test.string_attr_pretty_name"() {names = [1]} : () -> i32

// -----

// expected-error@+1 {{'test.string_attr_pretty_name' op requires attribute 'names'}}
test.string_attr_pretty_name

// -----

// expected-error@+1 {{result type should have trait 'TestTypeTrait'}}
%0 = "test.result_type_with_trait"() : () -> i32

// -----

// expected-error@+1 {{'test.result_type_with_trait' op requires one result}}
"test.result_type_with_trait"() : () -> ()

// -----

// expected-error@+1 {{expected a trailing type}}
module attributes {test.blob = #test.e1di64_elements<blob1>} {}

// -----

// expected-error@+1 {{invalid kind of type specified}}
module attributes {test.blob = #test.e1di64_elements<blob1> : i64} {}

// -----

// expected-error@+2 {{expected identifier key for 'resource' entry}}
// expected-error@+1 {{failed to parse TestExtern1DI64ElementsAttr parameter 'handle' which is to be a `TestDialectResourceBlobHandle`}}
module attributes {test.blob = #test.e1di64_elements<1> : tensor<1xi64>} {}

// -----

// expected-error@+1 {{element type bitwidth must be a multiple of 8}}
#attr = array<i7: 1>

// -----

// expected-error@+1 {{expected ':' after dense array type}}
#attr = array<i8)

// -----

// expected-error@+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note@+1 {{add a trailing dot to make the literal a float}}
#attr = array<f32: 42>

// -----

// expected-error@+1 {{'test.two_region_op' op expected 2 regions}}
"test.two_region_op"() ({}) : () -> ()

// -----

// expected-error@+1 {{'test.sized_region_op' op region #0 ('my_region') failed to verify constraint: region with 2 blocks}}
"test.sized_region_op"() ({"a"() : () -> ()}, {"b"() : () -> ()}) : () -> ()

// -----

// expected-error@+1 {{'test.sized_region_op' op region #1 failed to verify constraint: region with 1 blocks}}
"test.sized_region_op"() ({^bb0: "a"() : () -> () ^bb1: "b"() : () -> ()}, {}) : () -> ()

// -----

// expected-error@+1 {{'test.single_no_terminator_custom_asm_op' op region #0 failed to verify constraint: region with 1 blocks}}
test.single_no_terminator_custom_asm_op {
}

// -----

// expected-error@+1 {{'test.variadic_no_terminator_op' op expects region #1 to have 0 or 1 blocks}}
test.variadic_no_terminator_op : {
}, {
  "a"() : () -> ()
^bb1:
  "b"() : () -> ()
}

// -----

// expected-error@+1 {{expected ':'}}
test.single_no_terminator_op attributes {x = 1} : {
}

// -----

// expected-error@+1 {{'test.dummy_op_with_region_ref' op requires zero results}}
%0 = "test.dummy_op_with_region_ref"() ({}) : () -> (i32)

// -----

// expected-error@+1 {{'test.graph_region' op expects graph region #0 to have 0 or 1 blocks}}
test.graph_region {
^bb0:
  "a"() : () -> ()
^bb1:
  "b"() : () -> ()
}

// -----

// expected-error@+1 {{'test.graph_region' op requires one region}}
"test.graph_region"() ({}, {}) : () -> ()

// -----

"test.ssacfg_region"() ({
  // expected-error@+1 {{operand #0 does not dominate this use}}
  "use"(%def) : (i32) -> ()
  // expected-note@+1 {{operand defined here}}
  %def = "def"() : () -> i32
}) : () -> ()
