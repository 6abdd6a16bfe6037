"foo.types"() : () -> (i1, si8, ui16, i4096, index, none, f16, bf16, f32, f64, f80, f128, tf32)
"foo.shaped"() : () -> (vector<1xi32>, vector<2x[4]x[8]xf32>, tensor<f32>, tensor<?x?x3xi8>, tensor<*xindex>, tensor<0xf32>, tensor<1x0x?xi1>)
"foo.memref"() : () -> (memref<f32>, memref<4x?xf32>, memref<*xf32>, memref<*xf32, 2>, memref<4xf32, 1>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<?xf32, strided<[?], offset: ?>>, memref<8xi8, strided<[1]>>)
"foo.misc"() : () -> (complex<f32>, complex<i8>, tuple<>, tuple<i32, tuple<f32>>, !foo.bar, !foo.baz<1, [2], {x}>, !foo<"opaque body">, tensor<4xf32, #foo.enc<"e">>, memref<4xf32, "space">, memref<4xf32, {a = 1}>)
"foo.tuple"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
"foo.tuple2"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
