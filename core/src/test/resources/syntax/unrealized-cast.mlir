// builtin.unrealized_conversion_cast in its custom form.
%operand = "foo.op"() : () -> !foo.type
%result = unrealized_conversion_cast to !bar.tuple_type<>
%result1 = unrealized_conversion_cast %operand : !foo.type to !bar.lowered_type
%results2:2 = builtin.unrealized_conversion_cast %operand : !foo.type to !foo.type, i32 {note = "x"}
%result3 = unrealized_conversion_cast %operand, %operand : !foo.type, !foo.type to !bar.tuple_type<!foo.type, !foo.type>
"foo.region"() ({
  %0 = builtin.unrealized_conversion_cast %operand : !foo.type to index loc("inner")
}) : () -> ()
