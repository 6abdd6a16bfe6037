// Result groups, forward references and graph regions at the top level.
"foo.use"(%late, %pair#1) : (i32, i64) -> ()
%late = "foo.def"() : () -> i32
%pair:2 = "foo.pair"() : () -> (i64, i64)
%a, %b:2 = "foo.three"() : () -> (i1, i8, i16)
"foo.sink"(%a, %b#0, %b#1) : (i1, i8, i16) -> ()
"foo.nested"() ({
^entry(%x: index, %y: index):
  %s = "foo.add"(%x, %y, %late) : (index, index, i32) -> index
  "foo.br"(%s)[^next] : (index) -> ()
^next(%n: index):
  "foo.ret"(%n, %pair#0) : (index, i64) -> ()
}, {
  "foo.inner"(%late) : (i32) -> ()
}) {attr = "x"} : () -> ()
"foo.fn"() : () -> ((i32) -> i32, () -> (), (i1) -> (i2, i3))
