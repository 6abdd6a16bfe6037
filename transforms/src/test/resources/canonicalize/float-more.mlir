func.func @vector_identities(%x: vector<4xf32>, %y: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>) {
  %z = arith.constant dense<0.0> : vector<4xf32>
  %one = arith.constant dense<1.0> : vector<4xf32>
  %ninf = arith.constant dense<0xFF800000> : vector<4xf32>
  %nan = arith.constant dense<0x7FC00000> : vector<4xf32>
  %mixed = arith.constant dense<[1.0, 1.0, 2.0, 1.0]> : vector<4xf32>
  %0 = arith.mulf %x, %z fastmath<nnan,nsz> : vector<4xf32>
  %1 = arith.divf %x, %one : vector<4xf32>
  %2 = arith.maximumf %x, %ninf : vector<4xf32>
  %3 = arith.minnumf %x, %nan : vector<4xf32>
  %4 = arith.mulf %x, %mixed : vector<4xf32>
  %nx = arith.negf %x : vector<4xf32>
  %ny = arith.negf %y : vector<4xf32>
  %5 = arith.divf %nx, %ny fastmath<arcp> : vector<4xf32>
  %6 = arith.subf %x, %z : vector<4xf32>
  %7 = arith.mulf %one, %x : vector<4xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>, vector<4xf32>
}
func.func @vector_casts(%i: vector<2xi16>, %x: vector<2xf32>, %h: vector<2xf16>) -> (vector<2xf16>, vector<2xi1>, vector<2xf16>, vector<2xf64>, vector<2xf32>) {
  %si = arith.sitofp %i : vector<2xi16> to vector<2xf32>
  %0 = arith.truncf %si : vector<2xf32> to vector<2xf16>
  %c = arith.constant dense<4.5> : vector<2xf32>
  %1 = arith.cmpf olt, %si, %c : vector<2xf32>
  %e = arith.extf %h : vector<2xf16> to vector<2xf32>
  %2 = arith.truncf %e : vector<2xf32> to vector<2xf16>
  %t = arith.truncf %x : vector<2xf32> to vector<2xf16>
  %3 = arith.extf %t fastmath<contract> : vector<2xf16> to vector<2xf64>
  %t2 = arith.truncf %x fastmath<contract> : vector<2xf32> to vector<2xf16>
  %4 = arith.extf %t2 : vector<2xf16> to vector<2xf32>
  return %0, %1, %2, %3, %4 : vector<2xf16>, vector<2xi1>, vector<2xf16>, vector<2xf64>, vector<2xf32>
}
func.func @chains(%b: bf16, %h: f16, %x: f64) -> (f16, bf16, f16, f32, f16) {
  %e = arith.extf %b : bf16 to f32
  %0 = arith.truncf %e : f32 to f16
  %e2 = arith.extf %b : bf16 to f64
  %1 = arith.truncf %e2 : f64 to bf16
  %e3 = arith.extf %h : f16 to f64
  %2 = arith.truncf %e3 to_nearest_away : f64 to f16
  %t = arith.truncf %x fastmath<contract> : f64 to f32
  %3 = arith.extf %t fastmath<fast> : f32 to f64
  %4 = arith.truncf %e3 : f64 to f16
  %r3 = arith.truncf %3 : f64 to f32
  return %0, %1, %2, %r3, %4 : f16, bf16, f16, f32, f16
}
func.func @scaling() -> (f32, f8E5M2) {
  %a = arith.constant 2.0 : f8E5M2
  %s = arith.constant 2.0 : f8E8M0FNU
  %b = arith.constant 2.0 : f32
  %0 = arith.scaling_extf %a, %s : f8E5M2, f8E8M0FNU to f32
  %1 = arith.scaling_truncf %b, %s : f32, f8E8M0FNU to f8E5M2
  return %0, %1 : f32, f8E5M2
}
func.func @cmpf_more(%i: i32, %u: i64, %x: f32) -> (i1, i1, i1, i1, i1) {
  %si = arith.sitofp %i : i32 to f64
  %ui = arith.uitofp %u : i64 to f32
  %c = arith.constant 2147483648.0 : f64
  %m = arith.constant -0.0 : f64
  %inf = arith.constant 0x7F800000 : f32
  %big = arith.constant 1.8446744e19 : f32
  %0 = arith.cmpf oge, %si, %c : f64
  %1 = arith.cmpf ole, %si, %m : f64
  %2 = arith.cmpf olt, %ui, %inf : f32
  %3 = arith.cmpf ult, %ui, %big : f32
  %4 = arith.cmpf olt, %x, %inf : f32
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, i1
}
