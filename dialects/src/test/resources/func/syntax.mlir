// Functions, declarations, visibility, argument and result attributes, locations.
func.func @empty() {
  return
}
func.func @args(%a: i32, %b: f32 {my.arg = 1 : i32}, %c: index loc("c")) -> (i32 {my.res}, f32) attributes {my.fn = "x"} {
  return %a, %b : i32, f32
}
func.func private @decl(i32 {my.a}, memref<4xf32>) -> i32
func.func nested @nested_decl() -> (i32 {my.r = [1, 2]})
func.func public @public_def(%x: i64) -> i64 {
  func.return %x : i64
}
func.func private @fn_result() -> ((i32) -> i32)
func.func private @fn_results() -> ((i32) -> i32, i1)
func.func private @paren_single() -> (f16)
func.func private @no_results() -> ()
func.func @no_inline_fn() attributes {no_inline} {
  return
}
func.func private @"quoted name"(i8)
func.func private @aliased(i32 {my.map = affine_map<(d0) -> (d0 + 1)>}) -> (i32 {my.map = affine_map<(d0) -> (d0 + 1)>})
func.func @arg_map(%a: i32 {my.map = affine_map<(d0) -> (d0 + 2)>}) {
  return
}

// Calls, indirect calls, constants.
func.func @calls(%a: i32, %b: f32) -> i32 {
  %m = "my.alloc"() : () -> memref<4xf32>
  %i = "my.index"() : () -> index
  %0 = call @decl(%a, %m) : (i32, memref<4xf32>) -> i32
  %1 = func.call @decl(%0, %m) {no_inline, my.z = 3} : (i32, memref<4xf32>) -> i32
  %2:2 = call @args(%1, %b, %i) : (i32, f32, index) -> (i32, f32)
  call @empty() : () -> ()
  %f = constant @fn_result : () -> ((i32) -> i32)
  %g = func.constant {my.c} @args : (i32, f32, index) -> (i32, f32)
  %3 = "my.produce"() : () -> ((i32) -> i32)
  %4 = call_indirect %3(%2#0) : (i32) -> i32
  %5:2 = func.call_indirect %g(%4, %b, %i) {my.ind} : (i32, f32, index) -> (i32, f32)
  "my.region"() ({
    %h = constant @empty : () -> ()
    call_indirect %h() : () -> ()
    func.call @empty() : () -> ()
    "my.end"() : () -> ()
  }, {
  }) : () -> ()
  return %5#0 : i32
}

// Blocks: the entry block label shows only when needed.
func.func @blocks(%a: i1) -> i32 {
  %0 = "my.c"() : () -> i32
  "my.br"(%a)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  return %0 : i32
^bb2:
  %1 = "my.c"() : () -> i32
  func.return %1 : i32
}
func.func private @labelled(i32) {
^bb0(%x: i32):
  return
}

// Functions nested in other ops and modules.
module @inner {
  func.func @f() -> i32 {
    %c = "my.c"() : () -> i32
    return %c : i32
  }
  func.func @g() -> i32 {
    %0 = call @f() : () -> i32
    builtin.module {
    }
    return %0 : i32
  }
}
"my.container"() ({
  func.func @h() {
    return
  }
  "my.end"() : () -> ()
}, {
}) : () -> ()
