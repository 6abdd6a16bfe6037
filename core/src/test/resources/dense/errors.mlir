// Errors in dense and sparse literals (the dense parts of invalid-builtin-attributes.mlir and more).
"foo"(){bar = dense<[4]> : i32} : () -> ()
// -----
"foo"(){bar = dense<[4]> : tensor<?xi32>} : () -> ()
// -----
"foo"(){bar = dense<[4]> : tensor<5xi32>} : () -> ()
// -----
"foo"(){bar = dense<[4, [5]]> : tensor<2xi32>} : () -> ()
// -----
"foo"(){bar = dense<[tf_opaque]> : tensor<1xi32>} : () -> ()
// -----
"foo"(){bar = dense<[4.0]> : tensor<1xi32>} : () -> ()
// -----
"foo"(){bar = dense<4.0> : tensor<i32>} : () -> ()
// -----
"foo"(){bar = dense<[4]> : tensor<1xf32>} : () -> ()
// -----
"foo"(){bar = dense<[777]> : tensor<1xi8>} : () -> ()
// -----
#attr = dense<> : tensor<i64>
// -----
"foo"(){bar = dense<[-777]> : tensor<1xi8>} : () -> ()
// -----
"foo"(){bar = dense<[()]> : tensor<complex<i64>>} : () -> ()
// -----
"foo"(){bar = dense<[(10)]> : tensor<complex<i64>>} : () -> ()
// -----
"foo"(){bar = dense<[(10,)]> : tensor<complex<i64>>} : () -> ()
// -----
"foo"(){bar = dense<[(10,10]> : tensor<complex<i64>>} : () -> ()
// -----
  "fooi64"(){bar = sparse<vector<1xi64>,[,[,1]
// -----
  "foof16"(){bar = sparse<[[0, 0, 0]],  [[-2.0]]> : vector<1x1x1xf16>} : () -> ()
// -----
  "fooi16"(){bar = sparse<[[1, 1, 0], [0, 1, 0], [0,, [[0, 0, 0]], [-2.0]> : tensor<2x2x2xi16>} : () -> ()
// -----
  "fooi16"(){bar = sparse<1, 10> : tensor<1x1xi16>} : () -> ()
// -----
  "foo"() {bar = dense<[42.0, 42]> : tensor<2xi32>} : () -> ()
// -----
  "foo"() {bar = dense<[true, 42.0]> : tensor<2xi1>} : () -> ()
// -----
  "foo"() {bar = dense<[42, 42.0]> : tensor<2xf32>} : () -> ()
// -----
  "foo"() {bar = dense<[42.0, true]> : tensor<2xf32>} : () -> ()
// -----
  "foo"() {bar = dense<-0x7FFFFFFF> : tensor<2xf32>} : () -> ()
// -----
  "foo"() {bar = dense<0x7FF0000000000000> : tensor<2xf32>} : () -> ()
// -----
  "foo"() {bar = dense<0x7FFFFFF0000000000000> : tensor<2xf32>} : () -> ()
// -----
  "foo"() {bar = dense<0xFFFFFFFFFFFFFF> : tensor<2xi16>} : () -> ()
// -----
  "foo"() {bar = dense<true> : tensor<2xi16>} : () -> ()
// -----
  "foo"() {bar = dense<[5, -5]> : vector<2xui32>} : () -> ()
// -----
#attr = dense_resource>
// -----
#attr = dense_resource<resource
// -----
#attr = dense_resource<resource>
// -----
#attr = dense_resource<resource> : i32
// -----
"t.op"() {a = dense<[1 2]> : tensor<2xi32>} : () -> ()
// -----
"t.op"() {a = dense<[[1,2]]> : tensor<2x1xi32>} : () -> ()
// -----
"t.op"() {a = dense<-0> : tensor<i32>} : () -> ()
// -----
"t.op"() {a = dense<["a"]> : tensor<1xi32>} : () -> ()
// -----
"t.op"() {a = dense<["a"]> : tensor<1xf32>} : () -> ()
// -----
"t.op"() {a = dense<[1]> : tensor<1x!t.s>} : () -> ()
// -----
"t.op"() {a = dense<[-1]> : tensor<1x!t.s>} : () -> ()
// -----
"t.op"() {b = dense<1> : tensor<2xcomplex<i32>>} : () -> ()
// -----
"t.op"() {b = dense<(1,2,3)> : tensor<2xcomplex<i32>>} : () -> ()
// -----
"t.op"() {a = dense<> : tensor<2x0xi32>, b = dense<[]> : tensor<0x2xi32>} : () -> ()
// -----
"t.op"() {b = dense<1> : tensor<*xi32>} : () -> ()
// -----
"t.op"() {h = dense<"0x"> : tensor<1xi32>}: () -> ()
// -----
"t.op"() {h = dense<"0x0"> : tensor<1xi32>}: () -> ()
// -----
"t.op"() {h = dense<"abc"> : tensor<1xi32>}: () -> ()
// -----
"t.op"() {h = dense<"0x01"> : tensor<9xi1>}: () -> ()
// -----
"t.op"() {h = dense<[[1, 2], [3]]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = dense<[1, 2> : tensor<2xi32>}: () -> ()
// -----
"t.op"() {h = dense<[1, -x]> : tensor<2xi32>}: () -> ()
// -----
"t.op"() {h = dense<[1, 2]>}: () -> ()
// -----
"t.op"() {h = dense[1, 2]}: () -> ()
// -----
"t.op"() {h = dense<[1, 2] : tensor<2xi32>}: () -> ()
// -----
"t.op"() {h = dense<[1, 2]> : tensor<2xi32>
// -----
"t.op"() {h = dense<[1,
  // comment
  2
  3]> : tensor<2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[[0]], [1]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[[0, 5]], [1]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[[0, 1]], [1, 2]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[[0, 1]] [1, 2]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[[0, 1]], [1]>}: () -> ()
// -----
"t.op"() {h = sparse<[[0, -1]], [1]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[0, 1], [1, 2]> : tensor<2x2xi32>}: () -> ()
// -----
"t.op"() {h = sparse<[0, 1], [1, 2]> : tensor<3xi32>}: () -> ()
// -----
"t.op"() {h = dense<[1, 0x1FF, 0x10000000000000000]> : tensor<3xi8>}: () -> ()
// -----
"t.op"() {h = dense<[1, 2, 18446744073709551615]> : tensor<3xi64>, i = dense<[1, 9223372036854775808, -9223372036854775808]> : tensor<3xui64>}: () -> ()
// -----
"t.op"() {h = dense<[-9223372036854775808, 9223372036854775807]> : tensor<2xsi64>, i=dense<[9223372036854775808]> : tensor<1xsi64>}: () -> ()
// -----
"t.op"() {h = dense<[-9223372036854775809]> : tensor<1xi64>}: () -> ()
// -----
"t.op"() {h = dense<[0x8000000000000000, 0xFFFFFFFFFFFFFFFF]> : tensor<2xindex>}: () -> ()
// -----
"t.op"() {h = dense<[2147483647, -2147483648, 4294967295]> : tensor<3xi32>, i = dense<[128]> : tensor<1xsi8>}: () -> ()
