// ARGS: --transform-interpreter --verify-diagnostics
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%arg0: !transform.any_op) {
    %c = transform.structured.match ops{["test.r"]} in %arg0 : (!transform.any_op) -> !transform.any_op
    transform.debug.emit_remark_at %c, "hello world" : !transform.any_op
    transform.yield
  }
  "test.r"() : () -> () // expected-remark-re {{{{h.l+o}} w}}
  "test.r"() : () -> () // expected-remark-re {{^hello world$}}
  "test.r"() : () -> () // expected-remark-re {{{{^hel}}lo}}
  "test.r"() : () -> () // expected-remark-re {{(world}}
  "test.r"() : () -> () // expected-remark-re {{wor{{ld$}}}}
  "test.r"() : () -> () // expected-remark-re {{hello{{[[:space:]]}}world}}
  "test.r"() : () -> () // expected-remark-re {{{{(world}}}}
  "test.r"() : () -> () // expected-remark-re {{hello {{wor}}
  "test.r"() : () -> () // expected-remark-re {{{{[a-z]{5}}} world}}
  "test.r"() : () -> () // expected-remark-re {{{{a{1}}}}}
  "test.r"() : () -> () // expected-remark-re {{{{a**}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[z-a]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{\}}}}
  "test.r"() : () -> () // expected-remark-re {{{{}}}}
  "test.r"() : () -> () // expected-remark-re {{{{)}}}}
  "test.r"() : () -> () // expected-remark-re {{{{a|}}}}
  "test.r"() : () -> () // expected-remark-re {{{{(|a)}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[a}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[:foo:]]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{l{2,1}}}}}
  "test.r"() : () -> () // expected-remark-re {{{{l{300}}}}}
  "test.r"() : () -> () // expected-remark-re {{{{\2}}}}
  "test.r"() : () -> () // expected-remark-re {{{{*a}}}}
  "test.r"() : () -> () // expected-remark-re {{{{^*}}}}
  "test.r"() : () -> () // expected-remark-re {{{{a{1,}{2}}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[.hyphen.]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[.nosuch.]]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[a-c-e]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{\w}}}}
  "test.r"() : () -> () // expected-remark-re {{{{\d}}}}
  "test.r"() : () -> () // expected-remark-re {{{{l\l}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[\w]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[]a]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{l{,2}}}o}}
  "test.r"() : () -> () // expected-remark-re {{{{(l)\1}}o}}
  "test.r"() : () -> () // expected-remark-re {{{{a{x}}}}}
  "test.r"() : () -> () // expected-remark-re {{{{\.}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[.space.]]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[=o=]]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{l{2}o}}}}
  "test.r"() : () -> () // expected-remark-re {{{{(l)(l)\2}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[^a-z ]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{[[:<:]]wor}}}}
  "test.r"() : () -> () // expected-remark-re {{{{o[[:>:]]}}}}
  "test.r"() : () -> () // expected-remark-re {{{{.*}}}}
  "test.r"() : () -> () // expected-remark-re {{hello{{ }}world}}
  "test.r"() : () -> () // expected-remark-re {{{{HELLO}}}}
  "test.r"() : () -> () // expected-remark-re {{{{(hello|bye) (world|moon)}}}}
}
