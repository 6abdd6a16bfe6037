// Random func/arith module, seed 13.
func.func @f0(%arg0: vector<4xi16>, %arg1: tensor<3xf64>) -> tensor<3xi32> {
  %v0 = arith.constant dense<15> : vector<4xi16>
  %v1 = arith.constant dense<16> : vector<4xi16>
  %v2 = arith.ori %v0, %v1 : vector<4xi16>
  %v3 = arith.ori %v0, %v1 : vector<4xi16>
  %v4 = arith.ori %v1, %arg0 : vector<4xi16>
  %v5 = arith.constant dense<15> : vector<4xi16>
  %v6 = arith.shrsi %v5, %arg0 : vector<4xi16>
  %v7 = arith.ori %v0, %v1 : vector<4xi16>
  %v8 = arith.ori %v0, %v1 : vector<4xi16>
  %v9 = arith.constant dense<[[0xFE00, 0x8FA4, 0x7E00], [-3.0e-05, 0x0001, 0xF101]]> : vector<2x3xf16>
  %v10 = arith.constant dense<[[0x7C00, 0x3C00, 0x0400], [0x0400, 0x8000, 100.0]]> : vector<2x3xf16>
  %v11 = arith.cmpf ogt, %v9, %v10 : vector<2x3xf16>
  %v12 = arith.maximumf %arg1, %arg1 fastmath<fast> : tensor<3xf64>
  %v13 = arith.fptoui %arg1 : tensor<3xf64> to tensor<3xi32>
  %v14 = arith.minui %arg0, %v6 : vector<4xi16>
  %v15 = arith.ori %v0, %v1 : vector<4xi16>
  %v16 = arith.constant dense<[2, -32768, -1, 3]> : vector<4xi16>
  %v17 = arith.addi %v14, %v16 : vector<4xi16>
  %v18 = arith.constant dense<[1, -7, 32767, -1]> : vector<4xi16>
  %v19 = arith.addi %v17, %v18 : vector<4xi16>
  %v20 = arith.constant dense<0x0010000000000000> : tensor<3xf64>
  %v21 = arith.bitcast %v20 : tensor<3xf64> to tensor<3xi64>
  %v22 = arith.constant dense<-2147483648> : tensor<3xi32>
  %v23 = arith.subi %v13, %v22 : tensor<3xi32>
  %v24 = arith.constant 0 : i32
  %v25 = arith.constant -1 : i32
  %v26 = arith.shrsi %v24, %v25 : i32
  %v27 = arith.shrsi %v5, %arg0 : vector<4xi16>
  %v28 = arith.constant dense<-32768> : vector<4xi16>
  %v29 = arith.uitofp %v28 : vector<4xi16> to vector<4xf64>
  %v30 = arith.fptosi %v29 : vector<4xf64> to vector<4xi16>
  %v31 = arith.addi %v17, %v18 : vector<4xi16>
  %v32 = arith.extui %v22 : tensor<3xi32> to tensor<3xi64>
  %v33 = arith.fptoui %arg1 : tensor<3xf64> to tensor<3xi1>
  %v34 = arith.constant dense<[true, false, false]> : tensor<3xi1>
  %v35 = arith.select %v33, %v34, %v33 : tensor<3xi1>, tensor<3xi1>
  %v36 = arith.remsi %v4, %v27 : vector<4xi16>
  return %v23 : tensor<3xi32>
}
func.func @f1(%arg0: index) {
  %v0 = arith.constant -0.75 : f16
  %v1 = arith.maximumf %v0, %v0 fastmath<nnan> : f16
  %v2 = arith.constant 0x0001 : f16
  %v3 = arith.cmpf uno, %v0, %v2 : f16
  %v4 = arith.negf %v0 fastmath<fast> : f16
  %v5 = arith.constant dense<-3> : vector<4xi16>
  %v6 = arith.constant dense<[0x7FEFFFFFFFFFFFFF, 4.0, -0.75]> : tensor<3xf64>
  %v7 = func.call @f0(%v5, %v6) : (vector<4xi16>, tensor<3xf64>) -> tensor<3xi32>
  %v8 = arith.index_cast %arg0 : index to i128
  %v9 = func.call @f0(%v5, %v6) : (vector<4xi16>, tensor<3xf64>) -> tensor<3xi32>
  %v10 = arith.fptoui %v6 : tensor<3xf64> to tensor<3xi16>
  %v11 = arith.constant 0xFE00 : f16
  %v12 = arith.constant 0x48AB : f16
  %v13 = arith.subf %v11, %v12 fastmath<fast> : f16
  %v14 = arith.constant 0 : i128
  %v15 = arith.minsi %v8, %v14 : i128
  %v16 = arith.index_cast %arg0 : index to i33
  %v17 = arith.constant 0xEA5D : f16
  %v18 = arith.negf %v17 : f16
  %v19 = arith.negf %v18 : f16
  %v20 = arith.constant dense<0x7FF8000000000000> : tensor<3xf64>
  %v21 = arith.minnumf %v6, %v20 : tensor<3xf64>
  %v22 = arith.constant 8 : i128
  %v23 = arith.minui %v22, %v15 : i128
  %v24 = arith.extf %v0 fastmath<none> : f16 to f64
  %v25 = arith.minimumf %v20, %v6 fastmath<nnan> : tensor<3xf64>
  return
}
func.func @f2(%arg0: i1, %arg1: f32, %arg2: i64) -> f32 {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1:2 = arith.addui_extended %arg2, %v0 : i64, i1
  %v2 = arith.remsi %v0, %v1#0 : i64
  %v3 = arith.minimumf %arg1, %arg1 fastmath<fast> : f32
  %v4 = arith.constant 0.5 : f32
  %v5 = arith.fptoui %v4 : f32 to i16
  %v6 = arith.cmpf une, %arg1, %v4 : f32
  %v7 = arith.constant 0.1 : bf16
  %v8 = arith.constant 0x7F7F : bf16
  %v9 = arith.minnumf %v7, %v8 fastmath<arcp,afn> : bf16
  %v10 = arith.constant false
  %v11 = arith.ori %v6, %v10 : i1
  %v12 = arith.constant true
  %v13 = arith.ori %v12, %v11 : i1
  %v14 = arith.maximumf %v3, %arg1 : f32
  %v15 = arith.constant 1 : i64
  %v16 = arith.sitofp %v15 : i64 to f8E5M2FNUZ
  %v17 = arith.cmpi slt, %v11, %v12 : i1
  %v18 = arith.select %v17, %v11, %v12 : i1
  %v19 = arith.extsi %v17 : i1 to i64
  %v20 = arith.extsi %v17 : i1 to i64
  %v21 = arith.cmpi ne, %v19, %v20 : i64
  %v22 = arith.cmpf oeq, %v14, %v4 : f32
  %v23 = arith.negf %v4 : f32
  %v24 = arith.constant true
  %v25 = arith.muli %v24, %arg0 : i1
  %v26 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v27 = arith.subf %v26, %v26 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v28 = arith.subf %arg1, %v4 : f32
  return %v28 : f32
}
