// Random func/arith module, seed 18.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i128, %arg2: vector<2xi32>, %arg3: f32) {
  %v0 = arith.constant dense<[[9223372036854775807, 1, 9223372036854775807], [12, 9223372036854775807, 13]]> : vector<2x3xi64>
  %v1 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v2 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v3 = arith.divf %arg3, %arg3 : f32
  %v4 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v5 = arith.constant 0 : i128
  %v6 = arith.subi %v5, %arg1 : i128
  %v7 = arith.cmpi ugt, %arg1, %v5 : i128
  return
}
func.func @f1(%arg0: f8E5M2, %arg1: i33, %arg2: vector<2x3xindex>) -> i128 {
  %v0 = arith.constant -0.75 : f8E5M2
  %v1 = arith.fptoui %v0 : f8E5M2 to i32
  %v2 = arith.fptoui %v0 : f8E5M2 to i32
  %v3:2 = arith.addui_extended %arg1, %arg1 : i33, i1
  %v4 = arith.constant dense<4> : vector<2x3xi8>
  %v5 = arith.cmpi ult, %v4, %v4 : vector<2x3xi8>
  %v6 = arith.select %v5, %v4, %v4 : vector<2x3xi1>, vector<2x3xi8>
  %v7 = arith.cmpi ult, %v4, %v4 : vector<2x3xi8>
  %v8 = arith.extui %v4 : vector<2x3xi8> to vector<2x3xi64>
  %v9 = arith.constant dense<-1> : vector<2x3xi8>
  %v10 = arith.extui %v9 : vector<2x3xi8> to vector<2x3xi64>
  %v11 = arith.cmpi sle, %v8, %v10 : vector<2x3xi64>
  %v12 = arith.fptoui %arg0 : f8E5M2 to i7
  %v13 = arith.constant -0.75 : f8E5M2
  %v14 = arith.fptosi %v13 : f8E5M2 to i64
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.maxui %v15, %v16 : i1
  %v18 = arith.select %v5, %v4, %v4 : vector<2x3xi1>, vector<2x3xi8>
  %v19 = arith.extui %arg1 : i33 to i128
  %v20 = arith.cmpf olt, %arg0, %v0 : f8E5M2
  %v21 = arith.constant 0x7B : f8E5M2
  %v22 = arith.constant -0.0 : f8E5M2
  %v23 = arith.maxnumf %v21, %v22 : f8E5M2
  return %v19 : i128
}
func.func @f2(%arg0: vector<2x3xf64>) -> i128 {
  %v0 = arith.constant dense<[[100.0, 0x0010000000000000, 1.0e+10], [0xBFF0000000000000, -0.75, 2.0]]> : vector<2x3xf64>
  %v1 = arith.constant dense<[[0x8000000000000000, 0x0000000000000001, 2.0], [0x7FF0000000000000, 0xFFF8000000000000, 0x0010000000000000]]> : vector<2x3xf64>
  %v2 = arith.maxnumf %v0, %v1 fastmath<arcp,afn> : vector<2x3xf64>
  %v3 = arith.constant -1 : i32
  %v4 = arith.constant 1024 : i32
  %v5 = arith.divui %v3, %v4 exact : i32
  %v6 = arith.extsi %v4 : i32 to i64
  %v7 = arith.constant 13 : i64
  %v8 = arith.cmpi uge, %v6, %v7 : i64
  %v9 = arith.constant 17592186044416 : index
  %v10 = arith.constant 1 : index
  %v11 = arith.shrui %v9, %v10 : index
  %v12 = arith.negf %arg0 : vector<2x3xf64>
  %v13 = arith.negf %v12 fastmath<arcp,afn> : vector<2x3xf64>
  %v14 = arith.maxnumf %arg0, %v2 fastmath<nnan,ninf> : vector<2x3xf64>
  %v15 = arith.extui %v8 : i1 to i16
  %v16 = arith.trunci %v15 : i16 to i1
  %v17 = arith.constant true
  %v18:2 = arith.mului_extended %v8, %v17 : i1
  %v19 = arith.cmpi ne, %v6, %v7 : i64
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v19, %v21, %v20 : i1
  %v23:2 = arith.mului_extended %v8, %v17 : i1
  %v24:2 = arith.mului_extended %v8, %v17 : i1
  %v25 = arith.cmpi ugt, %v9, %v10 : index
  %v26 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<2x3xf64>
  %v27 = arith.truncf %v26 : vector<2x3xf64> to vector<2x3xbf16>
  %v28 = arith.constant 0xFE : f8E5M2
  %v29 = arith.constant -4294967296 : i33
  %v30 = arith.constant dense<[[65, 0, 0], [16, -1, 281474976710656]]> : vector<2x3xindex>
  %v31 = func.call @f1(%v28, %v29, %v30) : (f8E5M2, i33, vector<2x3xindex>) -> i128
  %v32 = arith.constant dense<63> : vector<2x3xi64>
  %v33 = arith.constant dense<0> : vector<2xi32>
  %v34 = arith.constant 0x7FC00000 : f32
  func.call @f0(%v32, %v31, %v33, %v34) : (vector<2x3xi64>, i128, vector<2xi32>, f32) -> ()
  %v36 = arith.constant 16 : i32
  %v37 = arith.constant -1082528941 : i32
  %v38 = arith.andi %v36, %v37 : i32
  %v39 = arith.ceildivui %v31, %v31 : i128
  return %v31 : i128
}
func.func @f3(%arg0: i33) -> i1 {
  %v0 = arith.constant 2097152 : i33
  %v1 = arith.andi %arg0, %v0 : i33
  %v2 = arith.constant 1 : i33
  %v3 = arith.maxsi %v1, %v2 : i33
  %v4 = arith.constant -1 : i33
  %v5 = arith.maxsi %v3, %v4 : i33
  %v6 = arith.constant 0x7F800000 : f32
  %v7 = arith.constant 2.0 : f32
  %v8 = arith.minnumf %v6, %v7 fastmath<reassoc,contract> : f32
  %v9 = arith.divsi %v2, %v1 exact : i33
  %v10 = arith.constant 1 : i33
  %v11 = arith.cmpi ugt, %v3, %v10 : i33
  %v12 = arith.constant true
  %v13 = arith.select %v12, %v4, %v0 : i33
  %v14 = arith.divsi %v2, %v1 exact : i33
  %v15 = arith.constant true
  %v16 = arith.subi %v11, %v15 : i1
  %v17 = arith.constant false
  %v18 = arith.subi %v16, %v17 : i1
  %v19 = arith.maxsi %v3, %v4 : i33
  %v20 = arith.constant -4294967296 : i33
  %v21 = arith.cmpi sgt, %v14, %v20 : i33
  %v22 = arith.constant true
  %v23 = arith.constant false
  %v24 = arith.select %v21, %v23, %v22 : i1
  %v25 = arith.constant 65536 : i32
  %v26 = arith.constant 0 : i32
  %v27 = arith.ori %v25, %v26 : i32
  %v28 = arith.constant 0x3F800000 : f32
  %v29 = arith.divf %v6, %v28 fastmath<ninf> : f32
  %v30 = arith.index_castui %v11 : i1 to index
  %v31 = arith.andi %arg0, %v0 : i33
  %v32 = arith.select %v11, %v11, %v16 : i1
  %v33 = arith.cmpi sge, %v26, %v25 : i32
  %v34 = arith.constant 0xFFC00000 : f32
  %v35 = arith.cmpf ule, %v28, %v34 : f32
  %v36 = arith.truncf %v34 to_nearest_away fastmath<nnan,ninf> : f32 to f8E5M2
  %v37 = arith.constant true
  %v38 = arith.constant 0x80000000 : f32
  %v39 = arith.select %v37, %v38, %v6 : f32
  %v40 = arith.constant 2.0 : f8E5M2
  %v41 = arith.cmpf ueq, %v40, %v40 : f8E5M2
  %v42 = arith.maxsi %v3, %v4 : i33
  %v43 = arith.constant 8703659893201665367 : index
  %v44 = arith.ceildivui %v30, %v43 : index
  %v45 = arith.fptosi %v36 : f8E5M2 to i8
  return %v35 : i1
}
