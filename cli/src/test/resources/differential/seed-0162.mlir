// Random func/arith module, seed 162.
func.func @f0(%arg0: vector<f16>, %arg1: vector<2x3xf32>) -> (i64, vector<i1>, vector<i1>) {
  %v0 = arith.constant dense<0xFFC00000> : vector<2x3xf32>
  %v1 = arith.mulf %v0, %arg1 fastmath<nnan> : vector<2x3xf32>
  %v2 = arith.constant -128 : i8
  %v3 = arith.constant 249 : i8
  %v4 = arith.floordivsi %v2, %v3 : i8
  %v5 = arith.constant true
  %v6 = arith.constant -1 : i8
  %v7 = arith.select %v5, %v6, %v2 : i8
  %v8 = arith.constant true
  %v9 = arith.index_cast %v8 : i1 to index
  %v10 = arith.constant 0 : i64
  %v11:2 = arith.mului_extended %v10, %v10 : i64
  %v12 = arith.constant dense<false> : vector<2x3xi1>
  %v13 = arith.select %v12, %v0, %v1 : vector<2x3xi1>, vector<2x3xf32>
  %v14 = arith.floordivsi %v2, %v3 : i8
  %v15 = arith.constant dense<3.0> : vector<f16>
  %v16 = arith.cmpf ugt, %v15, %arg0 fastmath<nnan> : vector<f16>
  %v17 = arith.constant dense<true> : vector<i1>
  %v18 = arith.ori %v16, %v17 : vector<i1>
  %v19 = arith.constant 0.0 : f32
  %v20 = arith.constant 0x7F800000 : f32
  %v21 = arith.minnumf %v19, %v20 fastmath<nnan,ninf> : f32
  %v22 = arith.constant dense<0xBC00> : vector<f16>
  %v23 = arith.minimumf %v22, %arg0 fastmath<reassoc,contract> : vector<f16>
  %v24 = arith.cmpf oeq, %v23, %arg0 : vector<f16>
  %v25 = arith.constant 4294967296 : i128
  %v26 = arith.constant 170141183460469231731687303715884105727 : i128
  %v27 = arith.cmpi sle, %v25, %v26 : i128
  %v28 = arith.divsi %v18, %v24 exact : vector<i1>
  %v29 = arith.constant 0 : i32
  %v30 = arith.cmpi ult, %v29, %v29 : i32
  %v31 = arith.constant 0x00010000000000000000 : f80
  %v32 = arith.negf %v31 : f80
  %v33 = arith.cmpi slt, %v24, %v18 : vector<i1>
  %v34 = arith.negf %v13 : vector<2x3xf32>
  %v35 = arith.negf %v34 {tag = 0 : i64} : vector<2x3xf32>
  %v36:2 = arith.addui_extended %v16, %v33 : vector<i1>, vector<i1>
  %v37 = arith.constant dense<[[false, false, false], [false, false, false]]> : vector<2x3xi1>
  %v38:2 = arith.addui_extended %v12, %v37 : vector<2x3xi1>, vector<2x3xi1>
  %v39 = arith.constant dense<false> : vector<i1>
  %v40 = arith.uitofp %v39 : vector<i1> to vector<bf16>
  %v41 = arith.constant dense<-0.75> : vector<2x3xf32>
  %v42 = arith.maxnumf %v41, %v1 fastmath<nnan> : vector<2x3xf32>
  %v43 = arith.cmpf one, %v15, %arg0 : vector<f16>
  return %v10, %v43, %v28 : i64, vector<i1>, vector<i1>
}
func.func @f1(%arg0: vector<2xf64>, %arg1: i16, %arg2: i64) -> (vector<i1>, vector<index>, i64) {
  %v0 = arith.constant dense<[0.1, 0x000FFFFFFFFFFFFF]> : vector<2xf64>
  %v1 = arith.bitcast %v0 : vector<2xf64> to vector<2xi64>
  %v2 = arith.constant 2986449162929119117 : i64
  %v3 = arith.muli %v2, %arg2 : i64
  %v4 = arith.constant dense<[0x0000000000000000, -1.0]> : vector<2xf64>
  %v5 = arith.constant dense<0xFFF8000000000000> : vector<2xf64>
  %v6 = arith.divf %v4, %v5 : vector<2xf64>
  %v7 = arith.divf %v4, %v5 : vector<2xf64>
  %v8 = arith.divf %v4, %v5 : vector<2xf64>
  %v9 = arith.constant dense<0.0> : vector<f16>
  %v10 = arith.constant dense<0x7F800000> : vector<2x3xf32>
  %v11:3 = func.call @f0(%v9, %v10) : (vector<f16>, vector<2x3xf32>) -> (i64, vector<i1>, vector<i1>)
  %v12 = arith.index_castui %v11#2 : vector<i1> to vector<index>
  %v13 = arith.constant 0 : i64
  %v14 = arith.cmpi sle, %v13, %v2 : i64
  %v15 = arith.constant 1 : i64
  %v16 = arith.floordivsi %v11#0, %v15 : i64
  %v17 = arith.constant dense<false> : vector<i1>
  %v18 = arith.extsi %v17 : vector<i1> to vector<i8>
  return %v11#1, %v12, %arg2 : vector<i1>, vector<index>, i64
}
