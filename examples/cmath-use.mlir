// Ops of the IRDL-defined cmath dialect, in the generic form.
%a = "cmath.create"() {value = #cmath.polar<1.0 : f32, 0.5 : f32>} : () -> !cmath.complex<f32>
%b = "cmath.create"() {value = #cmath.polar<2.0 : f32, 0.25 : f32>} : () -> !cmath.complex< f32 >
%p = "cmath.mul"(%a, %b) : (!cmath.complex<f32>, !cmath.complex<f32>) -> !cmath.complex<f32>
%s = "cmath.sum"(%a, %b, %p) : (!cmath.complex<f32>, !cmath.complex<f32>, !cmath.complex<f32>) -> !cmath.complex<f32>
%n = "cmath.norm"(%s) : (!cmath.complex<f32>) -> f32
%d = "cmath.create"() {value = #cmath.polar<1.0 : f64, 0.0 : f64>} : () -> !cmath.complex<f64>
%e = "cmath.sum"() : () -> !cmath.complex<f64>
