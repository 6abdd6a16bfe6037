// Random func/arith module, seed 156.
func.func @f0(%arg0: f6E2M3FN, %arg1: i128) {
  %v0 = arith.constant 1 : i128
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i128
  %v2 = arith.constant 0x1C : f6E2M3FN
  %v3 = arith.maxnumf %v2, %v2 : f6E2M3FN
  %v4 = arith.cmpi sge, %v0, %v1#0 : i128
  %v5 = arith.constant 0x01 : f6E2M3FN
  %v6 = arith.subf %v2, %v5 : f6E2M3FN
  %v7 = arith.maxnumf %v2, %v2 : f6E2M3FN
  %v8 = arith.constant 100.0 : f80
  %v9 = arith.negf %v8 : f80
  %v10 = arith.negf %v9 : f80
  %v11 = arith.constant false
  %v12 = arith.shrsi %v11, %v4 exact : i1
  return
}
func.func @f1(%arg0: i64) -> (i1, f6E2M3FN, i64) {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.constant 100.0 : f32
  %v2 = arith.cmpf oeq, %v0, %v1 : f32
  %v3 = arith.constant 15 : i64
  %v4 = arith.maxsi %v3, %arg0 : i64
  %v5 = arith.constant true
  %v6 = arith.minsi %v2, %v5 : i1
  %v7 = arith.constant 0x00000000 : f32
  %v8 = arith.extf %v7 fastmath<nnan,ninf> : f32 to f64
  %v9 = arith.constant false
  %v10 = arith.constant false
  %v11 = arith.andi %v9, %v10 : i1
  %v12 = arith.constant true
  %v13 = arith.andi %v11, %v12 : i1
  %v14 = arith.constant 4 : index
  %v15 = arith.remui %v14, %v14 : index
  %v16 = arith.constant 0x2576694D : f32
  %v17 = arith.maxnumf %v7, %v16 fastmath<nnan> : f32
  %v18 = arith.constant 0xA897F1E6 : f32
  %v19 = arith.remf %v0, %v18 : f32
  %v20 = arith.constant 3.0 : f64
  %v21 = arith.constant 0.0 : f64
  %v22 = arith.subf %v20, %v21 : f64
  %v23 = arith.constant 100.0 : f6E2M3FN
  %v24 = arith.constant 11 : i128
  func.call @f0(%v23, %v24) : (f6E2M3FN, i128) -> ()
  %v26 = arith.index_cast %v14 : index to i128
  %v27 = arith.constant 1 : i64
  %v28 = arith.andi %v3, %v27 : i64
  %v29 = arith.constant 4.0 : f32
  %v30 = arith.remf %v0, %v29 : f32
  %v31 = arith.constant true
  %v32 = arith.constant 0 : i32
  %v33 = arith.select %v31, %v32, %v32 : i32
  %v34 = arith.truncf %v18 : f32 to f6E2M3FN
  %v35 = arith.extf %v23 fastmath<none> : f6E2M3FN to f8E5M2
  %v36 = arith.uitofp %v27 : i64 to f8E4M3
  %v37 = arith.constant -9223372036854775808 : i64
  %v38 = arith.cmpi ne, %v28, %v37 : i64
  %v39 = arith.constant -2.5 : f8E5M2
  %v40 = arith.fptoui %v39 : f8E5M2 to i7
  %v41 = arith.constant dense<-7> : tensor<2x2xindex>
  %v42 = arith.constant dense<[[2, 0], [11, 0]]> : tensor<2x2xindex>
  %v43 = arith.remsi %v41, %v42 : tensor<2x2xindex>
  %v44 = arith.cmpf uno, %v36, %v36 : f8E4M3
  return %v38, %v34, %v3 : i1, f6E2M3FN, i64
}
func.func @f2(%arg0: vector<bf16>) {
  %v0 = arith.constant dense<1.0e+10> : vector<bf16>
  %v1 = arith.constant dense<0x7F7F> : vector<bf16>
  %v2 = arith.cmpf ueq, %v0, %v1 : vector<bf16>
  %v3 = arith.constant dense<true> : vector<i1>
  %v4 = arith.constant dense<true> : vector<i1>
  %v5 = arith.maxsi %v3, %v4 : vector<i1>
  %v6 = arith.extsi %v3 : vector<i1> to vector<i64>
  %v7 = arith.extsi %v4 : vector<i1> to vector<i64>
  %v8 = arith.cmpi ugt, %v6, %v7 : vector<i64>
  %v9 = arith.maxsi %v4, %v3 : vector<i1>
  %v10 = arith.constant dense<0x7F80> : vector<bf16>
  %v11 = arith.minimumf %arg0, %v10 fastmath<nsz> : vector<bf16>
  %v12 = arith.extsi %v3 : vector<i1> to vector<i64>
  %v13 = arith.constant dense<1814324795> : vector<i32>
  %v14 = arith.cmpi ugt, %v13, %v13 : vector<i32>
  %v15 = arith.sitofp %v9 : vector<i1> to vector<f64>
  %v16 = arith.fptosi %v15 : vector<f64> to vector<i1>
  %v17 = arith.maxsi %v4, %v3 : vector<i1>
  %v18 = arith.constant dense<9223372036854775807> : vector<i64>
  %v19 = arith.constant dense<1> : vector<i64>
  %v20 = arith.ori %v18, %v19 : vector<i64>
  return
}
func.func @f3(%arg0: vector<f16>, %arg1: vector<2x3xf32>, %arg2: bf16, %arg3: f8E5M2FNUZ) -> (vector<f16>, vector<f16>) {
  %v0 = arith.constant 8589934592 : index
  %v1 = arith.constant -9223372036854775808 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.shli %v2, %v0 overflow<nsw> : index
  %v4 = arith.constant dense<[[-0.0, 0xB8DE985A, 0x7F7FFFFF], [0x3F800000, 0xBF800000, 0x3F800000]]> : vector<2x3xf32>
  %v5 = arith.cmpf ult, %arg1, %v4 : vector<2x3xf32>
  %v6 = arith.constant dense<[[false, true, false], [true, false, true]]> : vector<2x3xi1>
  %v7 = arith.ori %v6, %v5 : vector<2x3xi1>
  %v8 = arith.subi %v5, %v6 : vector<2x3xi1>
  %v9 = arith.xori %v8, %v5 : vector<2x3xi1>
  %v10 = arith.extui %v5 : vector<2x3xi1> to vector<2x3xi16>
  %v11 = arith.bitcast %arg0 : vector<f16> to vector<bf16>
  %v12 = arith.constant dense<0.1> : vector<f16>
  %v13 = arith.minimumf %arg0, %v12 : vector<f16>
  %v14 = arith.constant dense<0x0080> : vector<bf16>
  func.call @f2(%v14) : (vector<bf16>) -> ()
  %v16 = arith.divf %v13, %arg0 fastmath<arcp,afn> : vector<f16>
  func.call @f2(%v11) : (vector<bf16>) -> ()
  %v18 = arith.remsi %v10, %v10 : vector<2x3xi16>
  %v19 = arith.constant 0x00 : f8E5M2FNUZ
  %v20 = arith.remf %arg3, %v19 : f8E5M2FNUZ
  %v21 = arith.cmpf ord, %v14, %v11 : vector<bf16>
  %v22 = arith.maximumf %v16, %v12 fastmath<ninf> : vector<f16>
  %v23 = arith.xori %v5, %v8 : vector<2x3xi1>
  %v24 = arith.constant dense<-2.5> : vector<[4]xf16>
  %v25 = arith.fptoui %v24 : vector<[4]xf16> to vector<[4]xi64>
  return %v22, %v22 : vector<f16>, vector<f16>
}
