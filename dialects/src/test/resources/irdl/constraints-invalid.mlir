%a = "test.a"() : () -> !cmath.complex<f32>
%0 = "cmath.norm"(%a) : (!cmath.complex<f32>) -> f64
// -----
%a = "test.a"() : () -> !cmath.complex<f32>
%0 = "cmath.norm"(%a, %a) : (!cmath.complex<f32>, !cmath.complex<f32>) -> f32
// -----
%a = "test.a"() : () -> !cmath.complex<f32>
%0 = "cmath.norm"() : () -> f32
// -----
%a = "test.a"() : () -> !cmath.complex<f32>
%0:2 = "cmath.norm"(%a) : (!cmath.complex<f32>) -> (f32, f32)
// -----
%a = "test.a"() : () -> !cmath.complex<f32>
"cmath.norm"(%a) : (!cmath.complex<f32>) -> ()
// -----
%a = "test.a"() : () -> !cmath.complex<i32>
// -----
%a = "test.a"() : () -> !cmath.complex<f32, f32>
// -----
%a = "test.a"() : () -> !cmath.complex
// -----
%a = "test.a"() : () -> !cmath.nope<f32>
// -----
%a = "test.a"() : () -> f32
%0 = "cmath.norm"(%a) : (f32) -> f32
// -----
%a = "test.a"() : () -> !cmath.complex<f32>
%b = "test.a"() : () -> !cmath.complex<f64>
%0 = "cmath.mul"(%a, %b) : (!cmath.complex<f32>, !cmath.complex<f64>) -> !cmath.complex<f32>
// -----
"cmath.nope"() : () -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i64, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i) ({}, {^bb0: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i) ({}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %a) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, f32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 2, 1>} : (f32, f32, i32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %a, %i, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 1, 1>} : (f32, f32, i32, i32) -> ()
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 0, 1>} : (f32, i32) -> (i32)
// -----
%a = "test.a"() : () -> f32
%i = "test.i"() : () -> i32
"cmath.var"(%a, %i) ({}, {^bb0: "test.x"() : () -> () ^bb1: "test.x"() : () -> ()}) {attr1 = 1, attr2 = i32, operandSegmentSizes = array<i32: 1, 0, 1>} : (f32, i32) -> (i32, f32)
// -----
%x = "test.a"() {a = #cmath.flag<1>, b = #cmath.flag<1, 2>} : () -> f32
// -----
%x = "test.a"() {a = #cmath.flag} : () -> f32
