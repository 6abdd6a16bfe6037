// Random func/arith module, seed 137.
func.func @f0(%arg0: i16, %arg1: bf16, %arg2: vector<2x3xf16>, %arg3: bf16) -> (i1, i1, i1) {
  %v0 = arith.constant 0.0 : bf16
  %v1 = arith.addf %arg3, %v0 : bf16
  %v2 = arith.constant dense<-0.0> : vector<2x3xf16>
  %v3 = arith.negf %v2 : vector<2x3xf16>
  %v4 = arith.constant 8 : i16
  %v5 = arith.constant -32768 : i16
  %v6 = arith.xori %v4, %v5 : i16
  %v7 = arith.constant 16 : i16
  %v8 = arith.cmpi sgt, %arg0, %v7 {tag = 1 : i64} : i16
  %v9 = arith.constant 4 : i16
  %v10:2 = arith.mulsi_extended %v7, %v9 : i16
  %v11 = arith.constant false
  %v12:2 = arith.mului_extended %v11, %v8 : i1
  %v13 = arith.bitcast %arg2 : vector<2x3xf16> to vector<2x3xbf16>
  %v14 = arith.constant dense<[[0xFF80, -2.5, 100.0], [0.5, 0x7FC0, 0xFFC0]]> : vector<2x3xbf16>
  %v15 = arith.divf %v13, %v14 fastmath<nnan,ninf> : vector<2x3xbf16>
  %v16 = arith.cmpi sgt, %arg0, %v7 {tag = 1 : i64} : i16
  %v17 = arith.extui %arg0 : i16 to i64
  %v18 = arith.extui %v9 {tag = 0 : i64} : i16 to i64
  %v19 = arith.cmpi sge, %v17, %v18 : i64
  %v20 = arith.constant 0 : i64
  %v21 = arith.shrui %v17, %v20 : i64
  %v22 = arith.bitcast %arg2 : vector<2x3xf16> to vector<2x3xbf16>
  %v23 = arith.constant true
  %v24 = arith.maxui %v12#1, %v23 {tag = 1 : i64} : i1
  %v25 = arith.constant 0x0001 : bf16
  %v26 = arith.cmpf oeq, %v25, %arg1 : bf16
  %v27 = arith.constant -1 : i64
  %v28 = arith.andi %v17, %v27 : i64
  %v29 = arith.constant true
  %v30:2 = arith.mului_extended %v24, %v29 : i1
  %v31 = arith.constant 65 : i64
  %v32:2 = arith.mului_extended %v28, %v31 : i64
  %v33 = arith.maxsi %v10#0, %arg0 : i16
  %v34 = arith.index_cast %v32#1 : i64 to index
  %v35 = arith.index_cast %v34 : index to i64
  %v36 = arith.andi %arg0, %v4 : i16
  return %v30#1, %v29, %v30#0 : i1, i1, i1
}
func.func @f1(%arg0: f64, %arg1: bf16, %arg2: f8E4M3, %arg3: f8E4M3FN) -> i1 {
  %v0 = arith.constant -1 : i7
  %v1 = arith.xori %v0, %v0 : i7
  %v2 = arith.xori %v1, %v0 : i7
  %v3 = arith.constant 0x07 : f8E4M3FN
  %v4 = arith.bitcast %v3 : f8E4M3FN to f8E4M3
  %v5 = arith.constant -1 : i7
  %v6 = arith.cmpi ule, %v2, %v5 : i7
  %v7 = arith.constant true
  %v8 = arith.minui %v7, %v6 : i1
  %v9 = arith.constant -1.0 : f8E4M3FN
  %v10 = arith.maximumf %arg3, %v9 : f8E4M3FN
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13:2 = arith.mului_extended %v11, %v12 : i1
  %v14 = arith.constant 1.0 : f64
  %v15 = arith.mulf %arg0, %v14 fastmath<ninf> : f64
  %v16 = arith.constant dense<9> : vector<[4]xi8>
  %v17 = arith.constant dense<-9> : vector<[4]xi8>
  %v18 = arith.maxsi %v16, %v17 : vector<[4]xi8>
  %v19 = arith.constant dense<5> : vector<[4]xi8>
  %v20 = arith.maxsi %v18, %v19 : vector<[4]xi8>
  %v21 = arith.constant dense<false> : vector<[4]xi1>
  %v22 = arith.constant dense<-30> : vector<[4]xi8>
  %v23 = arith.constant dense<-8> : vector<[4]xi8>
  %v24 = arith.select %v21, %v22, %v23 : vector<[4]xi1>, vector<[4]xi8>
  %v25 = arith.constant 11 : i7
  %v26 = arith.cmpi sge, %v25, %v0 : i7
  %v27 = arith.constant -1 : i16
  %v28 = arith.constant dense<0x7C00> : vector<2x3xf16>
  %v29 = arith.constant 0x0000 : bf16
  %v30:3 = func.call @f0(%v27, %arg1, %v28, %v29) : (i16, bf16, vector<2x3xf16>, bf16) -> (i1, i1, i1)
  %v31 = arith.constant dense<0x7E00> : vector<2x3xf16>
  %v32 = arith.maxnumf %v31, %v28 : vector<2x3xf16>
  %v33 = arith.floordivsi %v11, %v30#2 : i1
  %v34 = arith.ceildivsi %v33, %v30#2 : i1
  return %v30#2 : i1
}
