// Result names in the custom form: func.constant names its result %f, made unique with _N
// suffixes from a counter that each region continues from its parent's.
func.func private @f1()
func.func private @"a b"()
func.func private @arg0()
func.func private @f()
func.func private @f_0()
func.func @g(%a: i32) {
  %0 = constant @f1 : () -> ()
  %1 = constant @"a b" : () -> ()
  %2 = constant @arg0 : () -> ()
  %3 = constant @f : () -> ()
  %4 = constant @f_0 : () -> ()
  "my.op"() ({
  ^bb0(%b: i32):
    %5 = constant @f : () -> ()
    %6 = "my.value"() : () -> i32
    %7 = constant @f1 : () -> ()
  }, {
  }) : () -> ()
  "my.op"() ({
    %8 = constant @f : () -> ()
  }, {
    %9 = constant @f1 : () -> ()
  }) : () -> ()
  %10 = constant @f : () -> ()
  %11 = "my.value"() : () -> i32
  return
}
func.func @h() {
  %0 = constant @f : () -> ()
  return
}
