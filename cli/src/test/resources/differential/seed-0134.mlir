// Random func/arith module, seed 134.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: f4E2M1FN, %arg3: f8E4M3FN) -> (i1, i1) {
  %v0 = arith.constant dense<1> : tensor<3xi32>
  %v1 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  %v2 = arith.constant 0xFF80 : bf16
  %v3 = arith.maximumf %v2, %v2 : bf16
  %v4 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  %v5 = arith.constant dense<-1> : tensor<3xi32>
  %v6 = arith.xori %v0, %v5 : tensor<3xi32>
  %v7 = arith.xori %v6, %v5 : tensor<3xi32>
  %v8 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  %v9 = arith.constant false
  %v10 = arith.constant dense<-4> : tensor<3xi32>
  %v11 = arith.constant dense<-1987726985> : tensor<3xi32>
  %v12 = arith.select %v9, %v10, %v11 : tensor<3xi32>
  %v13 = arith.constant 0x38 : f8E4M3FN
  %v14 = arith.cmpf ult, %v13, %v13 fastmath<arcp,afn> : f8E4M3FN
  %v15 = arith.maximumf %v2, %v2 : bf16
  %v16 = arith.constant 2.0 : f4E2M1FN
  %v17 = arith.cmpf oge, %arg2, %v16 {tag = 1 : i64} : f4E2M1FN
  %v18 = arith.constant dense<-32768> : tensor<0xi16>
  %v19 = arith.constant dense<[]> : tensor<0xi16>
  %v20 = arith.select %v9, %v18, %v19 {tag = 1 : i64} : tensor<0xi16>
  %v21 = arith.minsi %v17, %v9 : i1
  %v22 = arith.sitofp %v17 : i1 to f32
  %v23 = arith.constant 0x00800000 : f32
  %v24 = arith.select %v17, %v23, %v22 : f32
  %v25 = arith.floordivsi %v21, %v9 : i1
  %v26 = arith.constant 3.0 : f64
  %v27 = arith.constant -1.0 : f64
  %v28 = arith.maximumf %v26, %v27 : f64
  %v29 = arith.constant 0x0000000000000000 : f64
  %v30 = arith.maximumf %v26, %v29 : f64
  %v31 = arith.constant false
  %v32 = arith.andi %v17, %v31 : i1
  %v33 = arith.andi %v17, %v31 : i1
  %v34 = arith.index_cast %v33 : i1 to index
  %v35 = arith.index_cast %v34 : index to i1
  %v36 = arith.bitcast %v0 : tensor<3xi32> to tensor<3xf32>
  return %v21, %v32 : i1, i1
}
func.func @f1(%arg0: index, %arg1: tensor<3xf64>) -> i1 {
  %v0 = arith.divsi %arg0, %arg0 exact : index
  %v1 = arith.constant dense<[0x0000000000000001, 2.0, 0x3FF0000000000000]> : tensor<3xf64>
  %v2 = arith.fptosi %v1 : tensor<3xf64> to tensor<3xi64>
  %v3 = arith.divsi %arg0, %arg0 exact : index
  %v4 = arith.cmpi ugt, %arg0, %v0 : index
  %v5 = arith.constant false
  %v6 = arith.remsi %v5, %v4 : i1
  %v7 = arith.cmpi ult, %v6, %v4 : i1
  %v8 = arith.constant true
  %v9 = arith.constant false
  %v10 = arith.select %v7, %v9, %v8 : i1
  return %v10 : i1
}
func.func @f2(%arg0: f8E4M3B11FNUZ) -> (i8, i1, i8) {
  %v0 = arith.constant 1.0e+10 : f32
  %v1 = arith.constant 0.0 : f32
  %v2 = arith.addf %v0, %v1 : f32
  %v3 = arith.fptosi %arg0 : f8E4M3B11FNUZ to i8
  %v4 = arith.constant 1 : i8
  %v5 = arith.constant 1 : i8
  %v6 = arith.remui %v4, %v5 : i8
  %v7 = arith.addf %v0, %v1 : f32
  %v8 = arith.constant 1 : i8
  %v9 = arith.andi %v8, %v3 : i8
  %v10 = arith.constant 1 : i8
  %v11 = arith.divui %v4, %v10 : i8
  %v12 = arith.cmpi eq, %v9, %v5 : i8
  %v13 = arith.select %v12, %v5, %v9 : i8
  %v14 = arith.shli %v9, %v3 : i8
  %v15 = arith.extsi %v6 : i8 to i64
  %v16 = arith.constant -1 : i64
  %v17 = arith.cmpi uge, %v15, %v16 {tag = 0 : i64} : i64
  %v18 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v19 = arith.constant 2.0 : f8E4M3B11FNUZ
  %v20 = arith.cmpf ogt, %v18, %v19 : f8E4M3B11FNUZ
  %v21 = arith.constant true
  %v22 = arith.constant false
  %v23 = arith.addi %v21, %v22 : i1
  %v24:2 = arith.mulsi_extended %v9, %v14 : i8
  return %v24#0, %v17, %v24#1 : i8, i1, i8
}
func.func @f3(%arg0: f64) -> i1 {
  %v0 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v1:3 = func.call @f2(%v0) : (f8E4M3B11FNUZ) -> (i8, i1, i8)
  %v2 = arith.constant false
  %v3 = arith.divui %v2, %v2 : i1
  %v4 = arith.constant -1.0 : f64
  %v5 = arith.minimumf %v4, %arg0 : f64
  %v6 = arith.minimumf %arg0, %v5 : f64
  %v7:3 = func.call @f2(%v0) : (f8E4M3B11FNUZ) -> (i8, i1, i8)
  %v8 = arith.extui %v7#2 : i8 to i64
  %v9 = arith.extui %v7#2 : i8 to i64
  %v10 = arith.cmpi uge, %v8, %v9 : i64
  %v11 = arith.fptoui %arg0 : f64 to i128
  %v12 = arith.minimumf %v5, %arg0 : f64
  %v13 = arith.bitcast %v1#0 : i8 to f8E5M2
  %v14 = arith.extui %v1#2 : i8 to i128
  %v15 = arith.constant 0x3FF0000000000000 : f64
  %v16 = arith.cmpf ole, %v15, %arg0 fastmath<nnan> : f64
  %v17 = arith.constant 4.0 : f8E5M2
  %v18 = arith.remf %v17, %v13 fastmath<none> : f8E5M2
  %v19 = arith.constant dense<-3.0e-05> : vector<f16>
  %v20 = arith.constant dense<100.0> : vector<f16>
  %v21 = arith.maximumf %v19, %v20 fastmath<ninf> : vector<f16>
  %v22 = arith.minimumf %v4, %arg0 : f64
  %v23 = arith.ceildivsi %v8, %v9 : i64
  %v24 = arith.constant true
  %v25 = arith.minui %v2, %v24 : i1
  %v26 = arith.constant 0xFFF0000000000000 : f64
  %v27 = arith.cmpf uno, %v26, %v22 fastmath<arcp,afn> : f64
  %v28 = arith.select %v27, %v22, %arg0 : f64
  %v29 = arith.remf %v17, %v13 fastmath<none> : f8E5M2
  %v30 = arith.constant 101 : i8
  %v31 = arith.floordivsi %v7#0, %v30 : i8
  %v32 = arith.cmpi slt, %v16, %v7#1 : i1
  %v33 = arith.andi %v14, %v11 : i128
  %v34 = arith.constant 64 : i64
  %v35 = arith.ori %v9, %v34 : i64
  return %v27 : i1
}
