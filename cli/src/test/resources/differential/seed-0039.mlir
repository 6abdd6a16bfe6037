// Random func/arith module, seed 39.
func.func @f0(%arg0: i64) -> i64 {
  %v0 = arith.constant 1673217289392174617 : i64
  %v1 = arith.uitofp %v0 : i64 to bf16
  %v2 = arith.constant 4986181392567180077 : i64
  %v3 = arith.trunci %v2 : i64 to i33
  %v4 = arith.constant 0x3F80 : bf16
  %v5 = arith.maxnumf %v1, %v4 fastmath<nsz> : bf16
  %v6 = arith.constant 5 : i64
  %v7 = arith.subi %arg0, %v6 : i64
  %v8:2 = arith.mulsi_extended %v2, %arg0 : i64
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.constant -936661679 : i32
  %v11 = arith.shli %v9, %v10 overflow<nuw> : i32
  %v12:2 = arith.mulsi_extended %v2, %arg0 : i64
  %v13 = arith.index_castui %v0 : i64 to index
  %v14 = arith.cmpi uge, %v11, %v10 : i32
  %v15 = arith.muli %v8#1, %v12#0 : i64
  %v16 = arith.constant -4 : index
  %v17 = arith.maxsi %v16, %v13 : index
  %v18 = arith.constant 3.0 : bf16
  %v19 = arith.constant -0.75 : bf16
  %v20 = arith.cmpf olt, %v18, %v19 fastmath<ninf> : bf16
  %v21 = arith.constant -4294967296 : i33
  %v22 = arith.andi %v3, %v21 : i33
  %v23 = arith.index_cast %v12#0 : i64 to index
  return %v12#1 : i64
}
func.func @f1(%arg0: index, %arg1: f32, %arg2: vector<2xf64>) -> index {
  %v0 = arith.ceildivui %arg0, %arg0 : index
  %v1 = arith.shrsi %arg0, %arg0 exact : index
  %v2 = arith.constant dense<-1.0> : vector<2xf64>
  %v3 = arith.cmpf ule, %arg2, %v2 fastmath<nnan,ninf> : vector<2xf64>
  %v4 = arith.constant 0x00800000 : f32
  %v5 = arith.negf %v4 : f32
  %v6 = arith.shrsi %arg0, %arg0 exact : index
  %v7 = arith.constant dense<0xFFF8000000000000> : vector<2xf64>
  %v8 = arith.addf %v7, %arg2 fastmath<nnan> : vector<2xf64>
  %v9 = arith.constant -6 : i64
  %v10 = func.call @f0(%v9) : (i64) -> i64
  %v11 = arith.constant 1 : index
  %v12 = arith.ori %v11, %v11 : index
  %v13 = arith.addf %v7, %arg2 fastmath<nnan> : vector<2xf64>
  %v14 = arith.constant dense<[0x0000000000000000, 100.0]> : vector<2xf64>
  %v15 = arith.fptoui %v14 : vector<2xf64> to vector<2xi64>
  %v16 = arith.constant 0 : i8
  %v17 = arith.addi %v16, %v16 : i8
  %v18 = arith.constant 140737488355328 : index
  %v19 = arith.shli %v18, %v11 : index
  %v20 = arith.constant 0x7FF0000000000000 : f64
  %v21 = arith.bitcast %v20 : f64 to i64
  %v22 = arith.minsi %v11, %v18 : index
  %v23 = arith.constant -3 : i64
  %v24 = arith.divui %v23, %v9 exact : i64
  %v25 = arith.addi %v16, %v16 : i8
  %v26 = arith.ori %v11, %v11 : index
  %v27 = arith.negf %v20 : f64
  %v28 = arith.addf %v7, %arg2 fastmath<nnan> : vector<2xf64>
  %v29 = arith.ceildivui %arg0, %arg0 : index
  %v30 = arith.negf %v4 : f32
  %v31 = arith.constant -4 : i64
  %v32 = arith.cmpi slt, %v31, %v9 : i64
  return %v11 : index
}
func.func @f2(%arg0: f64, %arg1: tensor<3xi64>) -> (f32, index, i128) {
  %v0 = arith.constant 15 : i8
  %v1 = arith.extui %v0 : i8 to i128
  %v2 = arith.extui %v0 : i8 to i128
  %v3 = arith.constant -4 : i128
  %v4 = arith.remsi %v3, %v1 : i128
  %v5 = arith.constant false
  %v6 = arith.constant -0.0 : f64
  %v7 = arith.select %v5, %v6, %arg0 : f64
  %v8 = arith.constant 0x7FF0000000000000 : f64
  %v9 = arith.maximumf %v7, %v8 : f64
  %v10 = arith.constant dense<16> : tensor<3xi64>
  %v11 = arith.remsi %v10, %arg1 : tensor<3xi64>
  %v12 = arith.constant -0.75 : f64
  %v13 = arith.maxnumf %v12, %arg0 fastmath<nnan,ninf> : f64
  %v14 = arith.truncf %v6 : f64 to f8E4M3FNUZ
  %v15 = arith.constant true
  %v16 = arith.select %v15, %arg1, %v11 : tensor<3xi64>
  %v17 = arith.constant 8 : index
  %v18 = arith.constant 0x7F800000 : f32
  %v19 = arith.constant dense<0.0> : vector<2xf64>
  %v20 = func.call @f1(%v17, %v18, %v19) : (index, f32, vector<2xf64>) -> index
  %v21 = arith.index_cast %v20 : index to i32
  %v22 = arith.negf %arg0 : f64
  %v23 = arith.divsi %v20, %v20 : index
  return %v18, %v20, %v4 : f32, index, i128
}
