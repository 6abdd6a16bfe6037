// Random func/arith module, seed 111.
func.func @f0(%arg0: i8, %arg1: index, %arg2: vector<2x3xi1>) {
  %v0 = arith.constant dense<-635552501> : tensor<3xi32>
  %v1 = arith.constant dense<-2147483648> : tensor<3xi32>
  %v2 = arith.xori %v0, %v1 : tensor<3xi32>
  %v3 = arith.constant dense<0x7F800000> : vector<f32>
  %v4 = arith.fptosi %v3 : vector<f32> to vector<i8>
  %v5 = arith.fptosi %v3 : vector<f32> to vector<i8>
  %v6 = arith.constant dense<true> : vector<2x3xi1>
  %v7 = arith.xori %v6, %v6 : vector<2x3xi1>
  %v8 = arith.xori %v7, %v6 : vector<2x3xi1>
  %v9 = arith.constant dense<1.0> : vector<f32>
  %v10 = arith.minimumf %v9, %v9 fastmath<arcp,afn> : vector<f32>
  %v11 = arith.constant 127 : i8
  %v12 = arith.shrsi %v11, %arg0 : i8
  %v13 = arith.constant dense<3.0> : vector<2xf32>
  %v14 = arith.constant dense<3.0> : vector<2xf32>
  %v15 = arith.cmpf ole, %v13, %v14 : vector<2xf32>
  %v16 = arith.constant dense<0.0> : vector<2xf32>
  %v17 = arith.maximumf %v13, %v16 fastmath<nnan> : vector<2xf32>
  %v18 = arith.constant dense<0.5> : vector<f32>
  %v19 = arith.maximumf %v3, %v18 : vector<f32>
  %v20 = arith.cmpi slt, %arg1, %arg1 : index
  %v21 = arith.constant true
  %v22 = arith.constant false
  %v23 = arith.select %v20, %v21, %v22 : i1
  %v24 = arith.xori %v0, %v1 : tensor<3xi32>
  return
}
func.func @f1(%arg0: f8E4M3) {
  %v0 = arith.constant 4294967295 : i33
  %v1 = arith.ori %v0, %v0 : i33
  %v2 = arith.constant dense<-1> : tensor<3xi8>
  %v3 = arith.constant dense<-128> : tensor<3xi8>
  %v4 = arith.andi %v2, %v3 : tensor<3xi8>
  %v5 = arith.cmpi sle, %v0, %v1 : i33
  %v6 = arith.andi %v2, %v3 : tensor<3xi8>
  %v7 = arith.ori %v0, %v0 : i33
  %v8 = arith.constant true
  %v9 = arith.remsi %v8, %v5 : i1
  %v10 = arith.constant 0 : i8
  %v11 = arith.constant 10 : index
  %v12 = arith.constant dense<[[true, true, true], [false, false, true]]> : vector<2x3xi1>
  func.call @f0(%v10, %v11, %v12) : (i8, index, vector<2x3xi1>) -> ()
  %v14 = arith.constant dense<0x7F7F> : tensor<3xbf16>
  %v15 = arith.constant dense<0x7F7F> : tensor<3xbf16>
  %v16 = arith.cmpf ule, %v14, %v15 fastmath<reassoc,contract> : tensor<3xbf16>
  %v17 = arith.ori %v0, %v0 : i33
  %v18 = arith.cmpi sle, %v0, %v1 : i33
  %v19 = arith.constant false
  %v20 = arith.constant 0x78 : f8E4M3
  %v21 = arith.constant 0x08 : f8E4M3
  %v22 = arith.select %v19, %v20, %v21 : f8E4M3
  %v23 = arith.constant 1 : i8
  %v24 = arith.remsi %v10, %v23 : i8
  %v25 = arith.remsi %v2, %v3 : tensor<3xi8>
  %v26 = arith.constant 33 : i33
  %v27 = arith.cmpi ne, %v26, %v7 : i33
  %v28 = arith.constant true
  %v29 = arith.constant false
  %v30 = arith.select %v27, %v29, %v28 : i1
  %v31 = arith.constant -8464294291548492091 : index
  %v32 = arith.index_castui %v31 : index to i128
  %v33 = arith.shli %v28, %v9 overflow<nuw> : i1
  %v34 = arith.extui %v33 : i1 to i64
  %v35 = arith.constant 4 : i64
  %v36 = arith.cmpi sge, %v34, %v35 : i64
  %v37 = arith.cmpf ule, %v14, %v15 fastmath<reassoc,contract> : tensor<3xbf16>
  %v38 = arith.shli %v28, %v9 overflow<nuw> : i1
  %v39 = arith.divsi %v2, %v6 : tensor<3xi8>
  %v40 = arith.constant 0 : i128
  %v41 = arith.shrui %v32, %v40 : i128
  %v42 = arith.constant 7.0 : f8E4M3
  %v43 = arith.addf %v20, %v42 : f8E4M3
  return
}
func.func @f2(%arg0: f64) -> f64 {
  %v0 = arith.maximumf %arg0, %arg0 : f64
  %v1 = arith.constant 8 : i8
  %v2 = arith.addi %v1, %v1 : i8
  %v3 = arith.addi %v1, %v1 : i8
  %v4 = arith.constant dense<-2.5> : vector<f32>
  %v5 = arith.addf %v4, %v4 fastmath<arcp,afn> : vector<f32>
  %v6 = arith.constant 0 : i8
  %v7 = arith.ori %v1, %v6 : i8
  %v8 = arith.constant 1 : i8
  %v9 = arith.minsi %v1, %v8 : i8
  %v10 = arith.constant 14 : i8
  %v11 = arith.extui %v10 : i8 to i64
  %v12 = arith.extui %v1 : i8 to i64
  %v13 = arith.cmpi sle, %v11, %v12 : i64
  %v14 = arith.subf %v0, %arg0 : f64
  %v15 = arith.constant 1 : i64
  %v16:2 = arith.mulsi_extended %v15, %v11 : i64
  %v17 = arith.constant 0 : i64
  %v18 = arith.constant 0 : i64
  %v19 = arith.cmpi eq, %v17, %v18 : i64
  %v20 = arith.constant dense<-2.5> : vector<f32>
  %v21 = arith.constant dense<0xEE09FDD2> : vector<f32>
  %v22 = arith.mulf %v20, %v21 : vector<f32>
  %v23 = arith.addf %v4, %v4 fastmath<arcp,afn> : vector<f32>
  %v24 = arith.constant 0x63107B58E4DFFC2E : f64
  %v25 = arith.minnumf %v14, %v24 : f64
  %v26 = arith.constant -1 : i64
  %v27 = arith.constant 9223372036854775807 : i64
  %v28 = arith.xori %v27, %v26 : i64
  %v29 = arith.xori %v28, %v26 : i64
  %v30 = arith.constant dense<[]> : tensor<0xbf16>
  %v31 = arith.fptosi %v30 : tensor<0xbf16> to tensor<0xi64>
  %v32 = arith.constant 0xFE00 : f16
  %v33 = arith.divf %v32, %v32 : f16
  %v34 = arith.constant true
  %v35 = arith.minsi %v19, %v34 : i1
  return %v25 : f64
}
