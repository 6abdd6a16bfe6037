// Random func/arith module, seed 23.
func.func @f0(%arg0: vector<2xi32>, %arg1: vector<[4]xi32>) -> i16 {
  %v0 = arith.shrui %arg1, %arg1 : vector<[4]xi32>
  %v1 = arith.constant 0x00000000000000000000 : f80
  %v2 = arith.constant 7.0 : f80
  %v3 = arith.minimumf %v1, %v2 : f80
  %v4 = arith.constant 1.0e+10 : f80
  %v5 = arith.cmpf ule, %v4, %v3 : f80
  %v6 = arith.constant dense<2147483647> : vector<[4]xi32>
  %v7:2 = arith.addui_extended %v6, %arg1 : vector<[4]xi32>, vector<[4]xi1>
  %v8 = arith.constant dense<3> : vector<2xi32>
  %v9 = arith.divsi %arg0, %v8 : vector<2xi32>
  %v10 = arith.constant dense<true> : vector<[4]xi1>
  %v11 = arith.divui %v7#1, %v10 exact : vector<[4]xi1>
  %v12 = arith.constant dense<2147483647> : vector<[4]xi32>
  %v13 = arith.cmpi eq, %v7#0, %v12 : vector<[4]xi32>
  %v14 = arith.select %v13, %v12, %v7#0 : vector<[4]xi1>, vector<[4]xi32>
  %v15 = arith.divsi %arg0, %v9 exact : vector<2xi32>
  %v16 = arith.constant -7 : i8
  %v17 = arith.constant -128 : i8
  %v18:2 = arith.mului_extended %v16, %v17 : i8
  %v19 = arith.constant -2.5 : f80
  %v20 = arith.constant 0xBFFF0000000000000000 : f80
  %v21 = arith.subf %v19, %v20 fastmath<ninf> : f80
  %v22 = arith.shrui %arg1, %arg1 : vector<[4]xi32>
  %v23 = arith.constant dense<2147483647> : vector<2xi32>
  %v24 = arith.divsi %v15, %v23 : vector<2xi32>
  %v25 = arith.constant 1.0 : f80
  %v26 = arith.extf %v25 : f80 to f128
  %v27 = arith.constant -10657 : i16
  %v28 = arith.constant 512 : i16
  %v29 = arith.minsi %v27, %v28 : i16
  %v30 = arith.extui %v22 : vector<[4]xi32> to vector<[4]xi64>
  %v31 = arith.constant dense<64> : vector<[4]xi64>
  %v32 = arith.cmpi ugt, %v30, %v31 : vector<[4]xi64>
  %v33 = arith.constant -2.5 : f80
  %v34 = arith.negf %v33 : f80
  %v35 = arith.constant 0xFFFF8000000000000000 : f80
  %v36 = arith.subf %v35, %v33 : f80
  %v37 = arith.divsi %arg0, %v8 : vector<2xi32>
  return %v28 : i16
}
func.func @f1(%arg0: f8E4M3FN) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.remsi %v0, %v1 : i1
  %v3 = arith.constant true
  %v4 = arith.maxsi %v2, %v3 : i1
  %v5 = arith.constant false
  %v6 = arith.andi %v5, %v1 : i1
  %v7 = arith.constant true
  %v8 = arith.select %v1, %v3, %v7 : i1
  %v9 = arith.sitofp %v0 : i1 to f64
  %v10 = arith.fptosi %v9 : f64 to i1
  %v11 = arith.constant 1.0 : f8E4M3FN
  %v12 = arith.divf %arg0, %v11 : f8E4M3FN
  %v13 = arith.constant true
  %v14 = arith.muli %v10, %v13 : i1
  %v15 = arith.andi %v1, %v5 : i1
  %v16 = arith.constant 0x38 : f8E4M3FN
  %v17 = arith.divf %v16, %v12 : f8E4M3FN
  %v18 = arith.constant dense<[[0x8000000000000000, 0x0010000000000000, 0xFFF0000000000000], [0x0000000000000001, -1.0, -3.0e-05]]> : vector<2x3xf64>
  %v19 = arith.subf %v18, %v18 : vector<2x3xf64>
  %v20 = arith.constant true
  %v21 = arith.maxsi %v2, %v20 : i1
  %v22 = arith.constant true
  %v23 = arith.maxsi %v21, %v22 : i1
  return %v6 : i1
}
func.func @f2(%arg0: tensor<0xi32>, %arg1: i32, %arg2: index) -> (i128, tensor<0xi16>) {
  %v0 = arith.constant 1.0e+10 : f8E5M2
  %v1 = arith.subf %v0, %v0 fastmath<fast> : f8E5M2
  %v2 = arith.constant -32768 : i16
  %v3 = arith.constant -32768 : i16
  %v4 = arith.cmpi slt, %v2, %v3 : i16
  %v5 = arith.minsi %arg1, %arg1 : i32
  %v6 = arith.remsi %v5, %arg1 : i32
  %v7 = arith.constant 2147483648 : i32
  %v8 = arith.cmpi ne, %v6, %v7 : i32
  %v9 = arith.select %v8, %v7, %v6 : i32
  %v10 = arith.constant 0x80 : f8E5M2
  %v11 = arith.cmpf olt, %v0, %v10 fastmath<nnan,ninf> : f8E5M2
  %v12 = arith.cmpi sgt, %v7, %arg1 : i32
  %v13 = arith.cmpi ne, %v6, %v7 : i32
  %v14 = arith.constant false
  %v15 = arith.cmpi sge, %v14, %v12 : i1
  %v16 = arith.uitofp %v7 : i32 to f128
  %v17 = arith.extsi %v6 : i32 to i64
  %v18 = arith.constant 63 : i64
  %v19 = arith.cmpi ult, %v17, %v18 : i64
  %v20 = arith.constant 0x99DF99DB41C226E789561DDCFC348FE3 : f128
  %v21 = arith.negf %v20 : f128
  %v22 = arith.constant dense<0> : tensor<0xi16>
  %v23 = arith.constant dense<4> : tensor<0xi16>
  %v24 = arith.minsi %v22, %v23 : tensor<0xi16>
  %v25 = arith.constant dense<-2147483648> : tensor<0xi32>
  %v26:2 = arith.mulsi_extended %v25, %arg0 : tensor<0xi32>
  %v27:2 = arith.mulsi_extended %v17, %v17 : i64
  %v28 = arith.constant -8 : index
  %v29 = arith.index_castui %v28 : index to i8
  %v30 = arith.constant 3.0 : f8E5M2
  %v31 = arith.fptoui %v30 : f8E5M2 to i128
  return %v31, %v23 : i128, tensor<0xi16>
}
