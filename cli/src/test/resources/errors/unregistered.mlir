"foo.x"() : () -> ()
// -----
"builtin.foo"() : () -> ()
// -----
"nodot"() : () -> ()
// -----
"foo.y"() {a = #foo.bar} : () -> (!foo.t)
// -----
module attributes {x} {
}
// -----
"builtin.module"() ({
^bb0(%a: i32):
}) : () -> ()
// -----
"builtin.module"() ({}) : () -> ()
// -----
"builtin.module"() ({
^bb0:
^bb1:
}) : () -> ()
