// ARGS: --transform-interpreter --mlir-print-op-on-diagnostic=false
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
  "test.r"() : () -> () loc(unknown)
  "test.r"() : () -> () loc("just a name")
  "test.r"() : () -> () loc("q\"t\\b\tné")
  "test.r"() : () -> () loc("name"("render-locations.mlir":8:3))
  "test.r"() : () -> () loc("name"(unknown))
  "test.r"() : () -> () loc(callsite("callee"("render-locations.mlir":8:5) at callsite("render-locations.mlir":9:5 at callsite("g" at "render-locations.mlir":10:5))))
  "test.r"() : () -> () loc(callsite(unknown at "render-locations.mlir":11:4))
  "test.r"() : () -> () loc(callsite("x" at "y"))
  "test.r"() : () -> () loc(callsite("x" at callsite("y" at "z")))
  "test.r"() : () -> () loc(fused["a", "render-locations.mlir":12:3])
  "test.r"() : () -> () loc(fused<"meta">["a", "b"])
  "test.r"() : () -> () loc(fused[callsite("render-locations.mlir":8:1 at "render-locations.mlir":9:1), "render-locations.mlir":10:1])
  "test.r"() : () -> () loc("n"(callsite("render-locations.mlir":8:2 at "render-locations.mlir":9:2)))
  "test.r"() : () -> () loc("no-such-file.mlir":3:4)
  "test.r"() : () -> () loc("render-other.txt":1:7)
  "test.r"() : () -> () loc("render-other.txt":2:2)
  "test.r"() : () -> () loc("render-other.txt":3:1)
  "test.r"() : () -> () loc("render-other.txt":4:1)
  "test.r"() : () -> () loc("a\"b":1:2)
}
