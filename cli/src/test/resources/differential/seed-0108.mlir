// Random func/arith module, seed 108.
func.func @f0(%arg0: vector<2xf64>, %arg1: i33, %arg2: tensor<3xi8>, %arg3: vector<f16>) -> (f8E4M3, vector<2xf64>) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.shrui %v0, %v0 : i32
  %v2 = arith.shrui %v0, %v0 : i32
  %v3 = arith.constant -7 : i8
  %v4 = arith.sitofp %v3 : i8 to f6E2M3FN
  %v5 = arith.constant dense<[127, 127, 0]> : tensor<3xi8>
  %v6 = arith.subi %v5, %v5 overflow<none> : tensor<3xi8>
  %v7 = arith.constant dense<true> : tensor<0xi1>
  %v8 = arith.constant dense<-3.0e-05> : tensor<0xbf16>
  %v9 = arith.constant dense<[]> : tensor<0xbf16>
  %v10 = arith.select %v7, %v8, %v9 : tensor<0xi1>, tensor<0xbf16>
  %v11 = arith.constant dense<0x0000000000000000> : vector<2xf64>
  %v12 = arith.cmpf ugt, %arg0, %v11 : vector<2xf64>
  %v13 = arith.cmpf ugt, %arg0, %v11 : vector<2xf64>
  %v14 = arith.cmpi sle, %v13, %v12 : vector<2xi1>
  %v15 = arith.constant dense<-1.0> : vector<2xf64>
  %v16 = arith.maximumf %v15, %v11 fastmath<none> : vector<2xf64>
  %v17 = arith.cmpf ugt, %arg0, %v11 : vector<2xf64>
  %v18 = arith.fptosi %v15 : vector<2xf64> to vector<2xi8>
  %v19:2 = arith.addui_extended %arg2, %arg2 : tensor<3xi8>, tensor<3xi1>
  %v20 = arith.ceildivui %arg1, %arg1 : i33
  %v21 = arith.constant 0x07 : f8E4M3
  %v22 = arith.constant 0x08 : f8E4M3
  %v23 = arith.maximumf %v21, %v22 : f8E4M3
  %v24 = arith.constant dense<0x0788> : tensor<0xbf16>
  %v25 = arith.constant dense<[]> : tensor<0xbf16>
  %v26 = arith.remf %v24, %v25 : tensor<0xbf16>
  %v27 = arith.minui %v18, %v18 : vector<2xi8>
  %v28 = arith.constant dense<0.1> : vector<f16>
  %v29 = arith.cmpf olt, %arg3, %v28 fastmath<none> : vector<f16>
  %v30 = arith.constant dense<true> : vector<i1>
  %v31 = arith.remsi %v30, %v29 : vector<i1>
  %v32 = arith.mulf %arg0, %v11 : vector<2xf64>
  %v33 = arith.constant dense<0> : vector<2x3xi64>
  %v34 = arith.constant dense<[[1, -4, 1], [-2, 0, 8388608]]> : vector<2x3xi64>
  %v35:2 = arith.addui_extended %v33, %v34 : vector<2x3xi64>, vector<2x3xi1>
  %v36 = arith.cmpf ole, %arg3, %arg3 : vector<f16>
  %v37 = arith.remf %v24, %v25 : tensor<0xbf16>
  return %v23, %v32 : f8E4M3, vector<2xf64>
}
func.func @f1(%arg0: vector<4xf64>, %arg1: i1, %arg2: i32, %arg3: f8E5M2) -> (f8E4M3, i1) {
  %v0 = arith.constant -1929005685 : i32
  %v1 = arith.select %arg1, %arg2, %v0 : i32
  %v2 = arith.constant false
  %v3 = arith.constant 4.0 : f8E5M2
  %v4 = arith.select %v2, %v3, %arg3 : f8E5M2
  %v5 = arith.constant 1 : i33
  %v6 = arith.select %arg1, %v5, %v5 : i33
  %v7 = arith.muli %arg1, %v2 overflow<nsw> : i1
  %v8 = arith.constant true
  %v9 = arith.cmpi slt, %v2, %v8 : i1
  %v10 = arith.constant 1 : i32
  %v11 = arith.maxsi %v10, %arg2 : i32
  %v12 = arith.xori %v5, %v6 {tag = 1 : i64} : i33
  %v13 = arith.constant -3 : i32
  %v14 = arith.cmpi sge, %v1, %v13 : i32
  %v15 = arith.select %v2, %v3, %arg3 {tag = 0 : i64} : f8E5M2
  %v16 = arith.index_cast %v1 : i32 to index
  %v17 = arith.index_cast %v16 : index to i32
  %v18 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2xf64>
  %v19 = arith.constant dense<64> : tensor<3xi8>
  %v20 = arith.constant dense<0.1> : vector<f16>
  %v21:2 = func.call @f0(%v18, %v5, %v19, %v20) : (vector<2xf64>, i33, tensor<3xi8>, vector<f16>) -> (f8E4M3, vector<2xf64>)
  %v22 = arith.muli %v13, %v0 : i32
  %v23 = arith.constant true
  %v24 = arith.constant 0x07 : f8E4M3
  %v25 = arith.select %v23, %v24, %v21#0 : f8E4M3
  %v26 = arith.constant 0x08 : f8E4M3
  %v27 = arith.cmpf ult, %v26, %v21#0 : f8E4M3
  return %v21#0, %v8 : f8E4M3, i1
}
func.func @f2(%arg0: i32) -> (i1, tensor<0xi1>) {
  %v0 = arith.shrui %arg0, %arg0 : i32
  %v1 = arith.constant dense<0xFFF0000000000000> : vector<[4]xf64>
  %v2 = arith.negf %v1 : vector<[4]xf64>
  %v3 = arith.negf %v2 fastmath<ninf> : vector<[4]xf64>
  %v4 = arith.bitcast %arg0 : i32 to f32
  %v5 = arith.bitcast %arg0 : i32 to f32
  %v6 = arith.bitcast %arg0 : i32 to f32
  %v7 = arith.constant dense<false> : tensor<0xi1>
  %v8 = arith.constant dense<true> : tensor<0xi1>
  %v9 = arith.muli %v7, %v8 : tensor<0xi1>
  %v10 = arith.cmpi eq, %arg0, %v0 : i32
  %v11 = arith.constant dense<false> : tensor<0xi1>
  %v12 = arith.cmpi ne, %v7, %v11 : tensor<0xi1>
  %v13 = arith.constant 0x00000001 : f32
  %v14 = arith.cmpf uno, %v4, %v13 : f32
  %v15 = arith.constant dense<100.0> : vector<4xf64>
  %v16 = arith.constant 0x04 : f8E5M2
  %v17:2 = func.call @f1(%v15, %v14, %v0, %v16) : (vector<4xf64>, i1, i32, f8E5M2) -> (f8E4M3, i1)
  return %v17#1, %v12 : i1, tensor<0xi1>
}
func.func @f3(%arg0: i8) -> (i8, tensor<3xf16>) {
  %v0 = arith.minsi %arg0, %arg0 : i8
  %v1 = arith.minsi %arg0, %arg0 : i8
  %v2 = arith.shrui %arg0, %v0 : i8
  %v3 = arith.constant dense<0x3F80> : tensor<3xbf16>
  %v4 = arith.divf %v3, %v3 fastmath<ninf> : tensor<3xbf16>
  %v5 = arith.constant -93 : i8
  %v6 = arith.cmpi ne, %v5, %v0 : i8
  %v7 = arith.divf %v3, %v3 fastmath<ninf> : tensor<3xbf16>
  %v8 = arith.extf %v4 : tensor<3xbf16> to tensor<3xf32>
  %v9 = arith.divf %v3, %v3 fastmath<ninf> : tensor<3xbf16>
  %v10 = arith.fptoui %v9 : tensor<3xbf16> to tensor<3xi16>
  %v11 = arith.extf %v3 : tensor<3xbf16> to tensor<3xf64>
  %v12 = arith.constant dense<0x36FFF19732146664> : tensor<3xf64>
  %v13 = arith.fptoui %v12 : tensor<3xf64> to tensor<3xi32>
  %v14:2 = arith.mulsi_extended %arg0, %v2 : i8
  %v15 = arith.bitcast %v3 : tensor<3xbf16> to tensor<3xf16>
  %v16 = arith.addf %v11, %v11 : tensor<3xf64>
  %v17 = arith.shrui %arg0, %v0 : i8
  %v18 = arith.constant dense<0xEB11B676> : tensor<3xf32>
  %v19 = arith.cmpf ogt, %v18, %v18 fastmath<reassoc,contract> : tensor<3xf32>
  %v20 = arith.remsi %v14#1, %v5 : i8
  %v21 = arith.constant dense<-0.75> : tensor<2x2xbf16>
  %v22 = arith.bitcast %v21 : tensor<2x2xbf16> to tensor<2x2xi16>
  %v23 = arith.extf %v3 : tensor<3xbf16> to tensor<3xf64>
  %v24 = arith.constant dense<false> : tensor<3xi1>
  %v25 = arith.constant dense<false> : tensor<3xi1>
  %v26 = arith.subi %v24, %v25 : tensor<3xi1>
  %v27 = arith.ori %arg0, %v1 : i8
  %v28 = arith.constant 2125661510 : i32
  %v29:2 = func.call @f2(%v28) : (i32) -> (i1, tensor<0xi1>)
  return %v20, %v15 : i8, tensor<3xf16>
}
