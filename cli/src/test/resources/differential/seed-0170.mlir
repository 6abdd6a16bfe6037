// Random func/arith module, seed 170.
func.func @f0(%arg0: f6E2M3FN, %arg1: vector<2x3xbf16>, %arg2: i33) -> vector<2x3xbf16> {
  %v0 = arith.index_castui %arg2 {tag = 0 : i64} : i33 to index
  %v1 = arith.constant 0x07 : f6E2M3FN
  %v2 = arith.fptoui %v1 : f6E2M3FN to i33
  %v3 = arith.constant dense<-27612> : vector<[4]xi16>
  %v4 = arith.constant dense<-3> : vector<[4]xi16>
  %v5:2 = arith.addui_extended %v3, %v4 : vector<[4]xi16>, vector<[4]xi1>
  %v6 = arith.constant 1.0 : f6E2M3FN
  %v7 = arith.addf %v6, %v1 fastmath<none> : f6E2M3FN
  %v8 = arith.constant -9223372036854775808 : i64
  %v9 = arith.constant 9223372036854775807 : i64
  %v10:2 = arith.mului_extended %v8, %v9 : i64
  %v11 = arith.constant dense<0x0080> : vector<2x3xbf16>
  %v12 = arith.mulf %v11, %v11 : vector<2x3xbf16>
  %v13 = arith.mulf %v11, %v11 : vector<2x3xbf16>
  return %v12 : vector<2x3xbf16>
}
func.func @f1(%arg0: tf32, %arg1: i64, %arg2: i16, %arg3: vector<2xindex>) -> (vector<2xi1>, vector<2xi1>, vector<2xi1>) {
  %v0 = arith.constant 0 : i8
  %v1 = arith.extsi %v0 : i8 to i64
  %v2 = arith.constant 9 : i64
  %v3 = arith.cmpi sge, %v1, %v2 : i64
  %v4 = arith.constant 9223372036854775807 : index
  %v5 = arith.cmpi sgt, %v4, %v4 : index
  %v6 = arith.fptoui %arg0 : tf32 to i33
  %v7 = arith.constant dense<0> : vector<2xindex>
  %v8 = arith.index_castui %v7 : vector<2xindex> to vector<2xi1>
  %v9 = arith.constant -0.0 : tf32
  %v10 = arith.subf %v9, %v9 fastmath<nnan> : tf32
  %v11 = arith.constant 0 : i16
  %v12 = arith.cmpi ne, %v11, %arg2 : i16
  %v13 = arith.truncf %v9 fastmath<none> : tf32 to f8E3M4
  %v14 = arith.constant 15 : index
  %v15 = arith.andi %v4, %v14 : index
  %v16 = arith.constant 0x40000 : tf32
  %v17 = arith.constant 1.0 : tf32
  %v18 = arith.cmpf ole, %v16, %v17 : tf32
  %v19 = arith.subf %arg0, %v17 : tf32
  %v20 = arith.constant 0x3FBFF : tf32
  %v21 = arith.cmpf ult, %v20, %v19 : tf32
  %v22 = arith.cmpi ne, %v11, %arg2 : i16
  %v23 = arith.divsi %arg2, %arg2 : i16
  %v24 = arith.constant dense<1> : vector<2xindex>
  %v25 = arith.shrui %v24, %v24 : vector<2xindex>
  %v26 = arith.truncf %v9 fastmath<none> : tf32 to f8E3M4
  %v27 = arith.divf %arg0, %v19 : tf32
  %v28 = arith.constant dense<9223372036854775807> : vector<2xindex>
  %v29 = arith.cmpi sge, %arg3, %v28 : vector<2xindex>
  %v30 = arith.constant 0x38 : f6E2M3FN
  %v31 = arith.constant dense<0xFF80> : vector<2x3xbf16>
  %v32 = func.call @f0(%v30, %v31, %v6) : (f6E2M3FN, vector<2x3xbf16>, i33) -> vector<2x3xbf16>
  %v33 = arith.constant dense<0x7F80> : vector<2x3xbf16>
  %v34 = arith.cmpf une, %v32, %v33 : vector<2x3xbf16>
  %v35 = arith.constant dense<true> : vector<2xi1>
  %v36 = arith.divui %v29, %v35 : vector<2xi1>
  return %v36, %v36, %v36 : vector<2xi1>, vector<2xi1>, vector<2xi1>
}
func.func @f2(%arg0: i64) {
  %v0 = arith.constant -0.75 : tf32
  %v1 = arith.constant 0 : i64
  %v2 = arith.constant 2 : i16
  %v3 = arith.constant dense<11> : vector<2xindex>
  %v4:3 = func.call @f1(%v0, %v1, %v2, %v3) {tag = 1 : i64} : (tf32, i64, i16, vector<2xindex>) -> (vector<2xi1>, vector<2xi1>, vector<2xi1>)
  %v5 = arith.constant dense<false> : vector<2xi1>
  %v6 = arith.divsi %v4#0, %v5 : vector<2xi1>
  %v7 = arith.constant 0x00001 : tf32
  %v8 = arith.fptoui %v7 : tf32 to i128
  %v9 = arith.constant 1.0 : tf32
  %v10 = arith.divf %v0, %v9 : tf32
  %v11 = arith.divf %v0, %v9 : tf32
  %v12 = arith.constant 0x00001 : tf32
  %v13 = arith.cmpf ult, %v12, %v11 fastmath<reassoc,contract> : tf32
  %v14 = arith.extf %v0 : tf32 to f128
  %v15 = arith.constant 0x20 : f6E2M3FN
  %v16 = arith.constant dense<0x7FC0> : vector<2x3xbf16>
  %v17 = arith.constant 16 : i33
  %v18 = func.call @f0(%v15, %v16, %v17) : (f6E2M3FN, vector<2x3xbf16>, i33) -> vector<2x3xbf16>
  %v19 = arith.constant dense<7.0> : vector<2x3xbf16>
  %v20 = arith.maxnumf %v19, %v16 fastmath<nsz> : vector<2x3xbf16>
  return
}
