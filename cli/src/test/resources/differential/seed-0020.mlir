// Random func/arith module, seed 20.
func.func @f0(%arg0: index, %arg1: tensor<2x2xf16>, %arg2: f8E3M4) -> index {
  %v0 = arith.constant -1151275570 : i32
  %v1:2 = arith.mulsi_extended %v0, %v0 : i32
  %v2:2 = arith.mulsi_extended %v0, %v0 : i32
  %v3 = arith.andi %v2#0, %v1#1 : i32
  %v4 = arith.constant 7.0 : bf16
  %v5 = arith.negf %v4 : bf16
  %v6 = arith.negf %v5 : bf16
  %v7 = arith.constant 11 : index
  %v8 = arith.floordivsi %v7, %v7 : index
  %v9 = arith.constant 536870912 : index
  %v10 = arith.divui %arg0, %v9 exact : index
  %v11 = arith.constant 4194304 : i32
  %v12 = arith.constant 2147483648 : i32
  %v13 = arith.maxui %v11, %v12 : i32
  %v14 = arith.constant 3 : index
  %v15 = arith.cmpi sge, %v10, %v14 : index
  %v16 = arith.constant true
  %v17 = arith.constant false
  %v18 = arith.select %v15, %v17, %v16 : i1
  %v19 = arith.constant dense<-6> : vector<2x3xi64>
  %v20 = arith.constant dense<[[1, 6, 3], [2147483648, 65, 0]]> : vector<2x3xi64>
  %v21:2 = arith.mului_extended %v19, %v20 : vector<2x3xi64>
  %v22:2 = arith.mulsi_extended %v0, %v0 : i32
  %v23 = arith.bitcast %arg1 : tensor<2x2xf16> to tensor<2x2xi16>
  return %v10 : index
}
func.func @f1(%arg0: f16) -> (i32, i32, i32, i32) {
  %v0 = arith.constant 0xBC00 : f16
  %v1 = arith.cmpf true, %v0, %arg0 : f16
  %v2 = arith.addf %v0, %arg0 : f16
  %v3 = arith.fptosi %arg0 : f16 to i7
  %v4 = arith.cmpf true, %v0, %arg0 : f16
  %v5 = arith.minnumf %v2, %arg0 : f16
  %v6 = arith.cmpf true, %v0, %arg0 : f16
  %v7 = arith.constant true
  %v8 = arith.cmpi ult, %v6, %v7 : i1
  %v9 = arith.select %v8, %v6, %v7 : i1
  %v10 = arith.constant 576460752303423488 : i64
  %v11 = arith.extsi %v10 : i64 to i128
  %v12 = arith.constant -9223372036854775808 : i64
  %v13 = arith.cmpi ne, %v10, %v12 : i64
  %v14 = arith.constant true
  %v15 = arith.xori %v8, %v14 : i1
  %v16 = arith.xori %v15, %v14 : i1
  %v17 = arith.constant 9 : i64
  %v18 = arith.constant 9223372036854775807 : i64
  %v19 = arith.cmpi sgt, %v17, %v18 : i64
  %v20 = arith.constant 0x7BFF : f16
  %v21 = arith.maxnumf %v20, %v5 : f16
  %v22 = arith.remf %v2, %v0 : f16
  %v23 = arith.constant 4.0 : f8E3M4
  %v24 = arith.minnumf %v23, %v23 : f8E3M4
  %v25 = arith.constant false
  %v26 = arith.xori %v15, %v25 : i1
  %v27 = arith.constant true
  %v28 = arith.xori %v26, %v27 : i1
  %v29 = arith.fptoui %v22 : f16 to i32
  %v30 = arith.minsi %v29, %v29 : i32
  %v31 = arith.divf %v23, %v24 fastmath<reassoc,contract> : f8E3M4
  %v32 = arith.constant false
  %v33 = arith.floordivsi %v32, %v13 : i1
  %v34 = arith.floordivsi %v29, %v29 : i32
  return %v30, %v29, %v30, %v34 : i32, i32, i32, i32
}
func.func @f2(%arg0: i16, %arg1: tensor<0xi16>, %arg2: f64) {
  %v0 = arith.minimumf %arg2, %arg2 fastmath<nsz> : f64
  %v1 = arith.cmpi ne, %arg0, %arg0 : i16
  %v2 = arith.constant dense<[1.0e+10, 0.0, 0x3C00, 2.0]> : vector<4xf16>
  %v3 = arith.extf %v2 fastmath<nnan,ninf> : vector<4xf16> to vector<4xf64>
  %v4 = arith.minimumf %arg2, %arg2 fastmath<nsz> : f64
  %v5 = arith.constant 7 : i33
  %v6 = arith.trunci %v5 : i33 to i32
  %v7 = arith.constant dense<[[64, -4], [1, -5]]> : tensor<2x2xi64>
  %v8 = arith.constant dense<[[9223372036854775807, -2], [-8611598373939665268, 1]]> : tensor<2x2xi64>
  %v9:2 = arith.mului_extended %v7, %v8 : tensor<2x2xi64>
  %v10 = arith.constant 15 : i16
  %v11:2 = arith.addui_extended %arg0, %v10 : i16, i1
  %v12 = arith.constant -838643141 : i33
  %v13 = arith.minsi %v5, %v12 : i33
  %v14 = arith.constant 17 : i16
  %v15 = arith.subi %v14, %v11#0 : i16
  %v16 = arith.constant 0x0000FFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v17 = arith.mulf %v16, %v16 : f128
  %v18 = arith.constant 0x8000 : f16
  %v19:4 = func.call @f1(%v18) : (f16) -> (i32, i32, i32, i32)
  %v20 = arith.constant dense<7> : tensor<0xi16>
  %v21 = arith.ori %arg1, %v20 : tensor<0xi16>
  %v22 = arith.constant 14 : i16
  %v23 = arith.bitcast %v22 : i16 to f16
  %v24:2 = arith.mului_extended %v7, %v8 : tensor<2x2xi64>
  %v25 = arith.minimumf %arg2, %arg2 fastmath<nsz> : f64
  %v26 = arith.constant 16384 : index
  %v27 = arith.constant dense<0x7C00> : tensor<2x2xf16>
  %v28 = arith.constant 0x01 : f8E3M4
  %v29 = func.call @f0(%v26, %v27, %v28) : (index, tensor<2x2xf16>, f8E3M4) -> index
  %v30 = arith.constant 0xFE : f8E8M0FNU
  %v31 = arith.constant -0.0 : f8E8M0FNU
  %v32 = arith.mulf %v30, %v31 fastmath<nnan> : f8E8M0FNU
  return
}
func.func @f3(%arg0: vector<4xi16>, %arg1: f32, %arg2: f6E3M2FN) -> (i32, i1) {
  %v0 = arith.constant 0x3F800000 : f32
  %v1 = arith.cmpf oeq, %v0, %arg1 : f32
  %v2 = arith.constant true
  %v3 = arith.floordivsi %v2, %v1 : i1
  %v4 = arith.constant dense<-8> : vector<4xi16>
  %v5 = arith.remsi %v4, %arg0 : vector<4xi16>
  %v6 = arith.bitcast %arg1 : f32 to i32
  %v7 = arith.floordivsi %v2, %v1 : i1
  %v8 = arith.constant 0xBF800000 : f32
  %v9 = arith.cmpf oge, %arg1, %v8 : f32
  %v10 = arith.ceildivui %v6, %v6 : i32
  %v11 = arith.constant 811565176 : i32
  %v12 = arith.constant -1 : i32
  %v13 = arith.ori %v11, %v12 : i32
  return %v10, %v9 : i32, i1
}
