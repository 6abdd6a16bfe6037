// Random func/arith module, seed 117.
func.func @f0(%arg0: f64, %arg1: vector<2xi16>, %arg2: f16) -> (f64, f64, f64) {
  %v0 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : vector<2xi16>
  %v1 = arith.addf %arg0, %arg0 {tag = 1 : i64} : f64
  %v2 = arith.addf %arg0, %arg0 {tag = 1 : i64} : f64
  %v3 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : vector<2xi16>
  %v4 = arith.constant 0x7FC00000 : f32
  %v5 = arith.constant 7.0 : f32
  %v6 = arith.maximumf %v4, %v5 : f32
  %v7 = arith.addf %arg0, %v2 : f64
  %v8 = arith.constant 0.1 : f16
  %v9 = arith.divf %v8, %v8 fastmath<nnan> : f16
  %v10 = arith.addf %arg0, %arg0 : f64
  %v11 = arith.constant dense<0x0001> : vector<2xf16>
  %v12 = arith.bitcast %v11 : vector<2xf16> to vector<2xbf16>
  %v13 = arith.constant dense<-1> : vector<2xi16>
  %v14 = arith.divsi %v13, %v13 : vector<2xi16>
  %v15 = arith.constant -4 : i32
  %v16 = arith.constant -2147483648 : i32
  %v17 = arith.cmpi sge, %v15, %v16 : i32
  %v18 = arith.select %v17, %v15, %v16 : i32
  %v19 = arith.constant -2147483648 : i32
  %v20 = arith.cmpi sge, %v18, %v19 {tag = 0 : i64} : i32
  %v21 = arith.ori %v20, %v20 : i1
  return %v10, %v2, %v10 : f64, f64, f64
}
func.func @f1(%arg0: vector<2xindex>, %arg1: i16, %arg2: vector<4xf64>) -> (vector<4xi1>, vector<4xi1>) {
  %v0 = arith.constant dense<14> : vector<2xindex>
  %v1 = arith.constant dense<-9223372036854775808> : vector<2xindex>
  %v2 = arith.xori %v0, %v1 : vector<2xindex>
  %v3 = arith.constant dense<65536> : vector<2xindex>
  %v4 = arith.index_castui %v3 : vector<2xindex> to vector<2xi64>
  %v5 = arith.addf %arg2, %arg2 fastmath<arcp,afn> : vector<4xf64>
  %v6 = arith.negf %v5 fastmath<nsz> : vector<4xf64>
  %v7 = arith.constant 1 : i16
  %v8 = arith.floordivsi %arg1, %v7 {tag = 0 : i64} : i16
  %v9 = arith.cmpf oeq, %arg2, %arg2 fastmath<ninf> : vector<4xf64>
  %v10 = arith.constant 7 : i16
  %v11 = arith.cmpi slt, %arg1, %v10 : i16
  %v12 = arith.cmpi slt, %arg1, %v10 : i16
  %v13 = arith.cmpf uno, %arg2, %v6 : vector<4xf64>
  %v14 = arith.constant dense<[2.0, 0.0, 0x7FF8000000000000, 0x7FF0000000000000]> : vector<4xf64>
  %v15 = arith.divf %v14, %v5 fastmath<reassoc,contract> : vector<4xf64>
  %v16 = arith.constant dense<[2.0, 0x0089]> : vector<2xf16>
  %v17 = arith.cmpf oeq, %v16, %v16 fastmath<reassoc,contract> : vector<2xf16>
  %v18 = arith.constant dense<[[true, true], [false, true]]> : tensor<2x2xi1>
  %v19 = arith.constant dense<1> : tensor<2x2xi16>
  %v20 = arith.constant dense<16> : tensor<2x2xi16>
  %v21 = arith.select %v18, %v19, %v20 : tensor<2x2xi1>, tensor<2x2xi16>
  %v22 = arith.mulf %arg2, %v6 : vector<4xf64>
  %v23 = arith.constant dense<0x0010000000000000> : vector<4xf64>
  %v24 = arith.truncf %v23 : vector<4xf64> to vector<4xf16>
  %v25 = arith.constant 8 : i8
  %v26 = arith.extsi %v25 : i8 to i64
  %v27 = arith.constant -1 : i64
  %v28 = arith.cmpi eq, %v26, %v27 : i64
  return %v13, %v13 : vector<4xi1>, vector<4xi1>
}
func.func @f2(%arg0: tensor<2x2xi32>) -> (tensor<2x2xi1>, tensor<2x2xi1>, i16, vector<4xi1>) {
  %v0 = arith.constant 0x77 : f8E4M3FNUZ
  %v1 = arith.cmpf ule, %v0, %v0 : f8E4M3FNUZ
  %v2 = arith.index_cast %arg0 : tensor<2x2xi32> to tensor<2x2xindex>
  %v3 = arith.fptosi %v0 : f8E4M3FNUZ to i128
  %v4 = arith.constant 4 : i8
  %v5 = arith.constant -1 : i8
  %v6:2 = arith.mulsi_extended %v4, %v5 : i8
  %v7 = arith.constant 1.0 : f64
  %v8 = arith.constant dense<[-1, 64]> : vector<2xi16>
  %v9 = arith.constant 0xBCEF : f16
  %v10:3 = func.call @f0(%v7, %v8, %v9) : (f64, vector<2xi16>, f16) -> (f64, f64, f64)
  %v11 = arith.cmpi ne, %v2, %v2 : tensor<2x2xindex>
  %v12 = arith.constant 0x61 : f8E4M3FN
  %v13 = arith.constant 0x78 : f8E4M3FN
  %v14 = arith.mulf %v12, %v13 : f8E4M3FN
  %v15 = arith.constant dense<[-9223372036854775808, -9223372036854775808]> : vector<2xindex>
  %v16 = arith.constant 14 : i16
  %v17 = arith.constant dense<-0.75> : vector<4xf64>
  %v18:2 = func.call @f1(%v15, %v16, %v17) : (vector<2xindex>, i16, vector<4xf64>) -> (vector<4xi1>, vector<4xi1>)
  %v19 = arith.index_cast %arg0 : tensor<2x2xi32> to tensor<2x2xindex>
  %v20 = arith.constant dense<[[10, 33554432], [7, -2]]> : tensor<2x2xi32>
  %v21 = arith.minsi %arg0, %v20 : tensor<2x2xi32>
  %v22 = arith.constant dense<[[10, 0], [2147483647, 32]]> : tensor<2x2xi32>
  %v23 = arith.cmpi ne, %v22, %v21 : tensor<2x2xi32>
  %v24 = arith.minui %v8, %v8 : vector<2xi16>
  %v25 = arith.addf %v10#2, %v10#0 : f64
  %v26 = arith.constant -5 : i16
  %v27 = arith.constant dense<[2.0, 1.0, 0xBFF0000000000000, 7.0]> : vector<4xf64>
  %v28:2 = func.call @f1(%v15, %v26, %v27) : (vector<2xindex>, i16, vector<4xf64>) -> (vector<4xi1>, vector<4xi1>)
  %v29 = arith.extui %v26 : i16 to i128
  %v30 = arith.constant -0.75 : f64
  %v31 = arith.maxnumf %v7, %v30 : f64
  %v32 = arith.constant 39611428804051945648393608418953588623 : i128
  %v33 = arith.shrui %v29, %v32 : i128
  %v34 = arith.constant dense<[[false, true], [false, true]]> : tensor<2x2xi1>
  %v35 = arith.constant dense<false> : tensor<2x2xi1>
  %v36 = arith.minui %v34, %v35 : tensor<2x2xi1>
  %v37 = arith.fptoui %v30 : f64 to i33
  %v38 = arith.cmpi slt, %v34, %v23 : tensor<2x2xi1>
  return %v36, %v38, %v26, %v28#1 : tensor<2x2xi1>, tensor<2x2xi1>, i16, vector<4xi1>
}
