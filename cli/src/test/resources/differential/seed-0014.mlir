// Random func/arith module, seed 14.
func.func @f0(%arg0: f8E4M3FN, %arg1: f8E8M0FNU, %arg2: vector<4xindex>) -> (i1, f8E8M0FNU) {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.bitcast %v0 : f32 to i32
  %v2 = arith.constant 1.0 : f8E4M3FN
  %v3 = arith.truncf %v2 fastmath<nnan> : f8E4M3FN to f6E3M2FN
  %v4 = arith.minnumf %arg1, %arg1 fastmath<nnan> : f8E8M0FNU
  %v5 = arith.constant 0 : i16
  %v6:2 = arith.mului_extended %v5, %v5 : i16
  %v7 = arith.constant 0x01 : f8E8M0FNU
  %v8 = arith.minimumf %v7, %v4 fastmath<none> : f8E8M0FNU
  %v9 = arith.constant 0x00 : f8E8M0FNU
  %v10 = arith.bitcast %v9 : f8E8M0FNU to i8
  %v11 = arith.constant 1.0e+10 : f128
  %v12 = arith.constant 1.0 : f128
  %v13 = arith.maximumf %v11, %v12 fastmath<nnan,ninf> : f128
  %v14 = arith.constant dense<-6> : vector<4xindex>
  %v15 = arith.cmpi uge, %arg2, %v14 : vector<4xindex>
  %v16 = arith.cmpf ult, %arg0, %v2 fastmath<arcp,afn> : f8E4M3FN
  %v17 = arith.minnumf %arg1, %arg1 fastmath<nnan> : f8E8M0FNU
  return %v16, %v8 : i1, f8E8M0FNU
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f64) -> f64 {
  %v0 = arith.constant -5 : i8
  %v1 = arith.extui %v0 : i8 to i64
  %v2 = arith.constant 1 : i64
  %v3 = arith.cmpi sle, %v1, %v2 : i64
  %v4 = arith.cmpi ne, %v3, %v3 : i1
  %v5 = arith.constant dense<0x7F7FFFFF> : vector<4xf32>
  %v6 = arith.maximumf %v5, %v5 : vector<4xf32>
  %v7 = arith.cmpi ne, %v3, %v3 : i1
  %v8 = arith.constant 9223372036854775807 : i64
  %v9 = arith.cmpi sgt, %v8, %v2 : i64
  %v10 = arith.constant 0x00 : f8E4M3FN
  %v11 = arith.constant 0xFF : f8E8M0FNU
  %v12 = arith.constant dense<8> : vector<4xindex>
  %v13:2 = func.call @f0(%v10, %v11, %v12) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (i1, f8E8M0FNU)
  %v14 = arith.constant false
  %v15 = arith.select %v14, %v7, %v7 : i1
  %v16 = arith.constant 100.0 : f8E8M0FNU
  %v17 = arith.fptosi %v16 : f8E8M0FNU to i7
  %v18 = arith.cmpi ne, %v3, %v3 : i1
  %v19 = arith.constant 32 : i8
  %v20 = arith.cmpi sge, %v19, %v0 : i8
  %v21 = arith.constant 0x38 : f8E4M3FN
  %v22 = arith.constant 0xFF : f8E8M0FNU
  %v23 = arith.constant dense<0> : vector<4xindex>
  %v24:2 = func.call @f0(%v21, %v22, %v23) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (i1, f8E8M0FNU)
  %v25 = arith.constant -9223372036854775808 : i64
  %v26 = arith.ceildivsi %v25, %v2 : i64
  %v27 = arith.fptoui %arg1 : f64 to i1
  %v28 = arith.fptoui %arg0 : f8E4M3FNUZ to i8
  %v29 = arith.maximumf %v10, %v21 : f8E4M3FN
  %v30 = arith.constant 0.5 : f64
  %v31 = arith.maximumf %v30, %arg1 : f64
  %v32 = arith.subf %arg1, %v31 fastmath<none> : f64
  return %v32 : f64
}
func.func @f2(%arg0: f16) -> (i64, i64) {
  %v0 = arith.constant dense<1> : tensor<0xi64>
  %v1 = arith.uitofp %v0 : tensor<0xi64> to tensor<0xf64>
  %v2 = arith.fptosi %v1 : tensor<0xf64> to tensor<0xi64>
  %v3 = arith.constant dense<0x43E48021AF1DF7D9> : tensor<0xf64>
  %v4 = arith.bitcast %v3 : tensor<0xf64> to tensor<0xi64>
  %v5 = arith.constant dense<[]> : tensor<0xi64>
  %v6 = arith.constant dense<[]> : tensor<0xi64>
  %v7 = arith.ceildivui %v5, %v6 : tensor<0xi64>
  %v8 = arith.fptoui %arg0 : f16 to i64
  %v9 = arith.constant 0 : i64
  %v10 = arith.minui %v8, %v9 : i64
  %v11 = arith.constant 64 : i64
  %v12 = arith.minui %v11, %v10 : i64
  %v13 = arith.constant false
  %v14 = arith.select %v13, %v11, %v9 : i64
  %v15 = arith.constant dense<[]> : tensor<0xi64>
  %v16 = arith.cmpi ugt, %v0, %v15 : tensor<0xi64>
  %v17 = arith.minui %v8, %v9 : i64
  %v18 = arith.minui %v10, %v9 : i64
  return %v18, %v18 : i64, i64
}
func.func @f3(%arg0: f8E4M3B11FNUZ) -> f8E4M3B11FNUZ {
  %v0 = arith.constant 0xE0 : f8E4M3FN
  %v1 = arith.constant 0x00 : f8E8M0FNU
  %v2 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v3:2 = func.call @f0(%v0, %v1, %v2) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (i1, f8E8M0FNU)
  %v4 = arith.constant true
  %v5 = arith.floordivsi %v3#0, %v4 : i1
  %v6 = arith.floordivsi %v3#0, %v4 : i1
  %v7 = arith.cmpf uge, %arg0, %arg0 {tag = 1 : i64} : f8E4M3B11FNUZ
  %v8 = arith.constant -0.75 : f8E8M0FNU
  %v9 = arith.minimumf %v3#1, %v8 fastmath<reassoc,contract> : f8E8M0FNU
  %v10 = arith.extsi %v4 : i1 to i64
  %v11 = arith.constant 13 : i64
  %v12 = arith.cmpi uge, %v10, %v11 {tag = 0 : i64} : i64
  %v13 = arith.constant 7.0 : f16
  %v14:2 = func.call @f2(%v13) : (f16) -> (i64, i64)
  %v15:2 = func.call @f0(%v0, %v1, %v2) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (i1, f8E8M0FNU)
  %v16 = arith.divf %v1, %v8 : f8E8M0FNU
  %v17 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v18 = arith.divf %arg0, %v17 fastmath<ninf> : f8E4M3B11FNUZ
  %v19 = arith.minsi %v14#0, %v11 : i64
  %v20 = arith.constant false
  %v21 = arith.divui %v7, %v20 exact : i1
  %v22 = arith.maxsi %v5, %v21 {tag = 1 : i64} : i1
  %v23 = arith.select %v15#0, %v18, %v17 : f8E4M3B11FNUZ
  %v24 = arith.divf %v1, %v8 {tag = 1 : i64} : f8E8M0FNU
  %v25 = arith.constant true
  %v26 = arith.select %v25, %arg0, %v18 : f8E4M3B11FNUZ
  %v27 = arith.constant true
  %v28 = arith.remsi %v27, %v21 {tag = 0 : i64} : i1
  %v29 = arith.constant 0xFC : f8E4M3FN
  %v30:2 = func.call @f0(%v29, %v8, %v2) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (i1, f8E8M0FNU)
  %v31 = arith.index_cast %v3#0 : i1 to index
  %v32 = arith.subf %v18, %v23 : f8E4M3B11FNUZ
  %v33 = arith.cmpi ne, %v31, %v31 : index
  %v34 = arith.constant 0xBC00 : f16
  %v35:2 = func.call @f2(%v34) : (f16) -> (i64, i64)
  %v36 = arith.constant 6313953899190848595 : i64
  %v37 = arith.constant 1 : i64
  %v38 = arith.select %v20, %v36, %v37 : i64
  return %v32 : f8E4M3B11FNUZ
}
