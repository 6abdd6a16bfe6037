// Random func/arith module, seed 29.
func.func @f0(%arg0: tensor<0xf16>) -> (tensor<0xindex>, tensor<0xindex>, tensor<0xindex>) {
  %v0 = arith.constant dense<[]> : tensor<0xf16>
  %v1 = arith.divf %arg0, %v0 : tensor<0xf16>
  %v2 = arith.bitcast %arg0 : tensor<0xf16> to tensor<0xbf16>
  %v3 = arith.bitcast %arg0 : tensor<0xf16> to tensor<0xbf16>
  %v4 = arith.cmpf true, %v2, %v2 : tensor<0xbf16>
  %v5 = arith.divf %arg0, %v0 : tensor<0xf16>
  %v6 = arith.constant dense<-1.0> : tensor<0xbf16>
  %v7 = arith.subf %v3, %v6 fastmath<none> : tensor<0xbf16>
  %v8 = arith.index_castui %v4 : tensor<0xi1> to tensor<0xindex>
  %v9 = arith.index_castui %v8 : tensor<0xindex> to tensor<0xi1>
  %v10 = arith.divui %v8, %v8 : tensor<0xindex>
  %v11 = arith.bitcast %arg0 : tensor<0xf16> to tensor<0xbf16>
  %v12 = arith.index_castui %v4 : tensor<0xi1> to tensor<0xindex>
  %v13 = arith.constant dense<0x0080> : tensor<0xbf16>
  %v14 = arith.constant dense<0x0080> : tensor<0xbf16>
  %v15 = arith.divf %v13, %v14 : tensor<0xbf16>
  %v16 = arith.constant dense<[]> : tensor<0xf16>
  %v17 = arith.maxnumf %v1, %v16 : tensor<0xf16>
  %v18 = arith.constant dense<0x3C58> : tensor<0xbf16>
  %v19 = arith.cmpf uno, %v18, %v14 fastmath<arcp,afn> : tensor<0xbf16>
  return %v10, %v10, %v10 : tensor<0xindex>, tensor<0xindex>, tensor<0xindex>
}
func.func @f1(%arg0: tensor<3xindex>, %arg1: i32, %arg2: tensor<3xf64>) -> (tensor<3xf64>, i32) {
  %v0 = arith.shli %arg1, %arg1 overflow<none> : i32
  %v1 = arith.constant dense<[1, -6690114369596456906, -9223372036854775808]> : tensor<3xi64>
  %v2:2 = arith.mului_extended %v1, %v1 : tensor<3xi64>
  %v3 = arith.fptoui %arg2 : tensor<3xf64> to tensor<3xi64>
  %v4 = arith.remsi %v3, %v2#0 : tensor<3xi64>
  %v5 = arith.constant 524288 : i32
  %v6 = arith.addi %arg1, %v5 : i32
  %v7 = arith.addi %arg1, %v5 : i32
  %v8 = arith.constant 10 : i8
  %v9 = arith.constant 8 : i8
  %v10 = arith.cmpi sge, %v8, %v9 : i8
  %v11:2 = arith.mului_extended %v1, %v1 : tensor<3xi64>
  %v12 = arith.floordivsi %arg0, %arg0 : tensor<3xindex>
  %v13 = arith.maxui %v2#1, %v3 {tag = 1 : i64} : tensor<3xi64>
  %v14 = arith.constant dense<0x0000000000000000> : tensor<3xf64>
  %v15 = arith.constant dense<[0x7FF0000000000000, 0xBFF0000000000000, 0x7FF0000000000000]> : tensor<3xf64>
  %v16 = arith.maxnumf %v14, %v15 : tensor<3xf64>
  %v17 = arith.addi %arg1, %v5 : i32
  %v18:2 = arith.mului_extended %v1, %v1 : tensor<3xi64>
  %v19 = arith.cmpi sgt, %v6, %arg1 : i32
  %v20 = arith.maxsi %v19, %v10 : i1
  %v21 = arith.constant dense<[1.0, 0xFFF8000000000000, 0.1]> : tensor<3xf64>
  %v22 = arith.mulf %v21, %arg2 fastmath<nsz> : tensor<3xf64>
  %v23 = arith.addi %arg1, %v5 : i32
  %v24 = arith.constant 1 : i32
  %v25 = arith.select %v20, %v6, %v24 : i32
  %v26 = arith.minnumf %v22, %arg2 : tensor<3xf64>
  return %v22, %v25 : tensor<3xf64>, i32
}
func.func @f2(%arg0: vector<2x3xf64>) {
  %v0 = arith.remf %arg0, %arg0 fastmath<reassoc,contract> : vector<2x3xf64>
  %v1 = arith.constant true
  %v2 = arith.constant 0x80000000 : f32
  %v3 = arith.constant 0xBF800000 : f32
  %v4 = arith.select %v1, %v2, %v3 : f32
  %v5 = arith.select %v1, %v2, %v3 : f32
  %v6 = arith.constant false
  %v7 = arith.xori %v1, %v6 {tag = 0 : i64} : i1
  %v8 = arith.subf %arg0, %v0 fastmath<ninf> : vector<2x3xf64>
  %v9 = arith.constant false
  %v10 = arith.constant false
  %v11:2 = arith.mulsi_extended %v9, %v10 : i1
  %v12 = arith.constant false
  %v13 = arith.uitofp %v12 : i1 to tf32
  %v14 = arith.minsi %v6, %v6 : i1
  %v15 = arith.subf %v0, %v0 fastmath<fast> : vector<2x3xf64>
  %v16 = arith.constant true
  %v17 = arith.xori %v6, %v16 : i1
  %v18 = arith.xori %v17, %v16 : i1
  %v19 = arith.constant 0x3FE00 : tf32
  %v20 = arith.constant 0.5 : tf32
  %v21 = arith.mulf %v19, %v20 fastmath<nnan> : tf32
  %v22 = arith.constant true
  %v23 = arith.minui %v16, %v22 : i1
  %v24 = arith.constant dense<11> : vector<index>
  %v25 = arith.constant dense<0> : vector<index>
  %v26 = arith.xori %v24, %v25 : vector<index>
  %v27 = arith.divf %v0, %v15 fastmath<nnan> : vector<2x3xf64>
  return
}
