// Where the ops float canonicalization patterns create are (printed with --mlir-print-debuginfo).
func.func @mulneg(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc("nx")
  %ny = arith.negf %y : f32 loc("ny")
  %r = arith.mulf %nx, %ny fastmath<nnan> : f32 loc("root")
  return %r : f32
}
func.func @divneg(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc("nx")
  %ny = arith.negf %y : f32 loc("ny")
  %r = arith.divf %nx, %ny : f32 loc("root")
  return %r : f32
}
func.func @mulsame(%x: f32) -> f32 {
  %nx = arith.negf %x : f32 loc("nx")
  %r = arith.mulf %nx, %nx : f32 loc("root")
  return %r : f32
}
func.func @mulsameloc(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc("same")
  %ny = arith.negf %y : f32 loc("same")
  %r = arith.mulf %nx, %ny : f32 loc("root")
  return %r : f32
}
func.func @mulunknown(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc(unknown)
  %ny = arith.negf %y : f32 loc("ny")
  %r = arith.mulf %nx, %ny : f32 loc(unknown)
  return %r : f32
}
func.func @mulfused(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc(fused["a", "b"])
  %ny = arith.negf %y : f32 loc(fused<"meta">["c", "d"])
  %r = arith.mulf %nx, %ny : f32 loc(fused["root", "a"])
  return %r : f32
}
func.func @divvec(%x: vector<4xf16>, %y: vector<4xf16>) -> vector<4xf16> {
  %nx = arith.negf %x : vector<4xf16> loc("f.mlir":3:4)
  %ny = arith.negf %y : vector<4xf16> loc(callsite("g" at "h"))
  %r = arith.divf %nx, %ny : vector<4xf16> loc("root"("f.mlir":9:1))
  return %r : vector<4xf16>
}
func.func @trunc(%i: i16, %u: i16) -> (f16, f16) {
  %si = arith.sitofp %i : i16 to f32 loc("si")
  %a = arith.truncf %si : f32 to f16 loc("ta")
  %ui = arith.uitofp %u : i16 to f32 loc("ui")
  %b = arith.truncf %ui fastmath<fast> : f32 to f16 loc("tb")
  return %a, %b : f16, f16
}
func.func @truncshared(%i: i16) -> (f16, bf16, f32) {
  %si = arith.sitofp %i : i16 to f32 loc("si")
  %a = arith.truncf %si : f32 to f16 loc("ta")
  %b = arith.truncf %si : f32 to bf16 loc("tb")
  return %a, %b, %si : f16, bf16, f32
}
func.func @cmp(%i: i8, %u: i8) -> (i1, i1, i1, i1, i1) {
  %si = arith.sitofp %i : i8 to f32 loc("si")
  %ui = arith.uitofp %u : i8 to f32 loc("ui")
  %c = arith.constant 4.4 : f32 loc("c")
  %c2 = arith.constant 300.0 : f32 loc("c2")
  %a = arith.cmpf olt, %si, %c : f32 loc("ca")
  %b = arith.cmpf ogt, %ui, %c : f32 loc("cb")
  %d = arith.cmpf olt, %si, %c2 : f32 loc("cd")
  %e = arith.cmpf ord, %si, %c : f32 loc("ce")
  %f = arith.cmpf oeq, %ui, %c : f32 loc("cf")
  return %a, %b, %d, %e, %f : i1, i1, i1, i1, i1
}
func.func @cmpvec(%i: vector<2xi8>) -> vector<2xi1> {
  %si = arith.sitofp %i : vector<2xi8> to vector<2xf32> loc("si")
  %c = arith.constant dense<4.0> : vector<2xf32> loc("c")
  %a = arith.cmpf olt, %si, %c : vector<2xf32> loc("ca")
  return %a : vector<2xi1>
}
func.func @cmpcommuted(%i: i8) -> i1 {
  %si = arith.sitofp %i : i8 to f32 loc("si")
  %c = arith.constant 4.0 : f32 loc("c")
  %a = arith.cmpf olt, %c, %si : f32 loc("ca")
  return %a : i1
}
func.func @chain(%x: f32, %y: f32, %i: i16) -> (f32, f16) {
  %nx = arith.negf %x : f32 loc("nx")
  %ny = arith.negf %y : f32 loc("ny")
  %m = arith.mulf %nx, %ny : f32 loc("m")
  %nm = arith.negf %m : f32 loc("nm")
  %r = arith.divf %nm, %nx : f32 loc("root")
  %si = arith.sitofp %i : i16 to f64 loc("si")
  %t1 = arith.truncf %si : f64 to f32 loc("t1")
  %t2 = arith.truncf %t1 : f32 to f16 loc("t2")
  return %r, %t2 : f32, f16
}
func.func @nested(%x: f32, %y: f32) -> f32 {
  %nx = arith.negf %x : f32 loc("nx")
  %ny = arith.negf %y : f32 loc("ny")
  %r = "foo.region"() ({
    %m = arith.mulf %nx, %ny : f32 loc("inner")
    "foo.yield"(%m) : (f32) -> ()
  }) : () -> f32 loc("region")
  return %r : f32
}
