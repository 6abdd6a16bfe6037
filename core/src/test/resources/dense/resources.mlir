// dense_resource and the file metadata: referenced blobs are printed in first-use order,
// unreferenced and undefined ones are dropped, external resources are kept as read.
"t.op"() {a = dense_resource<blob1> : tensor<2xi32>, b = dense_resource<undef> : tensor<2xi32>, c = dense_resource<blob1> : tensor<4xi16>, d = dense_resource<"x y"> : tensor<1xi8>, e = dense_resource<__elided__> : tensor<?xf32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      zzz: "0x0400000001000000",
      "x y": "0x0100000005",
      blob1: "0x040000000100000002000000"
    }
  },
  external_resources: {
    foo: {
      k: true,
      s: "hello \"quoted\"\n",
      b: "0x01000000aa"
    },
    empty: {},
    foo: { k: false }
  }
#-}

// -----
"t.op"() {a = dense_resource<blob1> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x10000000030000000400000000"
    }
  }
#-}

// -----
// The metadata may come first, repeat, and end with a later value for a key.
{-# dialect_resources: { builtin: { a: "0x01000000aa" } } #-}
"t.op"() {x = dense_resource<a> : tensor<1xi8>} : () -> ()
{-# dialect_resources: { builtin: { a: "0x08000000bbcc" } }, external_resources: { e: { x: "0x10000000aabb", y: "a\"b\n" } } #-}

// -----
// DenseResourceElementsHandle key blob\-"one" is quoted and escaped.
"t.op"() {attr = dense_resource<"blob\\-\22one\22"> : tensor<2xi16>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      "blob\\-\22one\22": "0x0200000001000200"
    }
  }
#-}

// -----
{-#
  external_resources: {
    only: {
      x: "0x"
    }
  }
#-}
