// Random func/arith module, seed 84.
func.func @f0(%arg0: index, %arg1: vector<2x3xi64>, %arg2: i32, %arg3: vector<i1>) -> vector<2x3xindex> {
  %v0 = arith.constant false
  %v1 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v2 = arith.select %v0, %v1, %v1 : f8E4M3B11FNUZ
  %v3 = arith.select %v0, %v1, %v1 : f8E4M3B11FNUZ
  %v4 = arith.extsi %arg2 : i32 to i64
  %v5 = arith.extsi %arg2 : i32 to i64
  %v6 = arith.cmpi ult, %v4, %v5 : i64
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.constant 13 : index
  %v9 = arith.cmpi ult, %v7, %v8 : index
  %v10 = arith.index_cast %arg1 {tag = 1 : i64} : vector<2x3xi64> to vector<2x3xindex>
  %v11 = arith.index_cast %v10 : vector<2x3xindex> to vector<2x3xi64>
  %v12 = arith.remsi %arg2, %arg2 : i32
  %v13 = arith.cmpi ult, %v7, %v8 : index
  %v14 = arith.constant 65 : i64
  %v15 = arith.constant 6 : i64
  %v16 = arith.remui %v14, %v15 : i64
  %v17 = arith.shrsi %v4, %v5 : i64
  %v18 = arith.constant dense<-1> : vector<2x3xi64>
  %v19 = arith.remsi %arg1, %v18 : vector<2x3xi64>
  %v20 = arith.constant 65 : i64
  %v21 = arith.remui %v20, %v17 : i64
  %v22 = arith.maxsi %v10, %v10 : vector<2x3xindex>
  %v23 = arith.constant -1 : i16
  %v24 = arith.constant 0 : i16
  %v25 = arith.maxsi %v23, %v24 : i16
  %v26 = arith.constant 0xF8 : f8E4M3B11FNUZ
  %v27 = arith.mulf %v1, %v26 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v28 = arith.select %v0, %v1, %v1 : f8E4M3B11FNUZ
  %v29 = arith.extui %v5 : i64 to i128
  %v30 = arith.shrsi %v10, %v22 : vector<2x3xindex>
  %v31 = arith.index_cast %arg0 : index to i32
  %v32 = arith.constant 0.0 : f8E4M3B11FNUZ
  %v33 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v34 = arith.maxnumf %v32, %v33 fastmath<arcp,afn> : f8E4M3B11FNUZ
  %v35 = arith.constant 18014398509481984 : i64
  %v36 = arith.cmpi sle, %v16, %v35 : i64
  %v37 = arith.constant dense<0> : vector<2x3xi8>
  %v38 = arith.extsi %v37 : vector<2x3xi8> to vector<2x3xi64>
  %v39 = arith.constant dense<9> : vector<2x3xi8>
  %v40 = arith.extsi %v39 : vector<2x3xi8> to vector<2x3xi64>
  %v41 = arith.cmpi uge, %v38, %v40 : vector<2x3xi64>
  %v42 = arith.constant 0x08 : f8E4M3B11FNUZ
  %v43 = arith.cmpf ole, %v1, %v42 fastmath<arcp,afn> : f8E4M3B11FNUZ
  %v44 = arith.remui %v14, %v15 : i64
  return %v30 : vector<2x3xindex>
}
func.func @f1(%arg0: tensor<3xbf16>, %arg1: vector<4xbf16>, %arg2: i32, %arg3: i64) -> vector<4xi16> {
  %v0 = arith.constant 63 : i64
  %v1:2 = arith.mulsi_extended %arg3, %v0 : i64
  %v2 = arith.constant 33 : i32
  %v3 = arith.maxsi %v2, %arg2 : i32
  %v4 = arith.constant -9223372036854775808 : i64
  %v5 = arith.bitcast %v4 : i64 to f64
  %v6 = arith.bitcast %v5 : f64 to i64
  %v7 = arith.constant dense<0x0001> : vector<4xbf16>
  %v8 = arith.bitcast %v7 : vector<4xbf16> to vector<4xi16>
  %v9 = arith.constant dense<0x8000> : vector<[4]xbf16>
  %v10 = arith.constant dense<0xFB5D> : vector<[4]xbf16>
  %v11 = arith.cmpf ole, %v9, %v10 fastmath<nsz> : vector<[4]xbf16>
  %v12 = arith.constant -8 : i32
  %v13 = arith.cmpi sge, %v3, %v12 : i32
  return %v8 : vector<4xi16>
}
func.func @f2(%arg0: vector<2x3xi16>, %arg1: i32, %arg2: i128, %arg3: i32) -> (vector<2x3xi16>, vector<2x3xi64>) {
  %v0 = arith.bitcast %arg2 : i128 to f128
  %v1 = arith.trunci %arg1 : i32 to i16
  %v2 = arith.constant dense<[[32767, -1, 2048], [32767, -6, -1]]> : vector<2x3xi16>
  %v3 = arith.subi %arg0, %v2 : vector<2x3xi16>
  %v4 = arith.constant dense<1> : vector<2x3xi16>
  %v5 = arith.subi %v3, %v4 : vector<2x3xi16>
  %v6 = arith.uitofp %arg3 : i32 to f64
  %v7 = arith.fptoui %v6 : f64 to i32
  %v8 = arith.bitcast %arg2 : i128 to f128
  %v9 = arith.constant dense<0x0000> : vector<f16>
  %v10 = arith.minimumf %v9, %v9 : vector<f16>
  %v11 = arith.constant 11 : i32
  %v12 = arith.subi %v11, %arg3 overflow<nsw, nuw> : i32
  %v13 = arith.constant 0.0 : f8E4M3FNUZ
  %v14 = arith.constant 0x01 : f8E4M3FNUZ
  %v15 = arith.cmpf ule, %v13, %v14 fastmath<none> : f8E4M3FNUZ
  %v16 = arith.constant 0x007FFFFF : f32
  %v17 = arith.constant 0xBF800000 : f32
  %v18 = arith.cmpf ord, %v16, %v17 : f32
  %v19 = arith.subi %arg0, %v2 : vector<2x3xi16>
  %v20 = arith.cmpf one, %v6, %v6 : f64
  %v21 = arith.constant 0x8000000000000000 : f64
  %v22 = arith.cmpf false, %v21, %v6 fastmath<nnan,ninf> : f64
  %v23 = arith.constant 16 : index
  %v24 = arith.constant dense<14> : vector<2x3xi64>
  %v25 = arith.constant dense<true> : vector<i1>
  %v26 = func.call @f0(%v23, %v24, %arg3, %v25) : (index, vector<2x3xi64>, i32, vector<i1>) -> vector<2x3xindex>
  %v27 = arith.muli %v3, %v5 : vector<2x3xi16>
  %v28 = arith.constant true
  %v29 = arith.constant 0x1C : f6E2M3FN
  %v30 = arith.select %v28, %v29, %v29 : f6E2M3FN
  %v31 = arith.constant 1 : i64
  %v32 = arith.extsi %v31 : i64 to i128
  %v33 = arith.subi %v3, %v4 {tag = 1 : i64} : vector<2x3xi16>
  %v34 = arith.shli %v25, %v25 overflow<nsw, nuw> : vector<i1>
  %v35 = arith.constant false
  %v36 = arith.maxsi %v15, %v35 : i1
  %v37 = arith.constant true
  %v38 = arith.maxsi %v37, %v36 : i1
  return %v19, %v24 : vector<2x3xi16>, vector<2x3xi64>
}
