// Random func/arith module, seed 63.
func.func @f0(%arg0: vector<4xf64>) -> (vector<4xf64>, vector<4xf64>) {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2 = arith.shli %v0, %v1 : i1
  %v3 = arith.constant false
  %v4 = arith.shrsi %v0, %v3 : i1
  %v5 = arith.constant dense<-1.0> : vector<4xf64>
  %v6 = arith.constant dense<[7.0, 0x000FFFFFFFFFFFFF, -0.0, 0x0010000000000000]> : vector<4xf64>
  %v7 = arith.remf %v5, %v6 fastmath<nsz> : vector<4xf64>
  %v8 = arith.shli %v0, %v1 : i1
  %v9 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : vector<4xf64>
  %v10 = arith.bitcast %arg0 : vector<4xf64> to vector<4xi64>
  %v11 = arith.constant dense<-2147483648> : vector<2x3xi32>
  %v12 = arith.constant dense<-1> : vector<2x3xi32>
  %v13 = arith.andi %v11, %v12 : vector<2x3xi32>
  %v14 = arith.constant true
  %v15 = arith.constant 2 : i8
  %v16 = arith.select %v14, %v15, %v15 : i8
  %v17 = arith.constant dense<1> : vector<4xi64>
  %v18 = arith.constant dense<[1, -7, 1152921504606846976, 9223372036854775807]> : vector<4xi64>
  %v19 = arith.ceildivsi %v17, %v18 : vector<4xi64>
  %v20 = arith.index_castui %v10 : vector<4xi64> to vector<4xindex>
  %v21 = arith.constant dense<13> : vector<4xindex>
  %v22 = arith.select %v9, %v21, %v20 : vector<4xi1>, vector<4xindex>
  %v23 = arith.constant dense<0x0000000000000001> : vector<4xf64>
  %v24 = arith.mulf %v23, %v6 fastmath<arcp,afn> : vector<4xf64>
  %v25 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : vector<4xf64>
  %v26 = arith.divf %arg0, %arg0 : vector<4xf64>
  %v27 = arith.remf %v5, %v6 fastmath<nsz> : vector<4xf64>
  %v28 = arith.constant dense<[0x0010000000000000, 0x0000000000000001, 0xF0C8E94F1B7F8ADA, 0x8000000000000000]> : vector<4xf64>
  %v29 = arith.mulf %v23, %v28 : vector<4xf64>
  %v30 = arith.constant dense<0x0000000000000001> : vector<2x3xf64>
  %v31 = arith.constant dense<0.0> : vector<2x3xf64>
  %v32 = arith.remf %v30, %v31 fastmath<nnan,ninf> : vector<2x3xf64>
  %v33 = arith.cmpf ord, %v7, %v5 fastmath<nnan,ninf> : vector<4xf64>
  %v34 = arith.select %v14, %v19, %v10 : vector<4xi64>
  %v35 = arith.constant dense<[-2700677204597784269, 668085699788900551, 9]> : tensor<3xi64>
  %v36 = arith.constant dense<[-9223372036854775808, -9223372036854775808, -9223372036854775808]> : tensor<3xi64>
  %v37 = arith.xori %v35, %v36 : tensor<3xi64>
  %v38 = arith.select %v14, %v15, %v15 : i8
  %v39 = arith.bitcast %v26 : vector<4xf64> to vector<4xi64>
  %v40 = arith.constant dense<false> : vector<4xi1>
  %v41 = arith.select %v40, %v26, %arg0 : vector<4xi1>, vector<4xf64>
  return %v41, %v41 : vector<4xf64>, vector<4xf64>
}
func.func @f1(%arg0: i128, %arg1: tensor<2x2xi16>) -> (f6E3M2FN, vector<4xf64>, i1) {
  %v0 = arith.constant 0x3F80 : bf16
  %v1 = arith.cmpf uno, %v0, %v0 : bf16
  %v2 = arith.uitofp %arg0 : i128 to f6E2M3FN
  %v3 = arith.bitcast %v2 : f6E2M3FN to f6E3M2FN
  %v4 = arith.uitofp %arg0 : i128 to f6E2M3FN
  %v5 = arith.constant 0x3C : f6E2M3FN
  %v6 = arith.maxnumf %v5, %v2 fastmath<reassoc,contract> : f6E2M3FN
  %v7 = arith.constant 0x18 : f6E2M3FN
  %v8 = arith.cmpf ord, %v7, %v4 : f6E2M3FN
  %v9 = arith.constant 3.0 : f6E3M2FN
  %v10 = arith.maximumf %v3, %v9 : f6E3M2FN
  %v11 = arith.fptoui %v3 : f6E3M2FN to i32
  %v12 = arith.extui %v11 : i32 to i64
  %v13 = arith.extui %v11 : i32 to i64
  %v14 = arith.cmpi ult, %v12, %v13 : i64
  %v15 = arith.cmpf ule, %v6, %v5 : f6E2M3FN
  %v16 = arith.constant -1 : i32
  %v17 = arith.xori %v16, %v16 : i32
  %v18 = arith.maxnumf %v10, %v9 : f6E3M2FN
  %v19 = arith.maximumf %v3, %v9 : f6E3M2FN
  %v20 = arith.constant dense<[4.0, 0x3FF0000000000000, 0x8000000000000000, 100.0]> : vector<4xf64>
  %v21:2 = func.call @f0(%v20) : (vector<4xf64>) -> (vector<4xf64>, vector<4xf64>)
  %v22 = arith.sitofp %v15 : i1 to f64
  %v23 = arith.fptoui %v22 : f64 to i1
  %v24 = arith.maxsi %v15, %v14 : i1
  return %v19, %v21#1, %v14 : f6E3M2FN, vector<4xf64>, i1
}
func.func @f2(%arg0: tensor<2x2xf32>, %arg1: bf16, %arg2: i128, %arg3: f32) -> (vector<4xf64>, i1) {
  %v0 = arith.ori %arg2, %arg2 : i128
  %v1 = arith.cmpi eq, %v0, %v0 : i128
  %v2 = arith.constant 1 : i16
  %v3 = arith.uitofp %v2 : i16 to f32
  %v4 = arith.fptoui %v3 : f32 to i16
  %v5 = arith.constant false
  %v6 = arith.constant false
  %v7 = arith.select %v1, %v5, %v6 : i1
  %v8 = arith.index_castui %v0 : i128 to index
  %v9 = arith.uitofp %v2 : i16 to f32
  %v10 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v11:3 = func.call @f1(%arg2, %v10) : (i128, tensor<2x2xi16>) -> (f6E3M2FN, vector<4xf64>, i1)
  %v12 = arith.constant -1 : i16
  %v13 = arith.shrsi %v12, %v2 exact : i16
  %v14 = arith.constant 1 : i32
  %v15 = arith.bitcast %v14 : i32 to f32
  %v16 = arith.bitcast %v15 : f32 to i32
  %v17 = arith.constant 16384 : i128
  %v18 = arith.ceildivui %arg2, %v17 : i128
  %v19 = arith.constant 0 : i64
  %v20:2 = arith.mulsi_extended %v19, %v19 : i64
  %v21 = arith.remsi %v8, %v8 : index
  %v22 = arith.index_cast %v8 : index to i64
  %v23 = arith.remsi %arg2, %v17 : i128
  %v24 = arith.negf %v11#1 : vector<4xf64>
  %v25 = arith.constant true
  %v26 = arith.constant -1 : i32
  %v27 = arith.select %v25, %v26, %v14 : i32
  %v28 = arith.constant 0x7F80 : bf16
  %v29 = arith.select %v11#2, %v28, %v28 : bf16
  %v30 = arith.shrsi %v12, %v2 exact : i16
  %v31:2 = arith.mului_extended %v6, %v7 : i1
  return %v24, %v31#1 : vector<4xf64>, i1
}
func.func @f3(%arg0: vector<[4]xf64>) -> (i1, vector<[4]xf64>) {
  %v0 = arith.constant 1048576 : i64
  %v1 = arith.divsi %v0, %v0 exact : i64
  %v2 = arith.constant dense<0x0010000000000000> : vector<[4]xf64>
  %v3 = arith.maximumf %v2, %arg0 : vector<[4]xf64>
  %v4 = arith.constant -1 : i64
  %v5 = arith.trunci %v4 overflow<nsw, nuw> : i64 to i1
  %v6 = arith.minnumf %arg0, %v2 fastmath<nnan> : vector<[4]xf64>
  %v7 = arith.constant dense<100.0> : vector<[4]xf64>
  %v8 = arith.constant dense<0xFFF0000000000000> : vector<[4]xf64>
  %v9 = arith.cmpf oge, %v7, %v8 fastmath<ninf> : vector<[4]xf64>
  %v10 = arith.ceildivsi %v1, %v4 : i64
  %v11 = arith.constant false
  %v12 = arith.select %v5, %v5, %v11 : i1
  %v13 = arith.constant true
  %v14 = arith.select %v13, %v6, %arg0 : vector<[4]xf64>
  %v15 = arith.constant 3 : i64
  %v16 = arith.trunci %v15 overflow<nsw> : i64 to i1
  %v17 = arith.divsi %v0, %v0 exact : i64
  %v18 = arith.constant dense<0xFFF8000000000000> : vector<[4]xf64>
  %v19 = arith.constant dense<0xA85BEF220F64397B> : vector<[4]xf64>
  %v20 = arith.maxnumf %v18, %v19 : vector<[4]xf64>
  return %v12, %v14 : i1, vector<[4]xf64>
}
