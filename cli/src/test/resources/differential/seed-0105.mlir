// Random func/arith module, seed 105.
func.func @f0(%arg0: i1) -> bf16 {
  %v0 = arith.constant false
  %v1 = arith.shli %v0, %arg0 overflow<none> : i1
  %v2 = arith.constant 63 : index
  %v3 = arith.maxui %v2, %v2 : index
  %v4 = arith.shrui %v2, %v2 : index
  %v5 = arith.divui %arg0, %v1 : i1
  %v6 = arith.constant 1.0 : bf16
  %v7 = arith.maxnumf %v6, %v6 : bf16
  %v8 = arith.constant true
  %v9 = arith.cmpi slt, %v0, %v8 : i1
  return %v7 : bf16
}
func.func @f1(%arg0: i16, %arg1: i64, %arg2: i7) -> i7 {
  %v0 = arith.constant 100.0 : f64
  %v1 = arith.maxnumf %v0, %v0 fastmath<arcp,afn> : f64
  %v2 = arith.constant false
  %v3 = func.call @f0(%v2) : (i1) -> bf16
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.andi %v4, %v5 : i1
  %v7 = arith.constant 0x92EC0E519B4AB021 : f64
  %v8 = arith.select %v5, %v7, %v0 : f64
  %v9 = arith.constant true
  %v10:2 = arith.mulsi_extended %v9, %v5 : i1
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.andi %v11, %v11 : i64
  %v13 = arith.constant dense<[-1, 16]> : vector<2xi8>
  %v14 = arith.extui %v13 : vector<2xi8> to vector<2xi64>
  %v15 = arith.constant dense<[0, -5]> : vector<2xi8>
  %v16 = arith.extui %v15 : vector<2xi8> to vector<2xi64>
  %v17 = arith.cmpi uge, %v14, %v16 : vector<2xi64>
  %v18 = arith.constant 0xFE : f8E5M2FNUZ
  %v19 = arith.cmpf ogt, %v18, %v18 : f8E5M2FNUZ
  %v20 = arith.extui %v13 : vector<2xi8> to vector<2xi64>
  %v21 = arith.constant dense<[0x8000, 0x7BFF, 4.0]> : tensor<3xf16>
  %v22 = arith.constant dense<0xBC00> : tensor<3xf16>
  %v23 = arith.mulf %v21, %v22 fastmath<fast> : tensor<3xf16>
  %v24 = arith.constant 0x7F7F : bf16
  %v25 = arith.cmpf one, %v24, %v3 : bf16
  %v26 = arith.minnumf %v3, %v3 fastmath<nsz> : bf16
  %v27 = arith.constant 4 : i7
  %v28 = arith.cmpi sge, %arg2, %v27 : i7
  %v29 = arith.fptosi %v24 : bf16 to i64
  %v30 = arith.constant 2 : i64
  %v31 = arith.ori %arg1, %v30 : i64
  %v32 = arith.constant -1637974269662547042 : i64
  %v33 = arith.ori %v31, %v32 : i64
  %v34 = arith.constant 0 : i7
  %v35 = arith.floordivsi %arg2, %v34 : i7
  %v36 = arith.constant -2.5 : bf16
  %v37 = arith.cmpf ult, %v26, %v36 fastmath<arcp,afn> : bf16
  %v38 = arith.cmpf olt, %v3, %v24 fastmath<fast> : bf16
  %v39 = arith.divf %v24, %v3 fastmath<ninf> : bf16
  %v40:2 = arith.mulsi_extended %v9, %v5 : i1
  return %v35 : i7
}
