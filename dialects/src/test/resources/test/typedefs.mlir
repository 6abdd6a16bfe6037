// Types and attributes of the test dialect that upstream defines with TypeDef/AttrDef, through
// their assembly formats: struct, params, optional and defaulted parameters, optional groups
// with else branches, custom directives, nested stripped and qualified parameters.
func.func private @types(
    !test.smpla, !test.memref_element, !test.test_type_with_trait, !test.i32,
    !test.cmpnd_a<1, !test.smpla, [5, 6]>, !test.cmpnd_a<2, i32, []>,
    !test.cmpnd_nested_outer<i <42 <1, !test.smpla, [5, 6]>>>,
    !test.cmpnd_nested_outer_qual<i !test.cmpnd_inner<42 <1, !test.smpla, [5, 6]>>>,
    !test.int<signed, 8>, !test.int<none, 0>, !test.int<unsigned, 8>,
    !test.type_with_format<42, two = "hi", three = i32>,
    !test.type_with_format<-1, three = #test.smpla, two = "a b">,
    !test.no_parser<255, [1, 2, 3], "foo", -42>,
    !test.struct_capture_all<v3 = 4, v1 = 2, v0 = 1, v2 = 3>)

func.func private @optional_types(
    !test.optional_param<, 5>, !test.optional_param<1, 5, i32>,
    !test.optional_params<"a">, !test.optional_params<5, "b">,
    !test.optional_params_after<"x", 4>, !test.optional_params_after<"x">,
    !test.optional_struct<b = "x", a = 3>, !test.optional_struct<b = "y">,
    !test.all_optional_params<>, !test.all_optional_params<1, 2>, !test.all_optional_params<7>,
    !test.all_optional_struct<>, !test.all_optional_struct<b = 2>,
    !test.optional_group<(5) 6>, !test.optional_group<x 6>,
    !test.optional_group_params<x>, !test.optional_group_params<(1, 2)>, !test.optional_group_params<(10)>,
    !test.optional_group_struct<(a = 1)>, !test.optional_group_struct<x>,
    !test.optional_value_type, !test.optional_value_type<3>,
    !test.default_valued_type<(i32)>, !test.default_valued_type<(i64)>, !test.default_valued_type<>,
    !test.optional_type_string<"default">, !test.optional_type_string<"x">, !test.optional_type_string,
    !test.else_anchor<?>, !test.else_anchor<5>,
    !test.else_anchor_struct<?>, !test.else_anchor_struct<a = 1>,
    !test.custom_type_spacing<1 2>, !test.spaces<1 ()() 2>,
    !test.type_verification<i16>, !test.smpla<ignored>, !test<smpla>)

func.func @attributes() attributes {
    a = #test.smpla, b = #test.attr_with_trait,
    c = #test.cmpnd_a<1, !test.smpla, [5, 6]>,
    d = #test.cmpnd_nested<nested = <1, !test.smpla, [5, 6]>>,
    e = #test.cmpnd_nested_outer<i <42 <1, !test.smpla, [5, 6]>>>,
    f = #test.cmpnd_nested_outer_qual<i #test.cmpnd_nested_inner<42 <1, !test.smpla, [5, 6]>>>,
    g = #test<attr_ugly begin 5 : i64 end>,
    h = #test.attr_params<1, 2>,
    i = #test.attr_with_type<i32, f32>,
    j = #test.attr_with_optional_signed<-5>, k = #test.attr_with_optional_signed<>,
    l = #test.custom_anchor<1>, m = #test.custom_anchor<1, true>,
    n = #test.iterator_type<reduction>,
    o = [#test.attr_params<3, 4>, #test.attr_params<3, 4>]} {
  return
}

func.func @nested() {
  "test.region"() ({
    "test.op"() {w = [!test.int<unsigned, 8>, !test.cmpnd_a<1, !test.int<unsigned, 8>, [2]>]} : () -> !test.int<unsigned, 8>
    "test.op"() {t = !test.spaces<3 () () 4>, v = [!test.spaces<5 ()() 6>]} : () -> ()
  }) {u = !test.spaces<5 ()() 6>, v = [!test.spaces<5 ()() 6>]} : () -> ()
  return
}
