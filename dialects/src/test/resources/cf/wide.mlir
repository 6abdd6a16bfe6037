// Case values printed unsigned, at most 2^64 - 1: mlir-opt cannot read some of them back.
func.func @wide(%i8: i8, %i64: i64, %i128: i128) {
  cf.switch %i8 : i8, [
    default: ^bb1,
    -1: ^bb1,
    256: ^bb1
  ]
^bb1:
  cf.switch %i64 : i64, [
    default: ^bb2,
    -1: ^bb2,
    -9223372036854775808: ^bb2
  ]
^bb2:
  cf.switch %i128 : i128, [
    default: ^bb3,
    -5: ^bb3,
    true: ^bb3
  ]
^bb3:
  return
}
