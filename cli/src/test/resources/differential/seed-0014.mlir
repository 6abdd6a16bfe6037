// Random func/arith module, seed 14.
func.func @f0(%arg0: f8E3M4, %arg1: f32, %arg2: vector<2x3xindex>) -> vector<2x3xi1> {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg0, %arg0 : f8E3M4
  %v2 = arith.fptoui %arg0 : f8E3M4 to i1
  %v3 = arith.maxnumf %v1, %arg0 fastmath<nnan> : f8E3M4
  %v4 = arith.constant dense<-1608088893279650495> : vector<2x3xindex>
  %v5 = arith.cmpi ult, %arg2, %v4 : vector<2x3xindex>
  %v6 = arith.constant 1.0e+10 : f8E3M4
  %v7 = arith.maxnumf %v1, %v6 : f8E3M4
  %v8 = arith.constant dense<false> : vector<2x3xi1>
  %v9 = arith.minui %v8, %v8 : vector<2x3xi1>
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11:2 = arith.addui_extended %v10, %v5 : vector<2x3xi1>, vector<2x3xi1>
  %v12 = arith.negf %arg0 : f8E3M4
  %v13 = arith.subf %v7, %v7 fastmath<fast> : f8E3M4
  %v14 = arith.ceildivsi %v11#1, %v11#1 : vector<2x3xi1>
  return %v11#1 : vector<2x3xi1>
}
func.func @f1(%arg0: i64, %arg1: f32, %arg2: vector<4xf16>) -> i64 {
  %v0 = arith.constant 15 : i64
  %v1 = arith.cmpi sle, %arg0, %v0 : i64
  %v2 = arith.truncf %arg1 : f32 to f8E5M2FNUZ
  %v3 = arith.bitcast %v2 : f8E5M2FNUZ to f8E4M3FN
  %v4 = arith.constant 0x7C : f8E4M3FN
  %v5 = arith.constant 0x00 : f8E4M3FN
  %v6 = arith.cmpf ugt, %v4, %v5 : f8E4M3FN
  %v7 = arith.extsi %arg0 : i64 to i128
  %v8 = arith.constant true
  %v9 = arith.select %v8, %arg0, %arg0 : i64
  %v10 = arith.constant dense<0.5> : vector<4xf16>
  %v11 = arith.negf %v10 : vector<4xf16>
  %v12 = arith.constant 0xF8 : f8E4M3FN
  %v13 = arith.constant 3.0 : f8E4M3FN
  %v14 = arith.select %v8, %v12, %v13 : f8E4M3FN
  %v15 = arith.constant 10 : i8
  %v16 = arith.bitcast %v15 : i8 to f8E4M3FNUZ
  return %v9 : i64
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: vector<4xi1>, %arg2: vector<2x3xi16>) -> vector<2x3xi1> {
  %v0 = arith.constant dense<-1> : vector<2x3xi16>
  %v1 = arith.cmpi eq, %v0, %arg2 : vector<2x3xi16>
  %v2 = arith.constant 0x01 : f8E5M2FNUZ
  %v3 = arith.negf %v2 : f8E5M2FNUZ
  %v4 = arith.constant 0x7C : f8E5M2FNUZ
  %v5 = arith.cmpf ord, %v4, %arg0 fastmath<ninf> : f8E5M2FNUZ
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg0, %arg0 : f8E5M2FNUZ
  %v8 = arith.constant dense<[false, false, false, false]> : vector<4xi1>
  %v9 = arith.constant dense<false> : vector<4xi1>
  %v10 = arith.maxsi %v8, %v9 : vector<4xi1>
  %v11 = arith.cmpi eq, %v0, %arg2 : vector<2x3xi16>
  %v12 = arith.remf %arg0, %arg0 : f8E5M2FNUZ
  %v13 = arith.constant true
  %v14 = arith.extui %v13 : i1 to i33
  %v15 = arith.sitofp %arg1 : vector<4xi1> to vector<4xbf16>
  %v16 = arith.andi %v10, %arg1 : vector<4xi1>
  %v17 = arith.andi %v11, %v1 : vector<2x3xi1>
  %v18 = arith.shrui %v17, %v11 : vector<2x3xi1>
  %v19 = arith.select %v13, %v4, %v12 : f8E5M2FNUZ
  %v20 = arith.negf %v15 : vector<4xbf16>
  %v21 = arith.cmpi ule, %v13, %v6 : i1
  %v22 = arith.constant dense<[0x7FC0, -1.0, 0x8000, 0xBF80]> : vector<4xbf16>
  %v23 = arith.negf %v22 fastmath<nsz> : vector<4xbf16>
  %v24 = arith.minsi %v6, %v5 : i1
  %v25 = arith.uitofp %arg2 : vector<2x3xi16> to vector<2x3xf64>
  %v26 = arith.constant 0xE0 : f8E3M4
  %v27 = arith.constant 0x007FFFFF : f32
  %v28 = arith.constant dense<-9223372036854775808> : vector<2x3xindex>
  %v29 = func.call @f0(%v26, %v27, %v28) : (f8E3M4, f32, vector<2x3xindex>) -> vector<2x3xi1>
  %v30 = arith.mulf %v7, %v2 fastmath<ninf> : f8E5M2FNUZ
  %v31 = arith.cmpi eq, %v0, %arg2 : vector<2x3xi16>
  %v32 = arith.divui %v31, %v29 : vector<2x3xi1>
  return %v17 : vector<2x3xi1>
}
func.func @f3(%arg0: vector<4xf64>, %arg1: i64, %arg2: i32) -> (f8E5M2, f8E5M2) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.uitofp %v0 : i64 to f8E3M4
  %v2 = arith.constant 10 : i16
  %v3 = arith.constant 12 : i16
  %v4 = arith.shrui %v2, %v3 exact : i16
  %v5 = arith.constant 4 : i64
  %v6 = arith.ceildivsi %arg1, %v5 : i64
  %v7 = arith.uitofp %v0 : i64 to f8E3M4
  %v8 = arith.uitofp %arg1 : i64 to f8E5M2
  %v9 = arith.constant dense<2.0> : vector<4xf64>
  %v10 = arith.cmpf false, %arg0, %v9 fastmath<nnan,ninf> : vector<4xf64>
  %v11 = arith.uitofp %arg1 : i64 to f8E5M2
  %v12 = arith.constant 14 : i128
  %v13 = arith.constant 0 : i128
  %v14 = arith.andi %v12, %v13 : i128
  %v15 = arith.constant dense<0x3FF0000000000000> : vector<4xf64>
  %v16 = arith.cmpf olt, %arg0, %v15 fastmath<arcp,afn> : vector<4xf64>
  %v17 = arith.constant dense<[-2.5, -0.0, -2.5, -2.5]> : vector<4xf64>
  %v18 = arith.minnumf %v15, %v17 : vector<4xf64>
  %v19 = arith.constant 0x7F800000 : f32
  %v20 = arith.constant 0x00000000 : f32
  %v21 = arith.maximumf %v19, %v20 : f32
  %v22 = arith.muli %v12, %v13 overflow<nuw> : i128
  %v23 = arith.constant 127 : i128
  %v24 = arith.constant -1 : i128
  %v25 = arith.ori %v23, %v24 : i128
  %v26 = arith.constant 3.0 : f8E5M2
  %v27 = arith.minimumf %v26, %v8 : f8E5M2
  %v28 = arith.divf %v11, %v8 fastmath<nsz> : f8E5M2
  return %v28, %v28 : f8E5M2, f8E5M2
}
