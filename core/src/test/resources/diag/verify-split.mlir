// ARGS: --split-input-file --verify-diagnostics
func.func @f() {
  // expected-note@+1 {{previously defined here}}
  %0 = arith.constant 1 : i32
  %0 = arith.constant 2 : i32 // expected-error {{redefinition}}
  return
}
// expected-error@+2 {{undeclared}}
// -----
func.func @g() {
  return %1 : i32
}
// expected-error@below {{custom op}}
// -----
foo
// -----
func.func @h() {
  %0 = arith.constant 1 : i32
  %0 = arith.constant 2 : i32 // expected-error {{redefinition}}
  return
}
// -----
func.func @k() {
  return %1 : i32 // expected-error {{undeclared}}
  // expected-error@above {{nothing}}
}
// -----
// expected-warning@unknown {{never}}
