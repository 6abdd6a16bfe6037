// ARGS: --transform-interpreter --verify-diagnostics
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
  "test.r"() : () -> () loc("verify-other.txt":1:1)
  "test.r"() : () -> () loc("verify-other.txt":4:1)
  "test.r"() : () -> () loc("no-such-file.mlir":3:4)
  "test.r"() : () -> () loc("verify-other-file.mlir":8:3)
  // expected-remark@above {{hello}}
}
