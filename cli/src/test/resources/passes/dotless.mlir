"f57"() : () -> ()
"long_name_op"() : () -> ()
"foo.op"() : () -> ()
func.func private @g()
