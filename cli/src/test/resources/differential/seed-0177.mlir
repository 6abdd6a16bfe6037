// Random func/arith module, seed 177.
func.func @f0(%arg0: i64, %arg1: f8E5M2, %arg2: f64, %arg3: tensor<2x2xi16>) -> (tensor<2x2xi16>, i64) {
  %v0 = arith.constant true
  %v1 = arith.remsi %v0, %v0 : i1
  %v2 = arith.constant dense<4> : tensor<2x2xi16>
  %v3 = arith.ceildivsi %v2, %arg3 : tensor<2x2xi16>
  %v4 = arith.constant false
  %v5 = arith.constant true
  %v6 = arith.ori %v4, %v5 : i1
  %v7:2 = arith.addui_extended %v2, %arg3 : tensor<2x2xi16>, tensor<2x2xi1>
  %v8 = arith.constant 4.0 : f8E5M2
  %v9 = arith.mulf %arg1, %v8 fastmath<arcp,afn> : f8E5M2
  %v10:2 = arith.mului_extended %arg0, %arg0 : i64
  %v11:2 = arith.addui_extended %v2, %arg3 : tensor<2x2xi16>, tensor<2x2xi1>
  %v12 = arith.select %v1, %v10#1, %v10#0 : i64
  return %v11#0, %v10#1 : tensor<2x2xi16>, i64
}
func.func @f1(%arg0: index, %arg1: tensor<3xf32>, %arg2: f32) -> i128 {
  %v0 = arith.constant 1.0 : f32
  %v1 = arith.mulf %arg2, %v0 fastmath<reassoc,contract> : f32
  %v2 = arith.constant 6 : index
  %v3 = arith.cmpi ult, %v2, %arg0 : index
  %v4 = arith.constant 0xBFF0000000000000 : f64
  %v5 = arith.cmpf ogt, %v4, %v4 fastmath<nsz> : f64
  %v6 = arith.constant dense<[0x007FFFFF, 2.0, 0x65E4FFB1]> : tensor<3xf32>
  %v7 = arith.maximumf %v6, %arg1 fastmath<reassoc,contract> : tensor<3xf32>
  %v8 = arith.constant 9223372036854775807 : i64
  %v9 = arith.constant -1 : i64
  %v10:2 = arith.addui_extended %v8, %v9 : i64, i1
  %v11 = arith.constant true
  %v12 = arith.select %v11, %v3, %v5 : i1
  %v13 = arith.constant 0x7FC00000 : f32
  %v14 = arith.divf %v0, %v13 fastmath<nnan,ninf> : f32
  %v15 = arith.constant 3.0 : f32
  %v16 = arith.bitcast %v15 : f32 to i32
  %v17 = arith.bitcast %arg2 : f32 to i32
  %v18 = arith.constant -1 : i32
  %v19 = arith.select %v5, %v18, %v17 : i32
  %v20 = arith.constant 100.0 : bf16
  %v21 = arith.fptoui %v20 : bf16 to i16
  %v22 = arith.index_cast %arg0 : index to i128
  %v23 = arith.constant 7 : i32
  %v24 = arith.extsi %v23 : i32 to i128
  %v25 = arith.constant dense<0xFC00> : vector<2xf16>
  %v26 = arith.negf %v25 : vector<2xf16>
  %v27 = arith.constant -21422 : i16
  %v28 = arith.cmpi sge, %v21, %v27 : i16
  %v29 = arith.constant true
  %v30 = arith.constant false
  %v31 = arith.select %v28, %v29, %v30 : i1
  return %v22 : i128
}
func.func @f2(%arg0: index, %arg1: tensor<3xindex>) -> (i64, tensor<2x2xi64>) {
  %v0 = arith.constant dense<13> : tensor<3xindex>
  %v1 = arith.cmpi eq, %v0, %arg1 : tensor<3xindex>
  %v2 = arith.constant 1 : i64
  %v3 = arith.constant 0x80 : f8E5M2
  %v4 = arith.constant -0.75 : f64
  %v5 = arith.constant dense<0> : tensor<2x2xi16>
  %v6:2 = func.call @f0(%v2, %v3, %v4, %v5) : (i64, f8E5M2, f64, tensor<2x2xi16>) -> (tensor<2x2xi16>, i64)
  %v7 = arith.shli %v2, %v6#1 : i64
  %v8 = arith.constant 0x182D8D1DEBE4C855 : f64
  %v9 = arith.constant 0x7FF8000000000000 : f64
  %v10 = arith.addf %v8, %v9 fastmath<fast> : f64
  %v11 = arith.constant dense<true> : tensor<3xi1>
  %v12 = arith.constant -2.5 : f64
  %v13 = arith.remf %v12, %v4 fastmath<fast> : f64
  %v14 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v15 = arith.constant dense<[false, true, true]> : tensor<3xi1>
  %v16 = arith.maxsi %v14, %v15 : tensor<3xi1>
  %v17 = arith.constant dense<[-3680778735428393623, 2584092851897438696, -1]> : tensor<3xindex>
  %v18 = arith.addi %v17, %arg1 overflow<nsw> : tensor<3xindex>
  %v19 = arith.constant 3 : i64
  %v20 = arith.andi %v7, %v19 : i64
  %v21 = arith.constant 10 : i64
  %v22 = arith.andi %v21, %v20 : i64
  %v23 = arith.constant dense<[[-1, 0], [1, -2]]> : tensor<2x2xi16>
  %v24 = arith.maxsi %v6#0, %v23 : tensor<2x2xi16>
  %v25 = arith.constant dense<[[7, 3], [-1, 5]]> : tensor<2x2xi16>
  %v26 = arith.ceildivsi %v25, %v24 : tensor<2x2xi16>
  %v27 = arith.constant 1.0 : f8E5M2
  %v28 = arith.cmpf ueq, %v3, %v27 fastmath<nsz> : f8E5M2
  %v29 = arith.constant true
  %v30 = arith.constant 7.0 : f64
  %v31 = arith.select %v29, %v13, %v30 : f64
  %v32 = arith.constant 0 : i64
  %v33 = arith.xori %v21, %v32 : i64
  %v34 = arith.remf %v9, %v13 : f64
  %v35 = arith.constant -1.0 : f64
  %v36 = arith.constant 0x8000000000000000 : f64
  %v37 = arith.cmpf oge, %v35, %v36 fastmath<fast> : f64
  %v38 = arith.constant 0xBC : f8E5M2
  %v39 = arith.cmpf ueq, %v27, %v38 : f8E5M2
  %v40 = arith.extsi %v26 : tensor<2x2xi16> to tensor<2x2xi64>
  %v41 = arith.extsi %v26 : tensor<2x2xi16> to tensor<2x2xi64>
  %v42 = arith.cmpi ne, %v40, %v41 : tensor<2x2xi64>
  %v43 = arith.constant dense<-1> : tensor<3xindex>
  %v44 = arith.cmpi uge, %arg1, %v43 : tensor<3xindex>
  %v45 = arith.constant 63 : i64
  %v46 = arith.divui %v6#1, %v45 : i64
  %v47 = arith.constant 0xFFF0000000000000 : f64
  %v48 = arith.cmpf ord, %v35, %v47 fastmath<nnan,ninf> : f64
  return %v46, %v40 : i64, tensor<2x2xi64>
}
