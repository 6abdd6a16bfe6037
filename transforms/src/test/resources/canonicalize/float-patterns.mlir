func.func @cmpf_int(%i: i8, %u: i8, %w: i64, %j: i32) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %si = arith.sitofp %i : i8 to f32
  %ui = arith.uitofp %u : i8 to f32
  %wi = arith.sitofp %w : i64 to f32
  %ji = arith.sitofp %j : i32 to f16
  %c44 = arith.constant 4.4 : f32
  %cm44 = arith.constant -4.4 : f32
  %c4 = arith.constant 4.0 : f32
  %c300 = arith.constant 300.0 : f32
  %cm300 = arith.constant -300.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %c1e10 = arith.constant 1.0e10 : f32
  %h = arith.constant 2.0 : f16
  %0 = arith.cmpf olt, %si, %c44 : f32
  %1 = arith.cmpf oge, %si, %cm44 : f32
  %2 = arith.cmpf oeq, %si, %c44 : f32
  %3 = arith.cmpf une, %si, %c4 : f32
  %4 = arith.cmpf ult, %ui, %cm44 : f32
  %5 = arith.cmpf ugt, %ui, %c44 : f32
  %6 = arith.cmpf olt, %si, %c300 : f32
  %7 = arith.cmpf ogt, %si, %cm300 : f32
  %8 = arith.cmpf ord, %si, %c4 : f32
  %9 = arith.cmpf uno, %ui, %c4 : f32
  %10 = arith.cmpf olt, %si, %inf : f32
  %11 = arith.cmpf olt, %si, %nan : f32
  %12 = arith.cmpf olt, %wi, %c1e10 : f32
  %13 = arith.cmpf olt, %wi, %c4 : f32
  %14 = arith.cmpf ole, %ji, %h : f16
  %15 = arith.cmpf uge, %ui, %c44 : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}
func.func @chains(%x: f32, %h: f16, %i: i16, %u: i16, %b: bf16) -> (f32, f16, f16, f32, f16, f16, f16, f32) {
  %e = arith.extf %x : f32 to f64
  %0 = arith.truncf %e : f64 to f32
  %1 = arith.truncf %e : f64 to f16
  %eh = arith.extf %h : f16 to f32
  %2 = arith.truncf %eh : f32 to f16
  %t = arith.truncf %x fastmath<contract> : f32 to f16
  %3 = arith.extf %t fastmath<contract> : f16 to f32
  %si = arith.sitofp %i : i16 to f32
  %4 = arith.truncf %si : f32 to f16
  %ui = arith.uitofp %u : i16 to f32
  %5 = arith.truncf %ui : f32 to f16
  %6 = arith.truncf %si upward : f32 to f16
  %t2 = arith.truncf %x : f32 to f16
  %7 = arith.extf %t2 : f16 to f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f16, f16, f32, f16, f16, f16, f32
}
func.func @negations(%x: f32, %y: f32) -> (f32, f32, f32) {
  %nx = arith.negf %x : f32
  %ny = arith.negf %y : f32
  %0 = arith.mulf %nx, %ny fastmath<fast> : f32
  %1 = arith.divf %nx, %ny : f32
  %2 = arith.mulf %nx, %y : f32
  return %0, %1, %2 : f32, f32, f32
}
