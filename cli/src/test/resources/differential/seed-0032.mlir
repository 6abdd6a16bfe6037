// Random func/arith module, seed 32.
func.func @f0(%arg0: tensor<0xf32>, %arg1: f8E4M3FNUZ) {
  %v0 = arith.constant dense<0x29FAAA21> : tensor<0xf32>
  %v1 = arith.negf %v0 : tensor<0xf32>
  %v2 = arith.constant 0x1BAC : bf16
  %v3 = arith.bitcast %v2 : bf16 to i16
  %v4 = arith.constant -0.0 : f8E4M3FNUZ
  %v5 = arith.maxnumf %v4, %arg1 : f8E4M3FNUZ
  %v6 = arith.constant dense<0x80000000> : vector<2x3xf32>
  %v7 = arith.extf %v6 fastmath<ninf> : vector<2x3xf32> to vector<2x3xf64>
  %v8 = arith.constant 16 : i16
  %v9 = arith.extsi %v8 : i16 to i33
  %v10 = arith.subi %v8, %v3 : i16
  %v11 = arith.constant 6 : i32
  %v12 = arith.shrui %v11, %v11 : i32
  %v13 = arith.maxnumf %v4, %arg1 : f8E4M3FNUZ
  %v14 = arith.extf %v6 fastmath<ninf> : vector<2x3xf32> to vector<2x3xf64>
  %v15 = arith.minnumf %v0, %arg0 fastmath<nnan> : tensor<0xf32>
  return
}
func.func @f1(%arg0: vector<[4]xf16>) -> (vector<[4]xbf16>, vector<[4]xi8>) {
  %v0 = arith.constant dense<[]> : tensor<0xi1>
  %v1 = arith.constant dense<-27550> : tensor<0xi16>
  %v2 = arith.constant dense<32767> : tensor<0xi16>
  %v3 = arith.select %v0, %v1, %v2 : tensor<0xi1>, tensor<0xi16>
  %v4 = arith.select %v0, %v1, %v2 : tensor<0xi1>, tensor<0xi16>
  %v5 = arith.fptosi %arg0 {tag = 0 : i64} : vector<[4]xf16> to vector<[4]xi8>
  %v6 = arith.uitofp %v5 : vector<[4]xi8> to vector<[4]xbf16>
  %v7 = arith.constant dense<127> : vector<[4]xi8>
  %v8 = arith.ori %v7, %v5 : vector<[4]xi8>
  %v9 = arith.constant true
  %v10 = arith.constant 0x7C : f8E4M3FN
  %v11 = arith.constant 0.0 : f8E4M3FN
  %v12 = arith.select %v9, %v10, %v11 : f8E4M3FN
  %v13 = arith.constant dense<2> : vector<[4]xi8>
  %v14 = arith.divui %v5, %v13 exact : vector<[4]xi8>
  %v15 = arith.bitcast %arg0 : vector<[4]xf16> to vector<[4]xi16>
  %v16 = arith.constant 4 : i64
  %v17 = arith.constant 0 : i64
  %v18 = arith.andi %v16, %v17 : i64
  %v19 = arith.sitofp %v15 : vector<[4]xi16> to vector<[4]xbf16>
  %v20 = arith.constant dense<0x007F> : vector<[4]xbf16>
  %v21 = arith.cmpf ult, %v20, %v19 : vector<[4]xbf16>
  %v22 = arith.constant dense<-32768> : vector<[4]xi16>
  %v23 = arith.shrui %v15, %v22 : vector<[4]xi16>
  %v24 = arith.constant dense<[-9223372036854775808, -6903035551495590233, 9223372036854775807, -1]> : vector<4xi64>
  %v25 = arith.index_cast %v24 : vector<4xi64> to vector<4xindex>
  %v26 = arith.maxsi %v4, %v1 : tensor<0xi16>
  %v27 = arith.select %v0, %v1, %v2 : tensor<0xi1>, tensor<0xi16>
  %v28 = arith.bitcast %v1 : tensor<0xi16> to tensor<0xf16>
  %v29 = arith.constant 2410903923305246733 : index
  %v30 = arith.constant -1 : index
  %v31 = arith.maxsi %v29, %v30 : index
  %v32 = arith.constant 1 : index
  %v33 = arith.maxsi %v31, %v32 : index
  %v34 = arith.constant dense<0x0080> : vector<[4]xbf16>
  %v35 = arith.divf %v19, %v34 : vector<[4]xbf16>
  %v36 = arith.constant 9 : i64
  %v37 = arith.ceildivsi %v36, %v18 : i64
  %v38 = arith.constant dense<0> : vector<[4]xi8>
  %v39 = arith.shli %v14, %v38 : vector<[4]xi8>
  %v40 = arith.fptoui %v28 : tensor<0xf16> to tensor<0xi1>
  return %v35, %v39 : vector<[4]xbf16>, vector<[4]xi8>
}
func.func @f2(%arg0: f8E8M0FNU) -> i1 {
  %v0 = arith.constant dense<true> : vector<4xi1>
  %v1 = arith.index_cast %v0 : vector<4xi1> to vector<4xindex>
  %v2 = arith.index_cast %v1 : vector<4xindex> to vector<4xi1>
  %v3 = arith.constant dense<1073741824> : vector<4xindex>
  %v4 = arith.cmpi slt, %v3, %v1 : vector<4xindex>
  %v5 = arith.constant dense<false> : vector<4xi1>
  %v6 = arith.uitofp %v5 {tag = 1 : i64} : vector<4xi1> to vector<4xf64>
  %v7 = arith.cmpf uge, %arg0, %arg0 : f8E8M0FNU
  %v8 = arith.index_cast %v1 : vector<4xindex> to vector<4xi1>
  %v9 = arith.constant 0x00 : f8E8M0FNU
  %v10 = arith.cmpf ogt, %v9, %arg0 fastmath<ninf> : f8E8M0FNU
  %v11 = arith.constant true
  %v12 = arith.maxui %v10, %v11 : i1
  %v13 = arith.constant -2.5 : f8E8M0FNU
  %v14 = arith.maximumf %arg0, %v13 : f8E8M0FNU
  %v15 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v16 = arith.constant dense<[false, true, false, false]> : vector<4xi1>
  %v17 = arith.constant dense<false> : vector<4xi1>
  %v18 = arith.select %v15, %v16, %v17 : vector<4xi1>, vector<4xi1>
  %v19 = arith.constant false
  %v20 = arith.ori %v10, %v19 : i1
  %v21 = arith.maxsi %v11, %v7 : i1
  %v22 = arith.constant 0x42 : f8E8M0FNU
  %v23 = arith.minnumf %v22, %v14 fastmath<nsz> : f8E8M0FNU
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.shli %v24, %v25 overflow<nsw> : i1
  %v27 = arith.extui %v21 : i1 to i64
  %v28 = arith.extui %v21 : i1 to i64
  %v29 = arith.cmpi sgt, %v27, %v28 : i64
  %v30 = arith.floordivsi %v5, %v2 : vector<4xi1>
  %v31 = arith.constant true
  %v32:2 = arith.mului_extended %v21, %v31 : i1
  %v33 = arith.constant -1.0 : f8E8M0FNU
  %v34 = arith.negf %v33 : f8E8M0FNU
  %v35 = arith.negf %v34 : f8E8M0FNU
  %v36 = arith.shli %v0, %v16 : vector<4xi1>
  %v37 = arith.constant -0.75 : f8E8M0FNU
  %v38 = arith.fptosi %v37 : f8E8M0FNU to i16
  %v39 = arith.maxnumf %v6, %v6 : vector<4xf64>
  %v40 = arith.cmpf olt, %v23, %v22 : f8E8M0FNU
  %v41 = arith.constant false
  %v42 = arith.minui %v40, %v41 {tag = 0 : i64} : i1
  %v43 = arith.constant true
  %v44 = arith.minui %v42, %v43 : i1
  return %v32#0 : i1
}
func.func @f3(%arg0: bf16) -> (f64, vector<[4]xbf16>) {
  %v0 = arith.constant 100.0 : bf16
  %v1 = arith.extf %v0 : bf16 to f128
  %v2 = arith.extf %v0 : bf16 to f128
  %v3 = arith.constant 0xFFFF8000000000000000000000000000 : f128
  %v4 = arith.cmpf ugt, %v3, %v1 fastmath<nnan> : f128
  %v5 = arith.constant true
  %v6 = arith.constant true
  %v7:2 = arith.mulsi_extended %v5, %v6 : i1
  %v8 = arith.extf %v0 : bf16 to f128
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.constant false
  %v12 = arith.select %v9, %v10, %v11 {tag = 0 : i64} : i1
  %v13 = arith.constant dense<0xFFC00000> : vector<[4]xf32>
  %v14 = arith.negf %v13 : vector<[4]xf32>
  %v15 = arith.negf %v14 {tag = 1 : i64} : vector<[4]xf32>
  %v16 = arith.constant 0x7FF8000000000000 : f64
  %v17 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v18 = arith.select %v10, %v16, %v17 : f64
  %v19 = arith.addi %v7#1, %v10 {tag = 0 : i64} : i1
  %v20 = arith.constant true
  %v21 = arith.extsi %v20 : i1 to i8
  %v22 = arith.constant false
  %v23 = arith.cmpi ugt, %v11, %v22 : i1
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.xori %v25, %v24 : i1
  %v27 = arith.xori %v26, %v24 : i1
  %v28 = arith.constant dense<-1> : vector<[4]xi64>
  %v29 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v30 = arith.andi %v28, %v29 : vector<[4]xi64>
  %v31 = arith.constant dense<12> : vector<[4]xi64>
  %v32 = arith.andi %v30, %v31 : vector<[4]xi64>
  %v33 = arith.xori %v25, %v24 : i1
  %v34 = arith.negf %v14 {tag = 1 : i64} : vector<[4]xf32>
  %v35 = arith.constant dense<0x36E0> : vector<[4]xf16>
  %v36:2 = func.call @f1(%v35) : (vector<[4]xf16>) -> (vector<[4]xbf16>, vector<[4]xi8>)
  %v37 = arith.constant 0.5 : f80
  %v38 = arith.constant 0.1 : f80
  %v39 = arith.divf %v37, %v38 : f80
  %v40 = arith.negf %v36#0 : vector<[4]xbf16>
  %v41 = arith.constant false
  %v42 = arith.constant 6 : i64
  %v43 = arith.select %v41, %v42, %v42 : i64
  %v44 = arith.constant 0xFFF8000000000000 : f64
  %v45 = arith.constant 7.0 : f64
  %v46 = arith.select %v9, %v44, %v45 : f64
  return %v17, %v40 : f64, vector<[4]xbf16>
}
