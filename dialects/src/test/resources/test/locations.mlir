// Locations held by test.attr_with_loc and locations defined by the test dialect, in every
// place a location may stand.
func.func @dialect_locations(%a: i32 loc(#test.custom_location<"a.mlir"*1>)) attributes {x = loc(#test.custom_location<"b.mlir"*2>), y = #test.custom_location<"c.mlir"*3>} {
  test.attr_with_loc("foo" loc("foo_loc"))
  test.attr_with_loc("absent")
  test.attr_with_loc("dialectLoc" loc(#test.custom_location<"foo.mlir"*32>))
  "foo.op"() : () -> () loc(fused[#test.custom_location<"d.mlir"*4>, "x"])
  "foo.op"() : () -> () loc(callsite(#test.custom_location<"e.mlir"*5> at "y"))
  "foo.op"() : () -> () loc("named"(#test.custom_location<"g.mlir"*7>))
  return loc(#test.custom_location<"f.mlir"*6>)
}
