// Random func/arith module, seed 132.
func.func @f0(%arg0: i33, %arg1: i1) -> (i1, i1, tensor<2x2xi1>) {
  %v0 = arith.constant 0x07 : f8E4M3FNUZ
  %v1 = arith.select %arg1, %v0, %v0 : f8E4M3FNUZ
  %v2 = arith.maxnumf %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant dense<1> : vector<2xi8>
  %v4 = arith.constant dense<[-8, -1]> : vector<2xi8>
  %v5 = arith.cmpi uge, %v3, %v4 : vector<2xi8>
  %v6 = arith.maxnumf %v0, %v1 : f8E4M3FNUZ
  %v7 = arith.constant 0 : i33
  %v8 = arith.sitofp %v7 : i33 to f8E5M2
  %v9 = arith.xori %arg0, %arg0 : i33
  %v10 = arith.constant -3.0e-05 : f8E4M3FNUZ
  %v11 = arith.subf %v10, %v2 : f8E4M3FNUZ
  %v12 = arith.constant false
  %v13 = arith.minui %arg1, %v12 : i1
  %v14 = arith.constant dense<-1> : vector<2xi8>
  %v15 = arith.maxsi %v14, %v3 : vector<2xi8>
  %v16 = arith.subf %v10, %v2 : f8E4M3FNUZ
  %v17 = arith.constant dense<124> : vector<2x3xi8>
  %v18 = arith.index_castui %v17 : vector<2x3xi8> to vector<2x3xindex>
  %v19 = arith.index_castui %v5 : vector<2xi1> to vector<2xindex>
  %v20 = arith.divf %v6, %v1 fastmath<nnan> : f8E4M3FNUZ
  %v21 = arith.constant 4096 : i33
  %v22 = arith.cmpi ne, %v21, %v9 : i33
  %v23 = arith.constant 0.0 : f8E4M3FNUZ
  %v24 = arith.fptoui %v23 : f8E4M3FNUZ to i8
  %v25 = arith.constant 1.0 : f8E4M3FNUZ
  %v26 = arith.constant 0x00 : f8E4M3FNUZ
  %v27 = arith.cmpf ord, %v25, %v26 : f8E4M3FNUZ
  %v28 = arith.shrui %v7, %arg0 exact : i33
  %v29 = arith.constant dense<[[0xDC06, 3.0], [0xBF80, 1.0e+10]]> : tensor<2x2xbf16>
  %v30 = arith.minimumf %v29, %v29 : tensor<2x2xbf16>
  %v31 = arith.minui %arg1, %v12 : i1
  %v32 = arith.constant true
  %v33 = arith.andi %v22, %v32 : i1
  %v34 = arith.cmpf olt, %v29, %v29 fastmath<fast> : tensor<2x2xbf16>
  %v35 = arith.constant 0x6820 : bf16
  %v36 = arith.constant 0x7FC0 : bf16
  %v37 = arith.select %v32, %v35, %v36 : bf16
  return %v33, %v31, %v34 : i1, i1, tensor<2x2xi1>
}
func.func @f1(%arg0: f64, %arg1: i32, %arg2: f8E5M2) -> f64 {
  %v0 = arith.shrui %arg1, %arg1 : i32
  %v1 = arith.constant -1723401885 : i32
  %v2 = arith.divsi %v1, %v0 exact : i32
  %v3 = arith.constant 2.0 : f8E5M2
  %v4 = arith.addf %arg2, %v3 : f8E5M2
  %v5 = arith.constant 1 : i32
  %v6 = arith.cmpi sle, %v5, %v2 : i32
  %v7 = arith.subf %arg2, %v4 : f8E5M2
  %v8 = arith.addi %arg1, %v1 : i32
  %v9 = arith.constant 0.5 : f16
  %v10 = arith.negf %v9 : f16
  %v11 = arith.constant 0.5 : f64
  %v12 = arith.mulf %v11, %v11 : f64
  %v13 = arith.constant 15 : i32
  %v14 = arith.constant 1 : i32
  %v15 = arith.subi %v13, %v14 : i32
  %v16 = arith.remf %arg0, %arg0 : f64
  %v17 = arith.mulf %v4, %v3 fastmath<arcp,afn> : f8E5M2
  %v18 = arith.maxui %v13, %v2 : i32
  %v19 = arith.constant 0xFC00 : f16
  %v20 = arith.fptoui %v19 : f16 to i64
  %v21 = arith.negf %v3 : f8E5M2
  %v22 = arith.cmpf oeq, %arg2, %v7 fastmath<nnan> : f8E5M2
  %v23 = arith.constant 12 : i32
  %v24 = arith.maxsi %v23, %arg1 : i32
  %v25 = arith.cmpf ord, %v3, %arg2 : f8E5M2
  %v26 = arith.constant 0x8000 : f16
  %v27 = arith.minimumf %v19, %v26 : f16
  %v28 = arith.constant 4.0 : f64
  %v29 = arith.mulf %v28, %v16 : f64
  return %v16 : f64
}
