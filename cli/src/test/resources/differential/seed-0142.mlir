// Random func/arith module, seed 142.
func.func @f0(%arg0: vector<4xi16>) -> (f16, vector<4xi1>) {
  %v0 = arith.constant dense<[12, -1, 8, -32768]> : vector<4xi16>
  %v1 = arith.subi %arg0, %v0 : vector<4xi16>
  %v2 = arith.constant -0.0 : f32
  %v3 = arith.negf %v2 fastmath<none> : f32
  %v4 = arith.minnumf %v2, %v3 : f32
  %v5 = arith.subi %v0, %v1 : vector<4xi16>
  %v6 = arith.cmpi ne, %v1, %arg0 : vector<4xi16>
  %v7 = arith.cmpf ule, %v2, %v2 : f32
  %v8 = arith.sitofp %v5 : vector<4xi16> to vector<4xf32>
  %v9 = arith.fptosi %v8 : vector<4xf32> to vector<4xi16>
  %v10 = arith.xori %v6, %v6 : vector<4xi1>
  %v11 = arith.constant dense<[0, 17, -1, -1]> : vector<4xi16>
  %v12 = arith.cmpi ne, %v0, %v11 : vector<4xi16>
  %v13 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v14 = arith.cmpi uge, %v10, %v13 : vector<4xi1>
  %v15 = arith.remui %v6, %v6 : vector<4xi1>
  %v16 = arith.constant 0x0001 : f16
  %v17 = arith.constant 0x03FF : f16
  %v18 = arith.addf %v16, %v17 fastmath<nnan> : f16
  %v19 = arith.constant dense<0x00000000> : vector<4xf32>
  %v20 = arith.negf %v19 : vector<4xf32>
  %v21 = arith.ceildivui %v7, %v7 : i1
  %v22 = arith.negf %v19 : vector<4xf32>
  return %v18, %v14 : f16, vector<4xi1>
}
func.func @f1(%arg0: f32, %arg1: i33, %arg2: bf16) -> f16 {
  %v0 = arith.constant dense<0> : vector<4xi16>
  %v1:2 = func.call @f0(%v0) : (vector<4xi16>) -> (f16, vector<4xi1>)
  %v2 = arith.constant dense<true> : vector<4xi1>
  %v3 = arith.constant dense<false> : vector<4xi1>
  %v4:2 = arith.mului_extended %v2, %v3 : vector<4xi1>
  %v5:2 = func.call @f0(%v0) : (vector<4xi16>) -> (f16, vector<4xi1>)
  %v6 = arith.constant -0.75 : f8E4M3FN
  %v7 = arith.constant 0x38 : f8E4M3FN
  %v8 = arith.minnumf %v6, %v7 : f8E4M3FN
  %v9 = arith.constant 1 : i33
  %v10 = arith.cmpi eq, %arg1, %v9 : i33
  %v11 = arith.select %v10, %v2, %v1#1 : vector<4xi1>
  %v12 = arith.constant 0x7E00 : f16
  %v13 = arith.minimumf %v12, %v5#0 : f16
  %v14 = arith.constant dense<-1> : vector<4xi16>
  %v15 = arith.remui %v0, %v14 : vector<4xi16>
  %v16 = arith.subf %arg2, %arg2 fastmath<fast> : bf16
  %v17 = arith.constant 1.0 : bf16
  %v18 = arith.mulf %v16, %v17 : bf16
  %v19 = arith.cmpf olt, %v7, %v8 fastmath<ninf> : f8E4M3FN
  %v20 = arith.remf %v12, %v13 fastmath<nnan> : f16
  %v21 = arith.constant dense<false> : vector<4xi1>
  %v22 = arith.andi %v11, %v21 : vector<4xi1>
  %v23 = arith.constant dense<[true, false, false, true]> : vector<4xi1>
  %v24 = arith.andi %v22, %v23 : vector<4xi1>
  %v25 = arith.minnumf %v6, %v7 : f8E4M3FN
  %v26 = arith.minimumf %v5#0, %v12 : f16
  %v27 = arith.constant 0x3F800000 : f32
  %v28 = arith.maxnumf %v27, %arg0 fastmath<arcp,afn> : f32
  %v29 = arith.maxnumf %v12, %v5#0 : f16
  %v30 = arith.constant 0x3F80 : bf16
  %v31 = arith.mulf %v30, %v18 : bf16
  %v32 = arith.constant dense<false> : vector<4xi1>
  %v33 = arith.xori %v22, %v32 : vector<4xi1>
  %v34 = arith.constant dense<true> : vector<4xi1>
  %v35 = arith.xori %v33, %v34 : vector<4xi1>
  return %v20 : f16
}
func.func @f2(%arg0: index, %arg1: vector<4xf32>, %arg2: i16, %arg3: index) -> (i1, i1) {
  %v0 = arith.shli %arg2, %arg2 : i16
  %v1 = arith.constant 0 : i16
  %v2 = arith.cmpi ugt, %v0, %v1 : i16
  %v3 = arith.select %v2, %v1, %v0 : i16
  %v4 = arith.constant dense<-1.0> : vector<4xf32>
  %v5 = arith.divf %v4, %arg1 : vector<4xf32>
  %v6 = arith.extui %v0 : i16 to i64
  %v7 = arith.extui %arg2 : i16 to i64
  %v8 = arith.cmpi slt, %v6, %v7 : i64
  %v9 = arith.remui %v8, %v8 : i1
  %v10 = arith.index_castui %arg0 : index to i1
  %v11 = arith.remui %v8, %v8 : i1
  %v12 = arith.minsi %arg3, %arg3 : index
  %v13 = arith.shli %arg2, %arg2 : i16
  %v14 = arith.remui %v8, %v8 : i1
  return %v8, %v10 : i1, i1
}
