// Random func/arith module, seed 182.
func.func @f0(%arg0: f16) -> f16 {
  %v0 = arith.minnumf %arg0, %arg0 : f16
  %v1 = arith.minnumf %arg0, %arg0 : f16
  %v2 = arith.fptoui %v0 : f16 to i8
  %v3 = arith.constant 15 : i8
  %v4 = arith.addi %v2, %v3 : i8
  %v5 = arith.constant 14 : i8
  %v6 = arith.xori %v2, %v5 : i8
  %v7 = arith.maximumf %v0, %arg0 : f16
  return %v7 : f16
}
func.func @f1(%arg0: bf16) -> (i1, i16, f16) {
  %v0 = arith.constant -7 : i16
  %v1 = arith.constant -32768 : i16
  %v2 = arith.ori %v0, %v1 : i16
  %v3 = arith.constant 16 : i16
  %v4 = arith.ori %v2, %v3 : i16
  %v5 = arith.constant 3.0 : bf16
  %v6 = arith.fptoui %v5 : bf16 to i8
  %v7 = arith.constant 4 : i16
  %v8 = arith.bitcast %v7 : i16 to f16
  %v9 = arith.negf %v5 : bf16
  %v10 = arith.negf %v9 : bf16
  %v11 = arith.ori %v3, %v2 : i16
  %v12 = arith.constant 4594 : i16
  %v13 = arith.cmpi eq, %v4, %v12 : i16
  %v14 = arith.constant 0x7E00 : f16
  %v15 = func.call @f0(%v14) : (f16) -> f16
  %v16 = arith.select %v13, %v10, %arg0 : bf16
  return %v13, %v11, %v15 : i1, i16, f16
}
func.func @f2(%arg0: vector<4xf64>) -> (vector<4xi64>, vector<4xi1>) {
  %v0 = arith.truncf %arg0 : vector<4xf64> to vector<4xf16>
  %v1 = arith.constant 12 : i33
  %v2 = arith.constant 0 : i33
  %v3 = arith.cmpi uge, %v1, %v2 : i33
  %v4 = arith.select %v3, %v1, %v2 : i33
  %v5 = arith.cmpi ne, %v1, %v2 : i33
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.select %v5, %v6, %v7 : i1
  %v9 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v10 = arith.maxnumf %arg0, %v9 : vector<4xf64>
  %v11 = arith.maxnumf %arg0, %v9 : vector<4xf64>
  %v12 = arith.maxnumf %v9, %arg0 : vector<4xf64>
  %v13 = arith.negf %v0 : vector<4xf16>
  %v14 = arith.cmpf ult, %v9, %v12 : vector<4xf64>
  %v15 = arith.constant dense<true> : vector<4xi1>
  %v16 = arith.xori %v14, %v15 : vector<4xi1>
  %v17 = arith.xori %v16, %v15 : vector<4xi1>
  %v18 = arith.constant dense<false> : vector<4xi1>
  %v19 = arith.index_castui %v18 : vector<4xi1> to vector<4xindex>
  %v20 = arith.constant 1 : i33
  %v21 = arith.addi %v2, %v20 overflow<none> : i33
  %v22 = arith.constant dense<0x7FF0000000000000> : vector<4xf64>
  %v23 = arith.cmpf olt, %v22, %arg0 fastmath<none> : vector<4xf64>
  %v24 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v25 = arith.andi %v23, %v24 : vector<4xi1>
  %v26 = arith.constant dense<true> : vector<4xi1>
  %v27 = arith.andi %v25, %v26 : vector<4xi1>
  %v28 = arith.extui %v25 : vector<4xi1> to vector<4xi64>
  %v29 = arith.constant dense<-6> : vector<4xi64>
  %v30 = arith.cmpi eq, %v28, %v29 : vector<4xi64>
  %v31 = arith.bitcast %v28 : vector<4xi64> to vector<4xf64>
  %v32 = arith.constant dense<false> : vector<4xi1>
  %v33 = arith.sitofp %v32 : vector<4xi1> to vector<4xf16>
  %v34 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v35 = arith.maximumf %arg0, %v34 : vector<4xf64>
  %v36 = arith.maximumf %arg0, %v31 : vector<4xf64>
  %v37 = arith.constant dense<0x7C00> : vector<4xf16>
  %v38 = arith.select %v23, %v13, %v37 : vector<4xi1>, vector<4xf16>
  %v39 = arith.constant 0 : i64
  %v40 = arith.constant -1138020953847017031 : i64
  %v41 = arith.cmpi ule, %v39, %v40 : i64
  %v42 = arith.constant 1 : i7
  %v43 = arith.constant 0 : i7
  %v44 = arith.minsi %v42, %v43 : i7
  %v45 = arith.constant dense<[0xFE00, 0x710C, 0x7E00, 0xBC00]> : vector<4xf16>
  %v46 = arith.select %v24, %v0, %v45 : vector<4xi1>, vector<4xf16>
  %v47 = arith.bitcast %v35 : vector<4xf64> to vector<4xi64>
  return %v28, %v25 : vector<4xi64>, vector<4xi1>
}
func.func @f3(%arg0: f32) -> (i1, i1, index) {
  %v0 = arith.constant dense<14> : vector<4xi64>
  %v1 = arith.constant dense<-2814380678360092087> : vector<4xi64>
  %v2 = arith.subi %v0, %v1 overflow<nsw, nuw> : vector<4xi64>
  %v3 = arith.constant 0xFF800000 : f32
  %v4 = arith.maximumf %arg0, %v3 : f32
  %v5 = arith.subi %v0, %v1 overflow<nsw, nuw> : vector<4xi64>
  %v6 = arith.bitcast %v5 : vector<4xi64> to vector<4xf64>
  %v7 = arith.bitcast %v6 : vector<4xf64> to vector<4xi64>
  %v8 = arith.fptosi %v4 : f32 to i1
  %v9 = arith.index_cast %v8 : i1 to index
  return %v8, %v8, %v9 : i1, i1, index
}
