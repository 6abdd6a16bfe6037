module @m attributes {sym_visibility = "private", foo.x} {
  "foo.x"() : () -> ()
}
