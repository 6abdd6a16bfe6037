// Errors of test dialect types and attributes defined with formats, as mlir-opt reports them.

// expected-error@+2 {{expected integer value}}
// expected-error@+1 {{failed to parse TestTypeWithFormat parameter 'one' which is to be a `int64_t`}}
func.func private @f(!test.type_with_format<"x", three = i32, two = "hi">)

// -----

// expected-error@+1 {{unbalanced '<' character in pretty dialect name}}
func.func private @f(!test.type_with_format<42, three = i32, two = "hi")

// -----

// expected-error@+1 {{failed to verify 'param': 16-bit signless integer or 32-bit signless integer}}
func.func private @f(!test.type_verification<f32>)

// -----

// expected-error@+1 {{duplicate or unknown struct parameter name: four}}
func.func private @f(!test.type_with_format<42, four = i32>)

// -----

// expected-error@+1 {{expected ','}}
func.func private @f(!test.struct_capture_all<v0 = 1, v1 = 2, v2 = 3>)

// -----

// expected-error@+1 {{duplicate or unknown struct parameter name: v0}}
func.func private @f(!test.struct_capture_all<v0 = 1, v1 = 2, v2 = 3, v0 = 4>)

// -----

// expected-error@+2 {{expected valid keyword}}
// expected-error@+1 {{expected a parameter name in struct}}
func.func private @f(!test.struct_capture_all<v0 = 1, v1 = 2, v2 = 3, 7 = 5>)

// -----

// expected-error@+1 {{expected '='}}
func.func private @f(!test.struct_capture_all<v0 1>)

// -----

// expected-error@+1 {{expected ','}}
func.func private @f(!test.optional_params<5>)

// -----

// expected-error@+2 {{expected string}}
// expected-error@+1 {{failed to parse TestTypeOptionalParams parameter 'b' which is to be a `::llvm::StringRef`}}
func.func private @f(!test.optional_params<5,>)

// -----

// expected-error@+1 {{struct is missing required parameter: b}}
func.func private @f(!test.optional_struct<a = 3>)

// -----

// expected-error@+2 {{expected '<'}}
// expected-error@+1 {{failed to parse CompoundNestedOuterType parameter 'inner' which is to be a `::test::CompoundNestedInnerType`}}
func.func private @f(!test.cmpnd_nested_outer<i 3>)

// -----

// expected-error@+1 {{expected signed, unsigned, or none}}
func.func private @f(!test.int<foo, 8>)

// -----

// expected-error@+1 {{expected '>'}}
func.func private @f(!test.type_with_format<42, three = i32, two = "hi", two = "x">)

// -----

// expected-error@+1 {{expected '<'}}
func.func private @f(!test.type_with_format 42)

// -----

// expected-error@+1 {{expected integer value}}
func.func private @f(!test.custom_type_spacing<1>)

// -----

// expected-error@+2 {{invalid kind of type specified: expected builtin.integer, but found 'f32'}}
// expected-error@+1 {{failed to parse TestAttrWithTypeParam parameter 'int_type' which is to be a `::mlir::IntegerType`}}
"test.op"() {a = #test.attr_with_type<f32, f32>} : () -> ()

// -----

// expected-error@+2 {{expected ::mlir::utils::IteratorType to be one of: parallel, reduction}}
// expected-error@+1 {{failed to parse Test_IteratorTypeEnum parameter 'value' which is to be a `::mlir::utils::IteratorType`}}
"test.op"() {a = #test.iterator_type<foo>} : () -> ()

// -----

// expected-error@+1 {{expected location attribute, but got#test.smpla}}
"foo.op"() : () -> () loc(#test.smpla)

// -----

// expected-error@+1 {{expected location attribute, but got#test.smpla}}
"test.op"() {a = loc(callsite(#test.smpla at "x"))} : () -> ()

// -----

// expected-error@+1 {{expected '*'}}
"foo.op"() : () -> () loc(#test.custom_location<"a" 3>)
