"test.op"() {a = array<i1: -true, -false, true>} : () -> ()
// -----
"test.op"() {a = array<i1: 1.5>} : () -> ()
// -----
"test.op"() {a = array<i1: x>} : () -> ()
// -----
"test.op"() {a = array<i8: true>} : () -> ()
// -----
"test.op"() {a = array<i1: 2>} : () -> ()
// -----
"test.op"() {a = array<i1: -0>} : () -> ()
// -----
"test.op"() {a = array<i8: -0>} : () -> ()
// -----
"test.op"() {a = array<i8: 256>} : () -> ()
// -----
"test.op"() {a = array<f32: x>} : () -> ()
// -----
"test.op"() {a = array<f32: true>} : () -> ()
// -----
"test.op"() {a = array<f32: -1, 2.5>} : () -> ()
// -----
"test.op"() {a = array<i32: 3000000000000>} : () -> ()
// -----
"test.op"() {a = array<i64: 18446744073709551616>} : () -> ()
// -----
"test.op"() {a = array<i16: 1.0>} : () -> ()
// -----
"test.op"() {a = array<i32: >} : () -> ()
// -----
"test.op"() {a = array<i32: - 5>} : () -> ()
// -----
"test.op"() {a = array<i32: 1 2>} : () -> ()
// -----
"test.op"() {a = -0 : i32} : () -> ()
// -----
"test.op"() {a = -0 : i1} : () -> ()
// -----
"test.op"() {a = -0x0 : index} : () -> ()
// -----
"test.op"() {a = -0 : ui8} : () -> ()
// -----
"test.op"() {a = -129 : i8} : () -> ()
// -----
"test.op"() {a = 128 : si8} : () -> ()
// -----
"test.op"() {a = dense<-0> : tensor<2xi32>} : () -> ()
