// Random func/arith module, seed 139.
func.func @f0(%arg0: f64, %arg1: i8) -> (i1, i1, i1, i1) {
  %v0 = arith.constant 3 : i8
  %v1 = arith.cmpi slt, %v0, %arg1 : i8
  %v2 = arith.constant -2 : i8
  %v3 = arith.cmpi uge, %arg1, %v2 : i8
  %v4:2 = arith.mului_extended %v2, %arg1 : i8
  %v5 = arith.divsi %v2, %v0 : i8
  %v6 = arith.constant true
  %v7 = arith.divsi %v1, %v6 : i1
  %v8 = arith.constant -1740432999559242467 : index
  %v9 = arith.constant -2123445944815018275 : index
  %v10 = arith.minsi %v8, %v9 : index
  %v11 = arith.constant 0x7FF0000000000000 : f64
  %v12 = arith.cmpf uno, %arg0, %v11 fastmath<fast> : f64
  return %v7, %v12, %v12, %v7 : i1, i1, i1, i1
}
func.func @f1(%arg0: i32, %arg1: i32) -> i32 {
  %v0 = arith.constant dense<0xB58A> : vector<bf16>
  %v1 = arith.constant dense<-3.0e-05> : vector<bf16>
  %v2 = arith.maxnumf %v0, %v1 : vector<bf16>
  %v3 = arith.constant dense<7.0> : vector<bf16>
  %v4 = arith.cmpf ule, %v1, %v3 : vector<bf16>
  %v5 = arith.constant 32 : i32
  %v6:2 = arith.addui_extended %v5, %arg0 : i32, i1
  %v7 = arith.cmpi ult, %v6#1, %v6#1 : i1
  %v8 = arith.select %v7, %v6#1, %v6#1 : i1
  %v9 = arith.constant -5 : i32
  %v10 = arith.divsi %arg0, %v9 exact : i32
  %v11 = arith.cmpi ult, %v6#1, %v6#1 : i1
  %v12:2 = arith.addui_extended %v5, %arg0 : i32, i1
  %v13 = arith.sitofp %v11 : i1 to f8E4M3B11FNUZ
  return %v12#0 : i32
}
func.func @f2(%arg0: i32) -> (i1, i1, i1) {
  %v0 = arith.constant 14 : i32
  %v1 = arith.minsi %v0, %arg0 : i32
  %v2 = arith.minsi %v0, %arg0 : i32
  %v3 = arith.constant -3 : i32
  %v4 = arith.cmpi uge, %v3, %v2 : i32
  %v5 = arith.xori %v4, %v4 : i1
  %v6 = arith.constant 1 : i32
  %v7 = arith.minsi %v6, %arg0 : i32
  %v8 = arith.constant 0x3F800000 : f32
  %v9 = arith.constant 0x7F7FFFFF : f32
  %v10 = arith.mulf %v8, %v9 fastmath<ninf> : f32
  %v11 = arith.constant 0xF8 : f8E3M4
  %v12 = arith.constant 100.0 : f8E3M4
  %v13 = arith.cmpf oeq, %v11, %v12 : f8E3M4
  %v14 = arith.xori %v4, %v4 : i1
  return %v14, %v14, %v14 : i1, i1, i1
}
func.func @f3(%arg0: f6E3M2FN, %arg1: vector<[4]xbf16>, %arg2: vector<i32>) -> (vector<[4]xbf16>, vector<[4]xbf16>) {
  %v0 = arith.constant 57160002984635028139665909504282069568 : i128
  %v1 = arith.maxui %v0, %v0 : i128
  %v2 = arith.negf %arg0 : f6E3M2FN
  %v3 = arith.constant 2.0 : f6E3M2FN
  %v4 = arith.constant 2.0 : f6E3M2FN
  %v5 = arith.minimumf %v3, %v4 : f6E3M2FN
  %v6 = arith.maxui %v0, %v0 : i128
  %v7 = arith.constant dense<1> : vector<i32>
  %v8 = arith.floordivsi %arg2, %v7 : vector<i32>
  %v9 = arith.constant dense<0x0000> : vector<[4]xbf16>
  %v10 = arith.maximumf %arg1, %v9 fastmath<reassoc,contract> : vector<[4]xbf16>
  return %arg1, %v10 : vector<[4]xbf16>, vector<[4]xbf16>
}
