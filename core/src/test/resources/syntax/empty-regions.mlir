"foo.a"() ({}) : () -> ()
"foo.a"() ({^bb0:}) : () -> ()
"foo.a"() ({"foo.x"() : () -> ()}, {}) {x = loc("f":1:1)} : () -> ()
module @m attributes {foo.x = 1} {
}
"builtin.module"() ({^bb0:}) : () -> ()
