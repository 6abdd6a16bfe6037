// Random func/arith module, seed 113.
func.func @f0(%arg0: f8E5M2, %arg1: i32, %arg2: vector<[4]xf16>) -> (i1, f128, i1) {
  %v0 = arith.constant 2 : i32
  %v1:2 = arith.mulsi_extended %arg1, %v0 : i32
  %v2 = arith.uitofp %v1#0 : i32 to f8E4M3FNUZ
  %v3 = arith.constant 0x04 : f8E5M2
  %v4 = arith.minimumf %v3, %arg0 : f8E5M2
  %v5 = arith.constant -0.75 : f8E5M2
  %v6 = arith.bitcast %v5 {tag = 0 : i64} : f8E5M2 to f8E4M3B11FNUZ
  %v7 = arith.negf %v4 : f8E5M2
  %v8 = arith.negf %v7 : f8E5M2
  %v9 = arith.constant -1201354571 : i32
  %v10 = arith.cmpi eq, %v1#1, %v9 : i32
  %v11 = arith.select %v10, %v1#1, %v9 : i32
  %v12 = arith.cmpf uge, %v4, %v8 fastmath<arcp,afn> : f8E5M2
  %v13 = arith.constant 32 : i32
  %v14 = arith.ori %v1#0, %v13 : i32
  %v15 = arith.bitcast %v1#0 : i32 to f32
  %v16 = arith.bitcast %v15 {tag = 0 : i64} : f32 to i32
  %v17 = arith.uitofp %v1#0 : i32 to f8E4M3FNUZ
  %v18 = arith.constant 9223372036854775807 : index
  %v19 = arith.index_castui %v18 : index to i128
  %v20 = arith.cmpf uge, %v4, %v5 fastmath<nnan> {tag = 1 : i64} : f8E5M2
  %v21 = arith.cmpi eq, %v1#1, %v9 : i32
  %v22 = arith.bitcast %v1#0 : i32 to f32
  %v23 = arith.cmpi eq, %v1#1, %v9 : i32
  %v24 = arith.cmpi ugt, %arg1, %v13 : i32
  %v25 = arith.constant true
  %v26 = arith.cmpi eq, %v25, %v12 : i1
  %v27 = arith.constant false
  %v28 = arith.extui %v27 : i1 to i128
  %v29 = arith.extsi %v14 : i32 to i64
  %v30 = arith.extsi %v9 : i32 to i64
  %v31 = arith.cmpi ule, %v29, %v30 : i64
  %v32 = arith.constant 1 : i32
  %v33 = arith.ceildivsi %v1#1, %v32 : i32
  %v34 = arith.sitofp %v21 : i1 to f128
  %v35 = arith.constant 15 : i8
  %v36 = arith.extui %v35 : i8 to i64
  %v37 = arith.constant 4 : i64
  %v38 = arith.cmpi sge, %v36, %v37 : i64
  return %v27, %v34, %v23 : i1, f128, i1
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f64, %arg2: f8E3M4) -> (i1, vector<2xi16>) {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2:2 = arith.addui_extended %v0, %v1 : i1, i1
  %v3 = arith.ceildivsi %v0, %v1 : i1
  %v4 = arith.constant 0x01 : f8E4M3FNUZ
  %v5 = arith.addf %arg0, %v4 : f8E4M3FNUZ
  %v6 = arith.ceildivsi %v0, %v1 : i1
  %v7 = arith.index_castui %v0 : i1 to index
  %v8 = arith.constant dense<6> : vector<2xi16>
  %v9 = arith.bitcast %v8 {tag = 1 : i64} : vector<2xi16> to vector<2xf16>
  %v10 = arith.bitcast %v9 : vector<2xf16> to vector<2xi16>
  %v11 = arith.ceildivsi %v0, %v1 : i1
  %v12 = arith.constant dense<1> : tensor<3xi8>
  %v13 = arith.cmpi sgt, %v12, %v12 : tensor<3xi8>
  return %v11, %v10 : i1, vector<2xi16>
}
func.func @f2(%arg0: f64, %arg1: f4E2M1FN, %arg2: i1) -> (i1, i1, i1, i1) {
  %v0 = arith.constant 7.0 : f64
  %v1 = arith.truncf %v0 fastmath<nnan> : f64 to f8E5M2
  %v2 = arith.constant false
  %v3 = arith.cmpi ne, %arg2, %v2 : i1
  %v4 = arith.select %v3, %v2, %arg2 : i1
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7:2 = arith.mului_extended %v5, %v6 : i1
  %v8 = arith.constant true
  %v9 = arith.ceildivsi %v5, %v8 : i1
  %v10 = arith.constant false
  %v11 = arith.index_castui %v10 : i1 to index
  %v12 = arith.negf %arg1 fastmath<fast> : f4E2M1FN
  %v13 = arith.constant -0.0 : f64
  %v14 = arith.maxnumf %v13, %arg0 : f64
  %v15 = arith.constant -0.0 : f64
  %v16 = arith.remf %v14, %v15 fastmath<nnan> : f64
  %v17 = arith.constant dense<-0.0> : vector<f64>
  %v18 = arith.bitcast %v17 : vector<f64> to vector<i64>
  %v19 = arith.cmpi ne, %arg2, %v2 {tag = 0 : i64} : i1
  %v20 = arith.constant true
  %v21 = arith.maxsi %v10, %v20 : i1
  %v22 = arith.constant 0x38 : f6E2M3FN
  %v23 = arith.constant -0.75 : f6E2M3FN
  %v24 = arith.select %v8, %v22, %v23 : f6E2M3FN
  %v25 = arith.constant true
  %v26 = arith.divsi %v3, %v25 exact : i1
  %v27 = arith.cmpi uge, %v3, %arg2 : i1
  %v28:2 = arith.addui_extended %v10, %v6 : i1, i1
  %v29 = arith.cmpi ne, %arg2, %v2 {tag = 0 : i64} : i1
  %v30 = arith.cmpi uge, %v3, %arg2 : i1
  return %v27, %v19, %v21, %v19 : i1, i1, i1, i1
}
func.func @f3(%arg0: i128, %arg1: index) -> i1 {
  %v0 = arith.constant 0x01 : f8E5M2
  %v1 = arith.constant 632134045 : i32
  %v2 = arith.constant dense<0x0000> : vector<[4]xf16>
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (f8E5M2, i32, vector<[4]xf16>) -> (i1, f128, i1)
  %v4:3 = func.call @f0(%v0, %v1, %v2) : (f8E5M2, i32, vector<[4]xf16>) -> (i1, f128, i1)
  %v5 = arith.constant -1.0 : f64
  %v6 = arith.constant 0x1 : f4E2M1FN
  %v7:4 = func.call @f2(%v5, %v6, %v4#0) : (f64, f4E2M1FN, i1) -> (i1, i1, i1, i1)
  %v8 = arith.constant 0x0001 : bf16
  %v9 = arith.minimumf %v8, %v8 : bf16
  %v10 = arith.constant false
  %v11 = arith.constant true
  %v12 = arith.muli %v10, %v11 : i1
  %v13 = arith.constant 2147483647 : i32
  %v14 = arith.cmpi ne, %v1, %v13 : i32
  %v15 = arith.select %v14, %v13, %v1 : i32
  %v16 = arith.constant dense<false> : vector<i1>
  %v17 = arith.select %v14, %v13, %v1 : i32
  %v18 = arith.constant -2.5 : f128
  %v19 = arith.addf %v3#1, %v18 fastmath<ninf> : f128
  return %v7#2 : i1
}
