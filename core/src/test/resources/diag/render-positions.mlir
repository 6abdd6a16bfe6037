// ARGS: --transform-interpreter --mlir-print-op-on-diagnostic=false
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
// line 8:		tabbed	line
		// line 9 starts with tabs
// line 10: café naïve
// line 11 ends with a carriage return
// line 12
// line 13 starts with a carriage return
  "test.r"() : () -> ()
	"test.r"() : () -> ()
  "test.r"() : () -> () 	"test.r"() : () -> ()
  "test.r"() {a = "éé"} : () -> ()  "test.r"() : () -> ()
  "test.r"() : () -> () loc("render-positions.mlir":8:12)
  "test.r"() : () -> () loc("render-positions.mlir":8:20)
  "test.r"() : () -> () loc("render-positions.mlir":9:4)
  "test.r"() : () -> () loc("render-positions.mlir":10:14)
  "test.r"() : () -> () loc("render-positions.mlir":11:39)
  "test.r"() : () -> () loc("render-positions.mlir":11:40)
  "test.r"() : () -> () loc("render-positions.mlir":12:11)
  "test.r"() : () -> () loc("render-positions.mlir":12:12)
  "test.r"() : () -> () loc("render-positions.mlir":12:13)
  "test.r"() : () -> () loc("render-positions.mlir":13:1)
  "test.r"() : () -> () loc("render-positions.mlir":13:2)
  "test.r"() : () -> () loc("render-positions.mlir":0:0)
  "test.r"() : () -> () loc("render-positions.mlir":12:0)
  "test.r"() : () -> () loc("render-positions.mlir":0:3)
  "test.r"() : () -> () loc("render-positions.mlir":200:1)
  "test.r"() : () -> () loc("render-positions.mlir":12:4 to 12:9)
  "test.r"() : () -> () loc("render-positions.mlir":12:4 to 14:2)
  "test.r"() : () -> () loc("render-positions.mlir":39:1)
  "test.r"() : () -> () loc("render-positions.mlir":39:3)
  "test.r"() : () -> () loc("render-positions.mlir":39:4)
}
//