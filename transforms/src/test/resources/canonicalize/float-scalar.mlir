func.func @arith(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 0.1 : f32
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %a, %b : f32
  %2 = arith.mulf %a, %b : f32
  %3 = arith.divf %a, %b : f32
  %4 = arith.remf %a, %b : f32
  %5 = arith.addf %b, %x : f32
  %6 = arith.mulf %a, %x fastmath<fast> : f32
  %7 = arith.negf %a : f32
  %8 = arith.maximumf %a, %x : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, f32, f32, f32, f32, f32, f32
}
func.func @identities(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %z = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.addf %x, %z : f32
  %2 = arith.subf %x, %z : f32
  %3 = arith.subf %x, %nz : f32
  %4 = arith.mulf %x, %one : f32
  %5 = arith.mulf %x, %z fastmath<nnan,nsz> : f32
  %6 = arith.mulf %x, %z fastmath<nnan> : f32
  %7 = arith.divf %x, %one : f32
  %8 = arith.maximumf %x, %ninf : f32
  %9 = arith.minimumf %x, %pinf : f32
  %10 = arith.maxnumf %x, %nan : f32
  %11 = arith.minnumf %y, %y : f32
  %n = arith.negf %x : f32
  %12 = arith.negf %n : f32
  %13 = arith.addf %nz, %x : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
}
func.func @cmpf(%x: f32) -> (i1, i1, i1, i1, i1, i1) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 2.5 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.cmpf olt, %a, %b : f32
  %1 = arith.cmpf uge, %a, %b : f32
  %2 = arith.cmpf ult, %nan, %x : f32
  %3 = arith.cmpf oeq, %x, %nan : f32
  %4 = arith.cmpf ord, %a, %x : f32
  %5 = arith.cmpf true, %x, %x : f32
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}
func.func @casts() -> (f64, f16, f16, bf16, f32, i32, i8, i8, f32, i1, f16) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 0.1 : f32
  %i = arith.constant -7 : i32
  %u = arith.constant 200 : i8
  %big = arith.constant 3.0e9 : f32
  %t = arith.constant true
  %h = arith.constant 65504.0 : f32
  %0 = arith.extf %a : f32 to f64
  %1 = arith.truncf %a : f32 to f16
  %2 = arith.truncf %b : f32 to f16
  %3 = arith.truncf %a downward : f32 to bf16
  %4 = arith.sitofp %i : i32 to f32
  %5 = arith.fptosi %big : f32 to i32
  %6 = arith.fptoui %a : f32 to i8
  %7 = arith.fptosi %a : f32 to i8
  %8 = arith.uitofp %u : i8 to f32
  %9 = arith.fptoui %a : f32 to i1
  %10 = arith.truncf %h : f32 to f16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : f64, f16, f16, bf16, f32, i32, i8, i8, f32, i1, f16
}
