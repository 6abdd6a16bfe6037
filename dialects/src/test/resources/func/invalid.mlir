// Invalid uses of the func dialect; each chunk's expected diagnostics are mlir-opt 22's.

func.func @f() -> i32 {
  return // expected-error {{'func.return' op has 0 operands, but enclosing function (@f) returns 1}}
}

// -----

func.func @f() -> f32 {
  %0 = "my.x"() : () -> i32
  // expected-error @+1 {{type of return operand 0 ('i32') doesn't match function result type ('f32') in function @f}}
  return %0 : i32
}

// -----

"my.op"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()

// -----

func.func @f() {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  return
  "my.x"() : () -> ()
}

// -----

func.func @f() {
  // expected-error @+1 {{'func.call' op 'g' does not reference a valid function}}
  call @g() : () -> ()
  return
}

// -----

module @g {
}
func.func @f() {
  // expected-error @+1 {{'func.call' op 'g' does not reference a valid function}}
  call @g() : () -> ()
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f() {
  // expected-error @+1 {{'func.call' op incorrect number of operands for callee}}
  %0 = call @g() : () -> i32
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f(%a: f32) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'f32' for operand number 0}}
  %0 = call @g(%a) : (f32) -> i32
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f(%a: i32) {
  // expected-error @+1 {{'func.call' op incorrect number of results for callee}}
  call @g(%a) : (i32) -> ()
  return
}

// -----

func.func private @g() -> (i32, f32)
func.func @f() {
  // expected-error @+3 {{'func.call' op result type mismatch at index 0}}
  // expected-note @+2 {{      op result types: 'f32', 'i32'}}
  // expected-note @+1 {{function result types: 'i32', 'f32'}}
  %0:2 = call @g() : () -> (f32, i32)
  return
}

// -----

func.func @f() {
  call @x() : () -> ()
  return
}
func.func @g() {
  // Uses are checked region by region from a stack: this function's come first.
  // expected-error @+1 {{'func.call' op 'y' does not reference a valid function}}
  call @y() : () -> ()
  return
}

// -----

// expected-note @+1 {{see existing symbol definition here}}
func.func private @g(i32) -> i32
// expected-error @+1 {{redefinition of symbol named 'g'}}
func.func private @g(i32) -> i32

// -----

// A symbol table checks its symbols before the uses in it.
func.func @f() {
  call @h() : () -> ()
  return
}
// expected-note @+1 {{see existing symbol definition here}}
"my.symbol"() {sym_name = "g"} : () -> ()
// expected-error @+1 {{redefinition of symbol named 'g'}}
func.func private @g()

// -----

// expected-error @+1 {{'func.func' op symbol declaration cannot have public visibility}}
func.func @decl(i32)

// -----

// expected-error @+1 {{'func.func' op visibility expected to be one of ["public", "private", "nested"], but got "hidden"}}
"func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = "hidden"}> ({
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op requires attribute 'sym_name'}}
"func.func"() <{function_type = () -> ()}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op attribute 'function_type' failed to satisfy constraint: type attribute of function type}}
"func.func"() <{function_type = i32, sym_name = "f"}> ({
}) : () -> ()

// -----

// expected-error @+1 {{invalid properties {function_type = () -> (), sym_name = "f", sym_visibility = 3 : i64} for op func.func: Invalid attribute `sym_visibility` in property conversion: 3 : i64}}
"func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = 3}> ({
}) : () -> ()

// -----

// expected-error @+1 {{invalid properties {callee = @m::@g} for op func.call: Invalid attribute `callee` in property conversion: @m::@g}}
"func.call"() <{callee = @m::@g}> : () -> ()

// -----

// expected-error @+1 {{'func.func' op attribute 'sym_name' failed to satisfy constraint: string attribute}}
"func.func"() ({
}) {function_type = () -> (), sym_name = 3} : () -> ()

// -----

// expected-error @+1 {{'func.func' op type of entry block argument #0('f32') must match the type of the corresponding argument in function signature('i32')}}
"func.func"() <{function_type = (i32) -> (), sym_name = "f"}> ({
^bb0(%a: f32):
  "func.return"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op entry block must have 1 arguments to match function signature}}
func.func @f(i32) {
  return
}

