"foo.x"() <{a = affine_map<(d0) -> (d0)>}> ({
  "foo.y"() {c = affine_map<(d0) -> (d0 + 2)>} : () -> ()
}) {b = affine_map<(d0) -> (d0 + 1)>} : () -> (memref<4xf32, affine_map<(d0) -> (d0 + 3)>>)
"foo.z"(%0) : (memref<4xf32, affine_map<(d0) -> (d0 + 4)>>) -> ()
%0 = "foo.w"() : () -> (memref<4xf32, affine_map<(d0) -> (d0 + 4)>>)
