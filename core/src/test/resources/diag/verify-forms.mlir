// ARGS: --transform-interpreter --verify-diagnostics
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
  // expected-remark@+1 {{hello}}
  "test.r"() : () -> ()
  "test.r"() : () -> () // expected-remark {{world}}
  // expected-remark@below {{hello world}}

  // a code line: @below above lands on the blank line
  "test.r"() : () -> ()
  "test.r"() : () -> ()
  // expected-remark@above {{o w}}
  // expected-remark@-2 {{{{h.l+o}} world}}
  "test.r"() : () -> () loc(unknown)
  // expected-remark@unknown {{hello}}
  "test.r"() : () -> () // expected-error {{hello}}
  "test.r"() : () -> () // expected-remark {{bye}}
  // expected-remark@-1 {{hello}} expected-remark {{world}}
  // expected-remark@below {{hello}}
  "test.r"() : () -> () "test.r"() : () -> ()
  // expected-remark@below {{hello}}
  // expected-remark@below {{hello}}
  "test.r"() : () -> () "test.r"() : () -> ()
  // expected-remark@below {{hello}}
  // expected-error@below {{hello}}
  "test.r"() : () -> ()
  // expected-error@below {{hello}}
  // expected-warning@below {{hello}}
  "test.r"() : () -> ()
  // expected-remark@+010 {{hello}}
  // expected-remark@+1:3 {{hello}}
  "test.r"() : () -> ()
  // expected-remark@+09 {{hello}}
  // expected-remark   @+0   {{hello}}
  "test.r"() : () -> () // expected-remark@+0{{hello}}
  "test.r"() : () -> () // expected-remark @ +0 {{hello}}
  "test.r"() : () -> () // expected-remark {{hello
  "test.r"() : () -> () // expected-remark hello}}
  "test.r"() : () -> () // EXPECTED-REMARK {{hello}}
  "test.r"() : () -> () // expected-remark {{hello}} trailing
  "test.r"() : () -> () // expected-remark {{}}
  "test.r"() : () -> () // expected-remark {{}}}
  "test.r"() : () -> () // xexpected-remark {{h}}
  "test.r"() : () -> () loc("verify-forms.mlir":0:0)
  "test.r"() : () -> () loc("verify-forms.mlir":1:300)
	// expected-remark {{tab	here}}
  // expected-remark {{café}}
  "test.r"() : () -> () // expected-remark {{é}}
}
// expected-remark@-100 {{x}}
// expected-remark@+100 {{y}}
// expected-note@below {{z}}