// Random func/arith module, seed 66.
func.func @f0(%arg0: f16, %arg1: vector<i16>, %arg2: vector<4xi1>) -> f16 {
  %v0 = arith.constant 0xF01C : f16
  %v1 = arith.constant 0.1 : f16
  %v2 = arith.minimumf %v0, %v1 : f16
  %v3 = arith.minimumf %v0, %v1 : f16
  %v4 = arith.constant dense<0> : vector<i16>
  %v5 = arith.subi %arg1, %v4 : vector<i16>
  %v6 = arith.constant dense<1> : vector<i64>
  %v7 = arith.constant dense<-2> : vector<i64>
  %v8 = arith.ceildivsi %v6, %v7 : vector<i64>
  %v9 = arith.constant true
  %v10 = arith.select %v9, %arg0, %arg0 : f16
  %v11 = arith.constant dense<-1> : vector<i16>
  %v12 = arith.xori %arg1, %v11 : vector<i16>
  %v13 = arith.xori %v12, %v11 : vector<i16>
  return %v10 : f16
}
func.func @f1(%arg0: f64, %arg1: bf16) {
  %v0 = arith.constant 16384 : i64
  %v1 = arith.extsi %v0 : i64 to i128
  %v2 = arith.extsi %v0 : i64 to i128
  %v3 = arith.constant -1 : i33
  %v4 = arith.xori %v3, %v3 : i33
  %v5 = arith.xori %v4, %v3 : i33
  %v6 = arith.constant 129 : i128
  %v7 = arith.constant 6 : i128
  %v8 = arith.ceildivui %v6, %v7 : i128
  %v9 = arith.constant 0x0001 : bf16
  %v10 = arith.truncf %v9 upward fastmath<fast> : bf16 to f8E5M2
  %v11 = arith.constant 3 : i64
  %v12 = arith.floordivsi %v11, %v11 : i64
  %v13 = arith.constant -1 : i64
  %v14 = arith.xori %v13, %v13 : i64
  %v15 = arith.xori %v14, %v13 : i64
  %v16 = arith.constant -7 : i33
  %v17 = arith.shrsi %v4, %v16 : i33
  %v18 = arith.truncf %v9 upward fastmath<fast> : bf16 to f8E5M2
  %v19 = arith.cmpi ne, %v6, %v8 : i128
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v19, %v21, %v20 : i1
  %v23 = arith.constant 1.0e+10 : f64
  %v24 = arith.fptosi %v23 : f64 to i1
  return
}
func.func @f2(%arg0: vector<[4]xf32>) -> (i16, vector<[4]xi32>) {
  %v0 = arith.constant dense<0.1> : vector<[4]xf32>
  %v1 = arith.truncf %v0 downward : vector<[4]xf32> to vector<[4]xbf16>
  %v2 = arith.mulf %arg0, %arg0 fastmath<nnan> : vector<[4]xf32>
  %v3 = arith.constant dense<[[127, 4], [127, 16]]> : tensor<2x2xi8>
  %v4 = arith.constant dense<2> : tensor<2x2xi8>
  %v5 = arith.ceildivui %v3, %v4 : tensor<2x2xi8>
  %v6 = arith.constant dense<true> : vector<[4]xi1>
  %v7 = arith.constant dense<0x00000001> : vector<[4]xf32>
  %v8 = arith.constant dense<0x00000000> : vector<[4]xf32>
  %v9 = arith.select %v6, %v7, %v8 : vector<[4]xi1>, vector<[4]xf32>
  %v10:2 = arith.mulsi_extended %v5, %v3 : tensor<2x2xi8>
  %v11 = arith.cmpi eq, %v6, %v6 : vector<[4]xi1>
  %v12 = arith.select %v11, %v6, %v6 : vector<[4]xi1>, vector<[4]xi1>
  %v13 = arith.subf %v8, %arg0 fastmath<nnan> : vector<[4]xf32>
  %v14 = arith.constant dense<0.0> : vector<bf16>
  %v15 = arith.constant dense<0xBF80> : vector<bf16>
  %v16 = arith.cmpf false, %v14, %v15 : vector<bf16>
  %v17 = arith.constant -1 : i16
  %v18 = arith.constant 16 : i16
  %v19:2 = arith.mulsi_extended %v17, %v18 : i16
  %v20 = arith.constant 0 : i7
  %v21 = arith.constant 1 : i7
  %v22 = arith.andi %v20, %v21 : i7
  %v23 = arith.constant true
  %v24 = arith.constant 11 : i16
  %v25 = arith.select %v23, %v18, %v24 : i16
  %v26 = arith.bitcast %v7 : vector<[4]xf32> to vector<[4]xi32>
  %v27 = arith.constant 32 : i7
  %v28 = arith.constant 1 : i7
  %v29 = arith.minui %v27, %v28 : i7
  %v30 = arith.constant 8 : i7
  %v31 = arith.minui %v29, %v30 : i7
  %v32 = arith.constant dense<false> : vector<i1>
  %v33 = arith.uitofp %v32 : vector<i1> to vector<f32>
  %v34 = arith.xori %v6, %v11 : vector<[4]xi1>
  %v35 = arith.constant dense<true> : vector<i1>
  %v36 = arith.constant dense<true> : vector<i1>
  %v37:2 = arith.mulsi_extended %v35, %v36 : vector<i1>
  %v38 = arith.constant dense<1> : vector<[4]xi32>
  %v39 = arith.index_cast %v38 : vector<[4]xi32> to vector<[4]xindex>
  %v40 = arith.index_cast %v39 : vector<[4]xindex> to vector<[4]xi32>
  %v41 = arith.constant 63 : i7
  %v42 = arith.remui %v41, %v27 : i7
  %v43 = arith.index_cast %v38 : vector<[4]xi32> to vector<[4]xindex>
  %v44 = arith.constant -0.75 : f80
  %v45 = arith.constant -0.0 : f80
  %v46 = arith.maxnumf %v44, %v45 fastmath<nnan,ninf> : f80
  %v47 = arith.cmpi eq, %v36, %v37#0 : vector<i1>
  return %v25, %v40 : i16, vector<[4]xi32>
}
