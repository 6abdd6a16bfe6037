// The generic form of func ops: properties, inherent attributes among the discardable ones
// (older text), unknown property names (dropped), and ops that print in the custom form.
"builtin.module"() ({
  "func.func"() <{function_type = (i32) -> i32, sym_name = "f", arg_attrs = [{my.a}], res_attrs = [{}]}> ({
  ^bb0(%arg0: i32):
    %0 = "func.call"(%arg0) <{callee = @f, unknown_property = 1}> {my.attr} : (i32) -> i32
    "func.return"(%0) : (i32) -> ()
  }) {my.fn} : () -> ()
  "func.func"() ({
  }) {function_type = () -> (), sym_name = "old", sym_visibility = "private"} : () -> ()
  "func.func"() ({
  }) {function_type = () -> (), sym_name = "old2", sym_visibility = "private", no_inline, my.x = 2} : () -> ()
  "func.func"() <{function_type = () -> ((i32) -> i32), sym_name = "c", sym_visibility = "nested"}> ({
    %0 = "func.constant"() <{value = @f}> : () -> ((i32) -> i32)
    %1 = "func.constant"() {value = @f} : () -> ((i32) -> i32)
    "func.return"(%1) : ((i32) -> i32) -> ()
  }) {sym_visibility = "private"} : () -> ()
  "func.func"() <{function_type = ((i32) -> i32, i32) -> (), sym_name = "ind"}> ({
  ^bb0(%arg0: (i32) -> i32, %arg1: i32):
    %0 = "func.call_indirect"(%arg0, %arg1) {my.k} : ((i32) -> i32, i32) -> i32
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()
