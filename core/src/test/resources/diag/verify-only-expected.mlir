// ARGS: --transform-interpreter --verify-diagnostics=only-expected
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
  "test.r"() : () -> () // expected-remark {{hello}}
  "test.r"() : () -> () // expected-error {{hello}}
  "test.r"() : () -> () // expected-remark {{bye}}
  "test.r"() : () -> () loc(unknown)
  // expected-note@unknown {{never}}
}
