// Random func/arith module, seed 25.
func.func @f0(%arg0: i64, %arg1: vector<2x3xi1>, %arg2: i64, %arg3: i64) -> (index, index, vector<2x3xindex>, vector<2x3xindex>) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.constant 0x30 : f8E3M4
  %v2 = arith.minimumf %v0, %v1 fastmath<nnan> : f8E3M4
  %v3 = arith.sitofp %arg2 : i64 to f32
  %v4 = arith.constant dense<false> : vector<2x3xi1>
  %v5 = arith.andi %arg1, %v4 : vector<2x3xi1>
  %v6 = arith.constant false
  %v7 = arith.constant 4294967292 : i32
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.select %v6, %v7, %v8 : i32
  %v10 = arith.index_cast %arg2 : i64 to index
  %v11 = arith.select %v6, %v7, %v8 : i32
  %v12 = arith.select %v6, %v7, %v8 : i32
  %v13 = arith.andi %v7, %v7 : i32
  %v14 = arith.constant -1 : index
  %v15 = arith.constant 63 : index
  %v16 = arith.remsi %v14, %v15 : index
  %v17 = arith.constant 0x00000000 : f32
  %v18 = arith.fptosi %v17 : f32 to i16
  %v19 = arith.constant 5 : index
  %v20 = arith.muli %v10, %v19 : index
  %v21 = arith.constant 5 : index
  %v22 = arith.muli %v21, %v20 : index
  %v23 = arith.floordivsi %v22, %v15 : index
  %v24 = arith.constant 0x70 : f8E3M4
  %v25 = arith.minnumf %v24, %v0 : f8E3M4
  %v26 = arith.constant 0 : index
  %v27 = arith.remsi %v21, %v26 : index
  %v28 = arith.constant 0x77083D1E : f32
  %v29 = arith.cmpf uge, %v17, %v28 fastmath<ninf> {tag = 1 : i64} : f32
  %v30 = arith.index_castui %arg1 {tag = 1 : i64} : vector<2x3xi1> to vector<2x3xindex>
  %v31 = arith.constant 0x40000 : tf32
  %v32 = arith.negf %v31 fastmath<arcp,afn> : tf32
  %v33 = arith.constant 4.0 : tf32
  %v34 = arith.cmpf one, %v31, %v33 : tf32
  return %v20, %v20, %v30, %v30 : index, index, vector<2x3xindex>, vector<2x3xindex>
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i8, %arg2: i7, %arg3: f6E2M3FN) -> i7 {
  %v0 = arith.divsi %arg2, %arg2 : i7
  %v1 = arith.constant 7 : i7
  %v2:2 = arith.mulsi_extended %v0, %v1 : i7
  %v3:2 = arith.mulsi_extended %v0, %v1 : i7
  %v4 = arith.index_castui %arg1 : i8 to index
  %v5 = arith.constant 68719476736 : i64
  %v6 = arith.constant dense<true> : vector<2x3xi1>
  %v7:4 = func.call @f0(%v5, %v6, %v5, %v5) : (i64, vector<2x3xi1>, i64, i64) -> (index, index, vector<2x3xindex>, vector<2x3xindex>)
  %v8 = arith.minsi %v0, %v2#0 : i7
  %v9 = arith.constant dense<-128> : vector<2x3xi8>
  %v10 = arith.extsi %v9 : vector<2x3xi8> to vector<2x3xi64>
  %v11 = arith.constant dense<4> : vector<2x3xi64>
  %v12 = arith.cmpi slt, %v10, %v11 : vector<2x3xi64>
  %v13 = arith.constant 0 : i7
  %v14 = arith.sitofp %v13 : i7 to f8E5M2FNUZ
  %v15:2 = arith.mulsi_extended %v0, %v1 : i7
  return %v15#0 : i7
}
func.func @f2(%arg0: vector<2xi32>, %arg1: index) -> (i7, i1) {
  %v0 = arith.constant 1 : index
  %v1 = arith.remui %arg1, %v0 : index
  %v2 = arith.constant -1 : index
  %v3 = arith.subi %v1, %v2 : index
  %v4 = arith.constant -1 : index
  %v5 = arith.shrui %arg1, %v4 : index
  %v6 = arith.constant true
  %v7 = arith.constant dense<[3, -5]> : vector<2xi32>
  %v8 = arith.select %v6, %v7, %arg0 : vector<2xi32>
  %v9 = arith.ceildivui %v7, %arg0 : vector<2xi32>
  %v10 = arith.constant 0x0010000000000000 : f64
  %v11 = arith.constant 1.0 : f64
  %v12 = arith.mulf %v10, %v11 fastmath<arcp,afn> : f64
  %v13 = arith.constant 32 : i32
  %v14 = arith.constant 0 : i32
  %v15 = arith.shli %v13, %v14 {tag = 1 : i64} : i32
  %v16 = arith.shli %v13, %v14 {tag = 1 : i64} : i32
  %v17 = arith.constant 0x0000000000000001 : f64
  %v18 = arith.minnumf %v12, %v17 fastmath<reassoc,contract> : f64
  %v19 = arith.divsi %v5, %v0 : index
  %v20 = arith.shli %v13, %v14 {tag = 1 : i64} : i32
  %v21 = arith.cmpi sgt, %v13, %v16 : i32
  %v22 = arith.select %v21, %v16, %v13 : i32
  %v23 = arith.constant 1 : i32
  %v24 = arith.xori %v20, %v23 : i32
  %v25 = arith.constant 33 : i32
  %v26 = arith.xori %v25, %v24 : i32
  %v27 = arith.constant -0.75 : f64
  %v28 = arith.cmpf ord, %v17, %v27 : f64
  %v29 = arith.divf %v18, %v10 {tag = 0 : i64} : f64
  %v30 = arith.cmpf ogt, %v12, %v10 fastmath<nnan,ninf> : f64
  %v31 = arith.constant dense<7> : vector<2xi32>
  %v32 = arith.floordivsi %v31, %arg0 : vector<2xi32>
  %v33 = arith.index_castui %v2 : index to i1
  %v34 = arith.constant 0x0000000000000000 : f64
  %v35 = arith.constant 1.0e+10 : f64
  %v36 = arith.maxnumf %v34, %v35 fastmath<ninf> : f64
  %v37 = arith.constant dense<[0x3C00, 0x1E5B]> : vector<2xf16>
  %v38 = arith.constant -128 : i8
  %v39 = arith.constant -1 : i7
  %v40 = arith.constant 0x1C : f6E2M3FN
  %v41 = func.call @f1(%v37, %v38, %v39, %v40) : (vector<2xf16>, i8, i7, f6E2M3FN) -> i7
  %v42 = arith.constant 0.1 : f6E2M3FN
  %v43 = arith.constant 0.5 : f6E2M3FN
  %v44 = arith.maxnumf %v42, %v43 fastmath<ninf> : f6E2M3FN
  %v45 = arith.constant false
  %v46 = arith.select %v6, %v6, %v45 : i1
  return %v41, %v30 : i7, i1
}
func.func @f3(%arg0: f80) -> (i1, i1) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.constant 0 : i64
  %v2 = arith.shli %v0, %v1 : i64
  %v3 = arith.constant 11 : i64
  %v4 = arith.constant -6 : i64
  %v5 = arith.shrui %v3, %v4 {tag = 0 : i64} : i64
  %v6 = arith.constant 2.0 : f80
  %v7 = arith.divf %arg0, %v6 fastmath<ninf> : f80
  %v8 = arith.constant dense<[[0.1, 0x7F7F, 0x0080], [0xFFC0, 4.0, 0xF93B]]> : vector<2x3xbf16>
  %v9 = arith.maximumf %v8, %v8 fastmath<reassoc,contract> {tag = 1 : i64} : vector<2x3xbf16>
  %v10 = arith.constant -7 : i64
  %v11 = arith.constant 63 : i64
  %v12 = arith.ceildivui %v10, %v11 : i64
  %v13 = arith.constant 0 : i64
  %v14:2 = arith.mulsi_extended %v13, %v12 : i64
  %v15 = arith.constant dense<0x7F80> : vector<2x3xbf16>
  %v16 = arith.remf %v15, %v8 : vector<2x3xbf16>
  %v17 = arith.constant -4305549968895146837 : i64
  %v18 = arith.subi %v1, %v17 : i64
  %v19 = arith.constant 6128006287481637835 : i64
  %v20 = arith.subi %v18, %v19 : i64
  %v21 = arith.constant 0 : i64
  %v22 = arith.index_castui %v21 : i64 to index
  %v23 = arith.constant 100.0 : f80
  %v24 = arith.cmpf une, %arg0, %v23 fastmath<nnan,ninf> : f80
  %v25 = arith.maxnumf %v8, %v8 : vector<2x3xbf16>
  %v26 = arith.index_castui %v21 : i64 to index
  %v27 = arith.maximumf %arg0, %v6 fastmath<reassoc,contract> : f80
  %v28 = arith.constant -3.0e-05 : f8E3M4
  %v29 = arith.negf %v28 : f8E3M4
  %v30 = arith.negf %v29 : f8E3M4
  %v31 = arith.constant false
  %v32 = arith.constant true
  %v33 = arith.constant true
  %v34 = arith.select %v31, %v32, %v33 : i1
  %v35 = arith.constant 14 : i32
  %v36 = arith.constant -1 : i32
  %v37 = arith.cmpi ugt, %v35, %v36 : i32
  %v38 = arith.index_castui %v21 {tag = 1 : i64} : i64 to index
  %v39 = arith.select %v32, %v24, %v24 : i1
  %v40 = arith.addf %arg0, %v7 {tag = 0 : i64} : f80
  return %v24, %v24 : i1, i1
}
