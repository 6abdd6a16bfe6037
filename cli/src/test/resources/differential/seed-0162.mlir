// Random func/arith module, seed 162.
func.func @f0(%arg0: vector<4xf16>, %arg1: vector<2xf32>) -> vector<4xi1> {
  %v0 = arith.constant dense<0xFFC00000> : vector<2xf32>
  %v1 = arith.mulf %v0, %arg1 fastmath<nnan> : vector<2xf32>
  %v2 = arith.constant dense<-2.5> : vector<2xf32>
  %v3 = arith.maxnumf %v2, %v0 fastmath<fast> : vector<2xf32>
  %v4 = arith.constant dense<6> : vector<2xi16>
  %v5 = arith.constant dense<[-32768, 17]> : vector<2xi16>
  %v6 = arith.minsi %v4, %v5 : vector<2xi16>
  %v7 = arith.minsi %v5, %v4 : vector<2xi16>
  %v8 = arith.constant dense<[0x7C00, 0xFE00, 0x7C00, 0x06EB]> : vector<4xf16>
  %v9 = arith.cmpf une, %v8, %arg0 : vector<4xf16>
  %v10 = arith.minsi %v4, %v5 : vector<2xi16>
  %v11 = arith.uitofp %v9 : vector<4xi1> to vector<4xf64>
  %v12 = arith.uitofp %v9 : vector<4xi1> to vector<4xf64>
  %v13 = arith.constant dense<false> : vector<4xi1>
  %v14 = arith.shrui %v13, %v9 exact : vector<4xi1>
  %v15 = arith.mulf %arg0, %v8 fastmath<nsz> : vector<4xf16>
  %v16 = arith.constant dense<false> : vector<4xi1>
  %v17:2 = arith.addui_extended %v14, %v16 : vector<4xi1>, vector<4xi1>
  %v18 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v19 = arith.subf %v18, %v11 fastmath<nnan> : vector<4xf64>
  %v20 = arith.uitofp %v14 : vector<4xi1> to vector<4xf64>
  %v21 = arith.subf %v18, %v11 fastmath<nnan> : vector<4xf64>
  %v22 = arith.shrui %v16, %v17#0 : vector<4xi1>
  %v23 = arith.andi %v14, %v13 : vector<4xi1>
  %v24 = arith.andi %v23, %v17#1 : vector<4xi1>
  %v25 = arith.divui %v14, %v13 : vector<4xi1>
  %v26 = arith.mulf %v0, %arg1 fastmath<nnan> : vector<2xf32>
  %v27 = arith.uitofp %v14 : vector<4xi1> to vector<4xf64>
  %v28 = arith.constant dense<[0xFFC00000, 0x3F800000]> : vector<2xf32>
  %v29 = arith.cmpf ogt, %v1, %v28 fastmath<arcp,afn> : vector<2xf32>
  %v30 = arith.constant dense<0.0> : vector<2xf32>
  %v31 = arith.maxnumf %v0, %v30 : vector<2xf32>
  %v32 = arith.remf %v31, %v0 fastmath<fast> : vector<2xf32>
  return %v22 : vector<4xi1>
}
func.func @f1(%arg0: i1, %arg1: bf16, %arg2: bf16) -> (i1, i1, i1) {
  %v0 = arith.constant 1.0e+10 : bf16
  %v1 = arith.cmpf ugt, %v0, %arg2 : bf16
  %v2 = arith.constant false
  %v3 = arith.remsi %v2, %v1 : i1
  %v4 = arith.negf %arg2 : bf16
  %v5 = arith.cmpi ugt, %v2, %v2 : i1
  %v6 = arith.maximumf %v0, %arg1 : bf16
  %v7 = arith.sitofp %arg0 : i1 to f8E4M3FN
  %v8 = arith.divf %arg2, %arg1 : bf16
  %v9 = arith.constant true
  %v10 = arith.cmpi ule, %v2, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.select %v10, %v11, %v5 : i1
  %v13 = arith.constant true
  %v14:2 = arith.mului_extended %v13, %v10 : i1
  %v15:2 = arith.mului_extended %v3, %v13 : i1
  %v16 = arith.constant 3.0 : bf16
  %v17 = arith.minnumf %v16, %v0 fastmath<reassoc,contract> : bf16
  %v18 = arith.constant dense<[false, true]> : vector<2xi1>
  %v19 = arith.constant dense<false> : vector<2xi1>
  %v20 = arith.cmpi slt, %v18, %v19 : vector<2xi1>
  %v21:2 = arith.mului_extended %v13, %v1 : i1
  %v22 = arith.addi %v21#1, %v3 : i1
  %v23 = arith.index_cast %v9 : i1 to index
  %v24 = arith.cmpi ne, %v13, %v3 : i1
  %v25 = arith.constant false
  %v26 = arith.select %v25, %v4, %v16 : bf16
  %v27:2 = arith.mului_extended %v13, %v10 : i1
  %v28 = arith.constant 3.0 : f8E4M3FN
  %v29 = arith.mulf %v28, %v7 : f8E4M3FN
  %v30 = arith.constant false
  %v31 = arith.shrsi %v30, %v11 : i1
  %v32 = arith.constant true
  %v33:2 = arith.addui_extended %v32, %v1 : i1, i1
  return %v21#0, %v12, %v24 : i1, i1, i1
}
