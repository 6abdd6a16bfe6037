// Invalid func dialect IR; the expectations are in dialects/src/test/resources/func/invalid.mlir.

func.func @f() -> i32 {
  return
}

// -----

func.func @f() -> f32 {
  %0 = "my.x"() : () -> i32

  return %0 : i32
}

// -----

"my.op"() ({

  "func.return"() : () -> ()
}) : () -> ()

// -----

func.func @f() {

  return
  "my.x"() : () -> ()
}

// -----

func.func @f() {

  call @g() : () -> ()
  return
}

// -----

module @g {
}
func.func @f() {

  call @g() : () -> ()
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f() {

  %0 = call @g() : () -> i32
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f(%a: f32) {

  %0 = call @g(%a) : (f32) -> i32
  return
}

// -----

func.func private @g(i32) -> i32
func.func @f(%a: i32) {

  call @g(%a) : (i32) -> ()
  return
}

// -----

func.func private @g() -> (i32, f32)
func.func @f() {



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

  call @y() : () -> ()
  return
}

// -----

func.func private @g(i32) -> i32
func.func private @g(i32) -> i32

// -----

// A symbol table checks its symbols before the uses in it.
func.func @f() {
  call @h() : () -> ()
  return
}
"my.symbol"() {sym_name = "g"} : () -> ()
func.func private @g()

// -----

func.func @decl(i32)

// -----

"func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = "hidden"}> ({
  "func.return"() : () -> ()
}) : () -> ()

// -----

"func.func"() <{function_type = () -> ()}> ({
}) : () -> ()

// -----

"func.func"() <{function_type = i32, sym_name = "f"}> ({
}) : () -> ()

// -----

"func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = 3}> ({
}) : () -> ()

// -----

"func.call"() <{callee = @m::@g}> : () -> ()

// -----

"func.func"() ({
}) {function_type = () -> (), sym_name = 3} : () -> ()

// -----

"func.func"() <{function_type = (i32) -> (), sym_name = "f"}> ({
^bb0(%a: f32):
  "func.return"() : () -> ()
}) : () -> ()

// -----

func.func @f(i32) {
  return
}

// -----

"func.func"() <{function_type = (i32) -> (), sym_name = "f", sym_visibility = "private", arg_attrs = [{}, {}]}> ({
}) : () -> ()

// -----

"func.func"() <{function_type = (i32) -> (), sym_name = "f", sym_visibility = "private", res_attrs = [{}]}> ({
}) : () -> ()

// -----

func.func private @f(i1 {non_dialect_attr = 10})

// -----

func.func private @f() -> (i1 {non_dialect_attr = 10})

// -----

func.func @f(%a: i32, %g: (i32) -> i32) {

  %0 = "func.call_indirect"(%g, %a) : ((i32) -> i32, i32) -> f32
  return
}

// -----

func.func @f(%g: (i32) -> i32) {

  %0 = "func.call_indirect"(%g) : ((i32) -> i32) -> i32
  return
}

// -----

func.func @f(%g: i32) {

  %0 = "func.call_indirect"(%g) : (i32) -> i32
  return
}

// -----

func.func @f() {

  %0 = constant @f : () -> i32
  return
}

// -----

func.func @f() {

  %0 = constant @g : () -> ()
  return
}

// -----

func.func @f() {

  func.call @f() : () -> ()
}

// -----

func.func @f() {}

// -----

func.func @f(%x: i32) {}

// -----

func.func @f(%a: i32,
             f32) {
  return
}

// -----

func.func @f(f32,
             %a: i32) {
  return
}

// -----

func.func @f() attributes {sym_name = "x"} {
  return
}

// -----

func.func foo @f()

// -----

func.func @f(%a: i32, %a: i32) {
  return
}

// -----

func.func @f(%a#1: i32)

// -----

func.func @f(%a: i32) {
^bb0(%b: i32):
  return
}

// -----

func.func @variadic(...)

// -----

func.func @f() {

  %0 = constant "f" : () -> ()
  return
}

// -----

func.func @f() {

  call @m::@g() : () -> ()
  return
}

// -----

func.func @f(%a: i32) {

  return %a, %a : i32
}

// -----

func.func @f(%a: i32) {

  call @f(%a) : (i32, i32) -> ()
  return
}

// -----

func.func @f(%a: i32) {

  call @f(%a) : i32
  return
}

// -----

func.func @f(%a: () -> (), %x: i32) {

  call_indirect %a(%x) : () -> ()
  return
}

// -----

func.func @f() {

  call @f() {no_inline = 1} : () -> ()
  return
}

// -----

func.func @f() {

  foo
}

// -----

func.func @f() {

  module {}
  return
}