// -----

// expected-error @+1 {{'func.func' op expects argument attribute array to have the same number of elements as the number of function arguments, got 2, but expected 1}}
"func.func"() <{function_type = (i32) -> (), sym_name = "f", sym_visibility = "private", arg_attrs = [{}, {}]}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op expects result attribute array to have the same number of elements as the number of function results, got 1, but expected 0}}
"func.func"() <{function_type = (i32) -> (), sym_name = "f", sym_visibility = "private", res_attrs = [{}]}> ({
}) : () -> ()

// -----

// expected-error @+1 {{'func.func' op arguments may only have dialect attributes}}
func.func private @f(i1 {non_dialect_attr = 10})

// -----

// expected-error @+1 {{'func.func' op results may only have dialect attributes}}
func.func private @f() -> (i1 {non_dialect_attr = 10})

// -----

func.func @f(%a: i32, %g: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %0 = "func.call_indirect"(%g, %a) : ((i32) -> i32, i32) -> f32
  return
}

// -----

func.func @f(%g: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %0 = "func.call_indirect"(%g) : ((i32) -> i32) -> i32
  return
}

// -----

func.func @f(%g: i32) {
  // expected-error @+1 {{'func.call_indirect' op operand #0 must be function type, but got 'i32'}}
  %0 = "func.call_indirect"(%g) : (i32) -> i32
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'func.constant' op reference to function with mismatched type}}
  %0 = constant @f : () -> i32
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{'func.constant' op reference to undefined function 'g'}}
  %0 = constant @g : () -> ()
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{block with no terminator, has "func.call"() <{callee = @f}> : () -> ()}}
  func.call @f() : () -> ()
}

// -----

func.func @f() {} // expected-error {{expected non-empty function body}}

// -----

// expected-error @+1 {{empty block: expect at least a terminator}}
func.func @f(%x: i32) {}

// -----

func.func @f(%a: i32,
             f32) { // expected-error {{custom op 'func.func' expected SSA identifier}}
  return
}

// -----

func.func @f(f32,
             %a: i32) { // expected-error {{custom op 'func.func' expected type instead of SSA identifier}}
  return
}

// -----

// expected-error @+1 {{custom op 'func.func' 'sym_name' is an inferred attribute and should not be specified in the explicit attribute dictionary}}
func.func @f() attributes {sym_name = "x"} {
  return
}

// -----

// expected-error @+1 {{custom op 'func.func' expected valid '@'-identifier for symbol name}}
func.func foo @f()

// -----

// expected-error @+2 {{region entry argument '%a' is already in use}}
// expected-note @+1 {{previously referenced here}}
func.func @f(%a: i32, %a: i32) {
  return
}

// -----

// expected-error @+1 {{result number not allowed in argument list}}
func.func @f(%a#1: i32)

// -----

func.func @f(%a: i32) {
^bb0(%b: i32): // expected-error {{invalid block name in region with named arguments}}
  return
}

// -----

// expected-error @+1 {{expected non-function type}}
func.func @variadic(...)

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'func.constant' invalid kind of attribute specified}}
  %0 = constant "f" : () -> ()
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'func.call' invalid kind of attribute specified}}
  call @m::@g() : () -> ()
  return
}

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{custom op 'func.return' number of operands and types do not match: got 2 operands and 1 types}}
  return %a, %a : i32
}

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{custom op 'func.call' number of operands and types do not match: got 1 operands and 2 types}}
  call @f(%a) : (i32, i32) -> ()
  return
}

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{custom op 'func.call' invalid kind of type specified: expected builtin.function, but found 'i32'}}
  call @f(%a) : i32
  return
}

// -----

func.func @f(%a: () -> (), %x: i32) {
  // expected-error @+1 {{custom op 'func.call_indirect' number of operands and types do not match: got 1 operands and 0 types}}
  call_indirect %a(%x) : () -> ()
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'func.call' 'func.call' op attribute 'no_inline' failed to satisfy constraint: unit attribute}}
  call @f() {no_inline = 1} : () -> ()
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'foo' is unknown (tried 'func.foo' as well)}}
  foo
}

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'module' is unknown (tried 'func.module' as well)}}
  module {}
  return
}
