// Random func/arith module, seed 169.
func.func @f0(%arg0: i64, %arg1: i128) -> i64 {
  %v0 = arith.constant -1.0 : f16
  %v1 = arith.bitcast %v0 : f16 to bf16
  %v2 = arith.constant 0 : i128
  %v3 = arith.muli %arg1, %v2 {tag = 0 : i64} : i128
  %v4 = arith.constant false
  %v5 = arith.constant 0x7FF8000000000000 : f64
  %v6 = arith.constant 0xFFF0000000000000 : f64
  %v7 = arith.select %v4, %v5, %v6 : f64
  %v8 = arith.constant 0 : i128
  %v9 = arith.ori %v3, %v8 : i128
  %v10 = arith.constant 1 : i128
  %v11 = arith.ori %v9, %v10 : i128
  %v12 = arith.ori %v9, %v10 {tag = 1 : i64} : i128
  %v13 = arith.constant 9 : i64
  %v14 = arith.xori %arg0, %v13 : i64
  %v15 = arith.constant 7.0 : bf16
  %v16 = arith.constant 0x0001 : bf16
  %v17 = arith.cmpf ule, %v15, %v16 fastmath<nnan> : bf16
  %v18 = arith.ori %v3, %v8 : i128
  %v19 = arith.addf %v16, %v15 fastmath<reassoc,contract> : bf16
  %v20 = arith.remui %v11, %v12 : i128
  %v21 = arith.select %v4, %v5, %v6 : f64
  %v22 = arith.muli %arg1, %v2 {tag = 0 : i64} : i128
  %v23:2 = arith.addui_extended %v13, %v14 : i64, i1
  %v24 = arith.muli %v23#1, %v17 : i1
  %v25 = arith.shrui %arg0, %v14 : i64
  %v26 = arith.sitofp %arg1 : i128 to f8E5M2
  %v27 = arith.cmpi sgt, %v8, %v3 : i128
  %v28 = arith.constant 3 : i64
  %v29 = arith.ori %v25, %v28 : i64
  %v30 = arith.constant 9223372036854775807 : i64
  %v31 = arith.ori %v29, %v30 : i64
  return %v29 : i64
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: tensor<2x2xi16>) -> (tensor<2x2xi16>, i64) {
  %v0 = arith.divsi %arg1, %arg1 : tensor<2x2xi16>
  %v1 = arith.constant 1.0 : f8E4M3FNUZ
  %v2 = arith.constant 0.0 : f8E4M3FNUZ
  %v3 = arith.minimumf %v1, %v2 fastmath<nnan> : f8E4M3FNUZ
  %v4 = arith.constant 0x11849814 : f32
  %v5 = arith.subf %v4, %v4 : f32
  %v6 = arith.divsi %arg1, %arg1 : tensor<2x2xi16>
  %v7 = arith.divsi %arg1, %arg1 : tensor<2x2xi16>
  %v8 = arith.constant -2 : i128
  %v9 = arith.constant 1 : i128
  %v10 = arith.cmpi ne, %v8, %v9 : i128
  %v11 = arith.select %v10, %v9, %v8 : i128
  %v12 = arith.constant -9223372036854775808 : index
  %v13 = arith.cmpi sge, %v12, %v12 : index
  %v14 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v15 = arith.cmpi ule, %v14, %v6 : tensor<2x2xi16>
  %v16 = arith.cmpi ne, %v8, %v9 : i128
  %v17 = arith.constant -9223372036854775808 : i64
  %v18 = func.call @f0(%v17, %v9) {tag = 1 : i64} : (i64, i128) -> i64
  %v19 = arith.ceildivui %v18, %v17 : i64
  %v20 = arith.maximumf %v1, %v3 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v21 = arith.constant dense<16> : tensor<3xindex>
  %v22 = arith.constant dense<[65536, 3584853616378958671, 9223372036854775807]> : tensor<3xindex>
  %v23 = arith.subi %v21, %v22 : tensor<3xindex>
  %v24 = arith.floordivsi %v19, %v18 : i64
  %v25 = arith.constant dense<-7> : vector<[4]xi64>
  %v26 = arith.constant dense<9223372036854775807> : vector<[4]xi64>
  %v27 = arith.andi %v25, %v26 : vector<[4]xi64>
  %v28 = arith.constant dense<-1> : vector<[4]xi64>
  %v29 = arith.andi %v27, %v28 : vector<[4]xi64>
  %v30 = arith.ori %v7, %v0 {tag = 1 : i64} : tensor<2x2xi16>
  %v31 = arith.ori %v6, %v0 : tensor<2x2xi16>
  %v32 = arith.constant 0x38 : f8E4M3FNUZ
  %v33 = arith.minimumf %arg0, %v32 : f8E4M3FNUZ
  %v34 = arith.constant dense<[0.0, -3.0e-05, 0xFFF0000000000000, -1.0]> : vector<4xf64>
  %v35 = arith.bitcast %v34 : vector<4xf64> to vector<4xi64>
  %v36 = arith.constant 2.0 : f8E4M3FNUZ
  %v37 = arith.remf %arg0, %v36 : f8E4M3FNUZ
  return %v30, %v24 : tensor<2x2xi16>, i64
}
