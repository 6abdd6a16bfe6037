func.func @callee(%a: i32) -> i32 {
  return %a : i32
}
func.func @f(%arg0: i32, %arg1: i64) -> (i32, i64, i32) {
  %f = func.constant @callee : (i32) -> i32
  %r = func.call_indirect %f(%arg0) : (i32) -> i32
  %0 = builtin.unrealized_conversion_cast %arg1 : i64 to i8
  %1 = builtin.unrealized_conversion_cast %0 : i8 to i64
  %2 = builtin.unrealized_conversion_cast %arg0 : i32 to i32
  %3 = builtin.unrealized_conversion_cast %arg0 : i32 to f32
  return %r, %1, %2 : i32, i64, i32
}
