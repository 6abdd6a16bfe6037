// Random func/arith module, seed 13.
func.func @f0(%arg0: tensor<3xi16>, %arg1: vector<2xf64>) {
  %v0 = arith.constant dense<15> : tensor<3xi16>
  %v1 = arith.constant dense<16> : tensor<3xi16>
  %v2 = arith.ori %v0, %v1 : tensor<3xi16>
  %v3 = arith.ori %v0, %v1 : tensor<3xi16>
  %v4 = arith.ori %v1, %arg0 : tensor<3xi16>
  %v5 = arith.constant dense<15> : tensor<3xi16>
  %v6 = arith.shrsi %v5, %arg0 : tensor<3xi16>
  %v7 = arith.ori %v0, %v1 : tensor<3xi16>
  %v8 = arith.ori %v0, %v1 : tensor<3xi16>
  %v9 = arith.constant dense<[0xFE00, 0x8FA4, 0x7E00, -3.0e-05]> : vector<4xf16>
  %v10 = arith.constant dense<0x2B04> : vector<4xf16>
  %v11 = arith.cmpf oge, %v9, %v10 : vector<4xf16>
  %v12 = arith.constant dense<[100.0, 0.1]> : vector<2xf64>
  %v13 = arith.truncf %v12 fastmath<reassoc,contract> : vector<2xf64> to vector<2xf16>
  %v14 = arith.constant dense<true> : vector<2xi1>
  %v15 = arith.select %v14, %v12, %v12 : vector<2xi1>, vector<2xf64>
  %v16 = arith.constant 0xB8 : f8E4M3
  %v17 = arith.constant 1.0 : f8E4M3
  %v18 = arith.mulf %v16, %v17 : f8E4M3
  %v19 = arith.constant dense<1.0> : vector<2xf64>
  %v20 = arith.maximumf %v19, %arg1 : vector<2xf64>
  %v21 = arith.ori %v0, %v1 : tensor<3xi16>
  %v22 = arith.constant 0x44 : f8E4M3FNUZ
  %v23 = arith.constant 0x07 : f8E4M3FNUZ
  %v24 = arith.cmpf false, %v22, %v23 fastmath<nnan> : f8E4M3FNUZ
  %v25 = arith.constant dense<[true, true]> : vector<2xi1>
  %v26 = arith.uitofp %v25 : vector<2xi1> to vector<2xbf16>
  %v27 = arith.constant false
  %v28 = arith.constant 0xBF800000 : f32
  %v29 = arith.select %v27, %v28, %v28 : f32
  %v30 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v31 = arith.divf %arg1, %v30 : vector<2xf64>
  %v32 = arith.constant 10 : i64
  %v33 = arith.constant -9223372036854775808 : i64
  %v34 = arith.addi %v32, %v33 : i64
  %v35 = arith.subf %v30, %arg1 : vector<2xf64>
  %v36 = arith.constant dense<[true, true, false]> : tensor<3xi1>
  %v37 = arith.constant dense<[-1, -32768, -5]> : tensor<3xi16>
  %v38 = arith.select %v36, %v4, %v37 : tensor<3xi1>, tensor<3xi16>
  %v39 = arith.remsi %v38, %arg0 : tensor<3xi16>
  %v40 = arith.constant dense<-1.0> : vector<2xf64>
  %v41 = arith.mulf %v35, %v40 fastmath<fast> : vector<2xf64>
  %v42 = arith.constant dense<-1> : tensor<3xi16>
  %v43 = arith.xori %v39, %v42 : tensor<3xi16>
  %v44 = arith.xori %v43, %v42 : tensor<3xi16>
  return
}
func.func @f1(%arg0: vector<2x3xf64>) -> vector<2x3xi16> {
  %v0 = arith.constant 1 : i64
  %v1 = arith.constant 72057594037927936 : i64
  %v2:2 = arith.mulsi_extended %v0, %v1 : i64
  %v3:2 = arith.mulsi_extended %v0, %v1 : i64
  %v4 = arith.constant 262144 : i64
  %v5 = arith.xori %v4, %v1 : i64
  %v6 = arith.constant true
  %v7 = arith.constant -2.5 : bf16
  %v8 = arith.constant 0x7FC0 : bf16
  %v9 = arith.select %v6, %v7, %v8 : bf16
  %v10 = arith.fptoui %arg0 : vector<2x3xf64> to vector<2x3xi16>
  %v11 = arith.mulf %arg0, %arg0 : vector<2x3xf64>
  %v12 = arith.constant -1 : i64
  %v13 = arith.constant 63 : i64
  %v14 = arith.divui %v12, %v13 : i64
  %v15 = arith.xori %v1, %v4 : i64
  %v16 = arith.constant dense<-1> : vector<2x3xi16>
  %v17 = arith.maxsi %v16, %v10 : vector<2x3xi16>
  return %v17 : vector<2x3xi16>
}
func.func @f2(%arg0: f64) -> vector<4xi1> {
  %v0 = arith.constant dense<[-32768, -1]> : vector<2xi16>
  %v1:2 = arith.mului_extended %v0, %v0 : vector<2xi16>
  %v2 = arith.constant dense<-1> : vector<2xi16>
  %v3 = arith.addi %v1#0, %v2 overflow<nsw> : vector<2xi16>
  %v4 = arith.minimumf %arg0, %arg0 fastmath<nnan> : f64
  %v5 = arith.remsi %v2, %v1#1 : vector<2xi16>
  %v6 = arith.constant dense<0> : tensor<3xi16>
  %v7 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2xf64>
  func.call @f0(%v6, %v7) : (tensor<3xi16>, vector<2xf64>) -> ()
  %v9 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v10 = arith.remf %arg0, %v9 : f64
  %v11 = arith.sitofp %v3 : vector<2xi16> to vector<2xf64>
  %v12 = arith.fptosi %v11 : vector<2xf64> to vector<2xi16>
  %v13 = arith.cmpf uge, %v11, %v7 fastmath<nnan,ninf> : vector<2xf64>
  %v14 = arith.fptosi %v11 : vector<2xf64> to vector<2xi16>
  %v15 = arith.constant dense<[32767, -4, -32768]> : tensor<3xi16>
  %v16 = arith.muli %v6, %v15 overflow<nsw> : tensor<3xi16>
  %v17 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<4xf64>
  %v18 = arith.constant dense<0xF220E1EC2CE3869F> : vector<4xf64>
  %v19 = arith.cmpf one, %v17, %v18 : vector<4xf64>
  %v20 = arith.fptosi %v4 : f64 to i7
  %v21 = arith.minnumf %arg0, %v9 : f64
  %v22 = arith.addf %v9, %arg0 : f64
  %v23 = arith.cmpf one, %v17, %v18 : vector<4xf64>
  %v24 = arith.constant 1 : i7
  %v25 = arith.maxsi %v24, %v20 : i7
  %v26 = arith.shrsi %v20, %v24 : i7
  %v27 = arith.constant dense<-2147483648> : vector<4xi32>
  %v28 = arith.constant dense<2147483647> : vector<4xi32>
  %v29 = arith.cmpi eq, %v27, %v28 : vector<4xi32>
  %v30 = arith.maximumf %arg0, %v21 fastmath<nnan,ninf> : f64
  %v31 = arith.cmpf oge, %v21, %arg0 fastmath<reassoc,contract> : f64
  %v32 = arith.constant -9223372036854775808 : i64
  %v33 = arith.constant -9223372036854775808 : i64
  %v34:2 = arith.addui_extended %v32, %v33 : i64, i1
  %v35 = arith.shrsi %v20, %v24 : i7
  return %v29 : vector<4xi1>
}
