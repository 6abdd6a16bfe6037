// Errors in the file metadata section.
{-#
// -----
{-#
  key
#-}
// -----
{-#
  some_key: {}
#-}
// -----
{-#
  dialect_resources: "value"
#-}
// -----
{-#
  dialect_resources: {
    10
  }
#-}
// -----
{-#
  dialect_resources: {
    entry "value"
  }
#-}
// -----
{-#
  dialect_resources: {
    foobar: {
      entry: "foo"
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      unknown_entry: "foo"
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      invalid_blob: 10
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      invalid_blob: ""
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      invalid_blob: "0x010000"
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      b: "0x03000000AA"
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      b: "0x0400000"
    }
  }
#-}
// -----
{-#
  external_resources: "value"
#-}
// -----
{-#
  external_resources: {
    foobar: {
      entry: 10
    }
  }
#-}
// -----
{-#
  external_resources: {
    foobar: {
      entry: "0x"
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      a: "0x01000000AA",
    }
  }
#-}
// -----
{-#
  dialect_resources: {
    builtin: {
      b: "0x04000000AA"
    } // comment
  x
#-}
// -----
#attr = dense_resource>
// -----
#attr = dense_resource<resource
// -----
#attr = dense_resource<resource>
// -----
#attr = dense_resource<resource> : i32
// -----
#attr = dense_resource<10> : tensor<2xi32>
