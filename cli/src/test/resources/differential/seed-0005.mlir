// Random func/arith module, seed 5.
func.func @f0(%arg0: i8) -> (i1, tensor<3xf64>) {
  %v0 = arith.constant true
  %v1 = arith.constant 0xF0 : f8E3M4
  %v2 = arith.select %v0, %v1, %v1 : f8E3M4
  %v3 = arith.constant true
  %v4 = arith.constant true
  %v5 = arith.ceildivui %v3, %v4 : i1
  %v6 = arith.constant 8 : i8
  %v7 = arith.ceildivsi %arg0, %v6 : i8
  %v8 = arith.ceildivui %v3, %v4 : i1
  %v9 = arith.cmpi ne, %arg0, %v7 : i8
  %v10 = arith.ceildivui %v3, %v4 : i1
  %v11 = arith.andi %v6, %v7 : i8
  %v12 = arith.constant 0xF8 : f8E3M4
  %v13 = arith.maxnumf %v12, %v1 fastmath<reassoc,contract> : f8E3M4
  %v14 = arith.negf %v2 fastmath<arcp,afn> : f8E3M4
  %v15 = arith.constant 0x8000000000000000 : f64
  %v16 = arith.constant -1.0 : f64
  %v17 = arith.remf %v15, %v16 fastmath<none> : f64
  %v18 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<3xf64>
  %v19 = arith.subf %v18, %v18 : tensor<3xf64>
  %v20 = arith.extsi %v9 : i1 to i64
  %v21 = arith.constant true
  %v22 = arith.extsi %v21 : i1 to i64
  %v23 = arith.cmpi ult, %v20, %v22 : i64
  %v24 = arith.ceildivui %v3, %v4 : i1
  %v25 = arith.cmpi ne, %arg0, %v7 : i8
  %v26 = arith.subi %v11, %v7 : i8
  %v27 = arith.ceildivsi %arg0, %v6 : i8
  %v28 = arith.remf %v15, %v16 fastmath<none> : f64
  %v29 = arith.constant 0x10 : f8E3M4
  %v30 = arith.maximumf %v29, %v2 fastmath<nnan> : f8E3M4
  %v31 = arith.constant 0x8000 : f16
  %v32 = arith.constant -1.0 : f16
  %v33 = arith.mulf %v31, %v32 fastmath<arcp,afn> : f16
  %v34 = arith.constant 0x7BFF : f16
  %v35 = arith.constant 0x9ADF : f16
  %v36 = arith.cmpf ord, %v34, %v35 fastmath<ninf> : f16
  %v37 = arith.constant 0x0001 : f16
  %v38 = arith.maximumf %v37, %v31 : f16
  %v39 = arith.subf %v18, %v18 : tensor<3xf64>
  %v40:2 = arith.addui_extended %v8, %v21 : i1, i1
  return %v25, %v39 : i1, tensor<3xf64>
}
func.func @f1(%arg0: f64, %arg1: i128, %arg2: tensor<3xf32>, %arg3: f32) -> (i16, i1, i1, i1) {
  %v0 = arith.constant 170141183460469231731687303715884105727 : i128
  %v1 = arith.shrui %v0, %arg1 : i128
  %v2 = arith.constant 0.0 : f32
  %v3 = arith.divf %arg3, %v2 fastmath<arcp,afn> : f32
  %v4 = arith.constant -128 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.extsi %v4 : i8 to i64
  %v7 = arith.cmpi ult, %v5, %v6 : i64
  %v8 = arith.constant 127 : i128
  %v9:2 = arith.addui_extended %arg1, %v8 : i128, i1
  %v10 = arith.constant false
  %v11 = arith.addi %v9#1, %v10 : i1
  %v12 = arith.extsi %v11 : i1 to i16
  %v13 = arith.trunci %v12 : i16 to i1
  %v14 = arith.remsi %v5, %v6 : i64
  %v15 = arith.constant 12 : i16
  %v16 = arith.remui %v12, %v15 : i16
  %v17 = arith.constant -9223372036854775808 : i64
  %v18:2 = arith.mului_extended %v17, %v17 : i64
  return %v16, %v11, %v11, %v11 : i16, i1, i1, i1
}
func.func @f2(%arg0: tensor<0xbf16>, %arg1: f64, %arg2: index, %arg3: tensor<2x2xf16>) -> (i1, i1, i1) {
  %v0 = arith.constant 14 : index
  %v1 = arith.muli %arg2, %v0 overflow<nsw> : index
  %v2 = arith.constant dense<[]> : tensor<0xi1>
  %v3 = arith.constant dense<0x7FC0> : tensor<0xbf16>
  %v4 = arith.select %v2, %arg0, %v3 : tensor<0xi1>, tensor<0xbf16>
  %v5 = arith.constant 8 : index
  %v6 = arith.constant 536870912 : index
  %v7 = arith.cmpi sge, %v5, %v6 : index
  %v8 = arith.constant true
  %v9 = arith.divui %v7, %v8 : i1
  %v10 = arith.constant 1 : i16
  %v11 = arith.sitofp %v10 : i16 to f32
  %v12 = arith.constant 9223372036854775807 : index
  %v13 = arith.cmpi ugt, %v12, %v6 : index
  %v14 = arith.divui %v7, %v8 : i1
  %v15 = arith.constant 0 : i16
  %v16 = arith.select %v8, %v10, %v15 : i16
  %v17 = arith.constant 0x153BB3D62F361ABD : f64
  %v18 = arith.fptosi %v17 : f64 to i33
  %v19 = arith.constant 2 : i16
  %v20 = arith.cmpi ult, %v15, %v19 : i16
  %v21 = arith.sitofp %v10 : i16 to f32
  %v22 = arith.extf %v3 : tensor<0xbf16> to tensor<0xf64>
  %v23 = arith.constant 0x01 : f8E8M0FNU
  %v24 = arith.constant 4.0 : f8E8M0FNU
  %v25 = arith.cmpf ule, %v23, %v24 fastmath<none> : f8E8M0FNU
  %v26 = arith.cmpi ult, %v15, %v19 : i16
  %v27 = arith.constant 1 : index
  %v28 = arith.maxsi %v0, %v27 : index
  %v29 = arith.constant 2199023255552 : index
  %v30 = arith.maxsi %v6, %v29 : index
  %v31 = arith.constant -7 : i16
  %v32 = arith.constant 32767 : i16
  %v33:2 = arith.addui_extended %v31, %v32 : i16, i1
  %v34 = arith.constant 0x8000000000000000 : f64
  %v35 = arith.maxnumf %arg1, %v34 fastmath<nnan> : f64
  %v36 = arith.constant 0xA25A5DAC78142B65 : f64
  %v37 = arith.constant 10 : i128
  %v38 = arith.constant dense<[4.0, 0x007FFFFF, 0.1]> : tensor<3xf32>
  %v39 = arith.constant 0xFFC00000 : f32
  %v40:4 = func.call @f1(%v36, %v37, %v38, %v39) : (f64, i128, tensor<3xf32>, f32) -> (i16, i1, i1, i1)
  %v41 = arith.xori %v1, %arg2 : index
  return %v40#1, %v40#2, %v26 : i1, i1, i1
}
func.func @f3(%arg0: i1, %arg1: i8, %arg2: f64, %arg3: vector<[4]xf64>) -> (i1, i1, f32) {
  %v0 = arith.constant true
  %v1 = arith.shli %arg0, %v0 : i1
  %v2 = arith.constant 10 : i32
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.minsi %v2, %v3 : i32
  %v5 = arith.constant 0x3F800000 : f32
  %v6 = arith.constant 0xFF800000 : f32
  %v7 = arith.maxnumf %v5, %v6 fastmath<reassoc,contract> : f32
  %v8 = arith.constant true
  %v9 = arith.shli %v8, %arg0 : i1
  %v10 = arith.constant dense<0x7FF8000000000000> : vector<[4]xf64>
  %v11 = arith.cmpf une, %arg3, %v10 : vector<[4]xf64>
  %v12:2 = arith.mulsi_extended %arg0, %v8 : i1
  %v13 = arith.constant dense<2147483647> : vector<[4]xi32>
  %v14 = arith.cmpi ult, %v13, %v13 : vector<[4]xi32>
  %v15 = arith.select %v14, %v13, %v13 : vector<[4]xi1>, vector<[4]xi32>
  %v16 = arith.constant 1.0 : f64
  %v17 = arith.mulf %arg2, %v16 fastmath<arcp,afn> : f64
  return %v12#1, %v8, %v7 : i1, i1, f32
}
