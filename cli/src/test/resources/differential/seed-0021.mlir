// Random func/arith module, seed 21.
func.func @f0(%arg0: i32, %arg1: index, %arg2: bf16, %arg3: tensor<2x2xi16>) {
  %v0 = arith.constant -7 : index
  %v1 = arith.minsi %arg1, %v0 : index
  %v2 = arith.constant 0x0001 : bf16
  %v3 = arith.maxnumf %v2, %arg2 : bf16
  %v4 = arith.minimumf %arg2, %v3 fastmath<fast> : bf16
  %v5 = arith.cmpf olt, %v2, %arg2 : bf16
  %v6 = arith.constant 0xFFC0 : bf16
  %v7 = arith.select %v5, %v3, %v6 : bf16
  %v8 = arith.negf %v2 : bf16
  return
}
func.func @f1(%arg0: i32) {
  %v0:2 = arith.addui_extended %arg0, %arg0 : i32, i1
  %v1 = arith.uitofp %v0#1 : i1 to f8E4M3
  %v2 = arith.fptosi %v1 : f8E4M3 to i33
  %v3 = arith.constant 63 : index
  %v4 = arith.constant -0.0 : bf16
  %v5 = arith.constant dense<256> : tensor<2x2xi16>
  func.call @f0(%v0#0, %v3, %v4, %v5) : (i32, index, bf16, tensor<2x2xi16>) -> ()
  %v7 = arith.constant -6 : i33
  %v8 = arith.divsi %v7, %v2 : i33
  %v9 = arith.constant 1 : i33
  %v10:2 = arith.addui_extended %v9, %v2 : i33, i1
  %v11 = arith.constant -8 : i32
  %v12:2 = arith.addui_extended %v0#0, %v11 : i32, i1
  %v13 = arith.minsi %v11, %v0#0 : i32
  %v14 = arith.constant -0.0 : f8E4M3
  %v15 = arith.mulf %v1, %v14 fastmath<reassoc,contract> : f8E4M3
  %v16 = arith.constant 0xFF80 : bf16
  %v17 = arith.constant 0x7F7F : bf16
  %v18 = arith.maximumf %v16, %v17 : bf16
  %v19 = arith.constant dense<32767> : tensor<2x2xi16>
  %v20 = arith.maxui %v5, %v19 : tensor<2x2xi16>
  %v21 = arith.uitofp %v0#1 : i1 to f8E4M3
  %v22 = arith.constant 0x00 : f8E4M3
  %v23 = arith.constant -0.0 : f8E4M3
  %v24 = arith.cmpf true, %v22, %v23 : f8E4M3
  return
}
func.func @f2(%arg0: vector<2xf32>, %arg1: vector<2xf64>) -> vector<2xf64> {
  %v0 = arith.constant -22591 : i16
  %v1 = arith.constant 1 : i16
  %v2 = arith.remsi %v0, %v1 : i16
  %v3 = arith.constant 8192 : i16
  %v4 = arith.floordivsi %v3, %v0 : i16
  %v5 = arith.constant dense<0xBF80> : vector<4xbf16>
  %v6 = arith.constant dense<0xFF80> : vector<4xbf16>
  %v7 = arith.cmpf ugt, %v5, %v6 : vector<4xbf16>
  %v8 = arith.constant 32767 : i16
  %v9 = arith.constant 32767 : i16
  %v10 = arith.ceildivsi %v8, %v9 : i16
  %v11 = arith.constant dense<true> : vector<4xi1>
  %v12 = arith.xori %v11, %v7 : vector<4xi1>
  %v13 = arith.xori %v11, %v7 : vector<4xi1>
  %v14 = arith.constant true
  %v15 = arith.constant dense<[true, false, true, true]> : vector<4xi1>
  %v16 = arith.select %v14, %v7, %v15 : vector<4xi1>
  %v17 = arith.minnumf %arg1, %arg1 : vector<2xf64>
  %v18 = arith.constant 7 : i16
  %v19 = arith.ceildivui %v18, %v18 : i16
  %v20 = arith.constant -1 : index
  %v21 = arith.constant 512 : index
  %v22 = arith.ceildivui %v20, %v21 : index
  %v23 = arith.constant dense<0xCF3B> : tensor<3xbf16>
  %v24 = arith.constant dense<2.0> : tensor<3xbf16>
  %v25 = arith.addf %v23, %v24 : tensor<3xbf16>
  return %v17 : vector<2xf64>
}
func.func @f3(%arg0: i32) -> (index, index) {
  %v0 = arith.constant 0x0000 : bf16
  %v1 = arith.cmpf ugt, %v0, %v0 : bf16
  %v2 = arith.constant true
  %v3 = arith.cmpi ne, %v1, %v2 : i1
  %v4 = arith.constant 1 : i32
  %v5 = arith.subi %v4, %arg0 : i32
  %v6 = arith.constant 268435456 : i32
  %v7 = arith.cmpi uge, %v5, %v6 : i32
  %v8:2 = arith.mului_extended %arg0, %v4 : i32
  %v9 = arith.constant false
  %v10 = arith.subi %v2, %v9 : i1
  %v11 = arith.constant 0x3F80 : bf16
  %v12 = arith.subf %v11, %v0 : bf16
  %v13 = arith.shrsi %v1, %v2 : i1
  %v14 = arith.constant -1 : i32
  %v15 = arith.andi %v5, %v14 : i32
  %v16 = arith.remsi %v9, %v7 : i1
  %v17:2 = arith.mului_extended %arg0, %v14 : i32
  %v18 = arith.cmpi ne, %v1, %v2 : i1
  %v19 = arith.constant 0xFF80 : bf16
  %v20 = arith.mulf %v19, %v19 fastmath<ninf> : bf16
  %v21 = arith.constant 7.0 : bf16
  %v22 = arith.constant -2.5 : bf16
  %v23 = arith.minimumf %v21, %v22 fastmath<none> : bf16
  %v24 = arith.index_castui %v15 : i32 to index
  %v25 = arith.constant 1 : index
  %v26 = arith.index_cast %v25 : index to i8
  %v27 = arith.subf %v11, %v0 : bf16
  %v28 = arith.index_cast %v25 : index to i32
  %v29 = arith.constant -1 : i16
  %v30 = arith.constant 65533 : i16
  %v31 = arith.remsi %v29, %v30 : i16
  %v32 = arith.constant true
  %v33 = arith.constant false
  %v34 = arith.cmpi ule, %v32, %v33 : i1
  %v35 = arith.constant 4.0 : bf16
  %v36 = arith.cmpf ogt, %v22, %v35 : bf16
  %v37 = arith.truncf %v11 fastmath<none> : bf16 to f8E5M2
  return %v24, %v24 : index, index
}
