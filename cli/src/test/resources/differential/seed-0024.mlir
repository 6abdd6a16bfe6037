// Random func/arith module, seed 24.
func.func @f0(%arg0: vector<4xbf16>, %arg1: i8, %arg2: index) -> (i64, index, f8E5M2FNUZ, i8) {
  %v0 = arith.bitcast %arg1 : i8 to f8E5M2FNUZ
  %v1 = arith.constant dense<-2.5> : vector<4xbf16>
  %v2 = arith.subf %arg0, %v1 : vector<4xbf16>
  %v3 = arith.constant 1 : i8
  %v4 = arith.maxsi %arg1, %v3 : i8
  %v5 = arith.muli %v4, %arg1 : i8
  %v6 = arith.mulf %arg0, %v2 fastmath<nnan> : vector<4xbf16>
  %v7 = arith.constant 1 : i64
  %v8 = arith.extui %v7 : i64 to i128
  %v9 = arith.bitcast %arg1 : i8 to f8E4M3
  %v10 = arith.constant -128 : i8
  %v11 = arith.floordivsi %v3, %v10 : i8
  %v12 = arith.mulf %arg0, %v2 fastmath<nnan> : vector<4xbf16>
  %v13 = arith.constant 32 : i32
  %v14 = arith.constant 1 : i32
  %v15:2 = arith.mului_extended %v13, %v14 : i32
  %v16 = arith.mulf %v0, %v0 : f8E5M2FNUZ
  %v17 = arith.constant 8 : i32
  %v18 = arith.constant -7 : i32
  %v19 = arith.floordivsi %v17, %v18 : i32
  %v20 = arith.muli %arg1, %v4 : i8
  %v21 = arith.muli %arg2, %arg2 : index
  %v22 = arith.constant -9223372036854775808 : index
  %v23 = arith.subi %v21, %v22 : index
  %v24 = arith.floordivsi %v14, %v15#1 : i32
  %v25 = arith.constant 9223372036854775807 : i64
  %v26 = arith.bitcast %v25 : i64 to f64
  %v27 = arith.index_castui %v5 : i8 to index
  %v28 = arith.constant -1 : i64
  %v29 = arith.minui %v25, %v28 : i64
  %v30 = arith.constant 11 : i128
  %v31 = arith.cmpi ult, %v8, %v30 : i128
  return %v29, %v27, %v16, %v20 : i64, index, f8E5M2FNUZ, i8
}
func.func @f1(%arg0: bf16, %arg1: vector<4xi8>, %arg2: f64) -> (vector<4xi8>, vector<4xi8>, f64) {
  %v0 = arith.constant dense<[-116, 0, 1, 9]> : vector<4xi8>
  %v1 = arith.minsi %v0, %arg1 : vector<4xi8>
  %v2 = arith.constant dense<[11, 0, -128, -8]> : vector<4xi8>
  %v3 = arith.cmpi eq, %v0, %v2 : vector<4xi8>
  %v4 = arith.constant 0x7F7F : bf16
  %v5 = arith.cmpf olt, %v4, %arg0 : bf16
  %v6 = arith.fptoui %v4 : bf16 to i64
  %v7 = arith.constant 0x007F : bf16
  %v8 = arith.divf %arg0, %v7 : bf16
  %v9 = arith.constant dense<0x0000> : vector<4xf16>
  %v10 = arith.cmpf uge, %v9, %v9 : vector<4xf16>
  %v11 = arith.constant 1.0e+10 : bf16
  %v12 = arith.cmpf one, %arg0, %v11 : bf16
  %v13 = arith.divf %arg0, %v7 : bf16
  %v14 = arith.fptoui %v4 : bf16 to i64
  %v15 = arith.cmpi ule, %arg1, %v1 : vector<4xi8>
  %v16 = arith.remf %arg2, %arg2 : f64
  %v17 = arith.bitcast %v4 : bf16 to f16
  %v18 = arith.constant dense<[11, 1, 1, 0]> : vector<4xi8>
  %v19 = arith.addi %arg1, %v18 : vector<4xi8>
  %v20 = arith.constant -1 : i64
  %v21 = arith.remui %v20, %v14 : i64
  return %v19, %v18, %v16 : vector<4xi8>, vector<4xi8>, f64
}
func.func @f2(%arg0: i7) -> (f64, f64) {
  %v0 = arith.constant 6 : i7
  %v1 = arith.minsi %arg0, %v0 : i7
  %v2 = arith.constant 3.0 : f32
  %v3 = arith.constant 0x7F800000 : f32
  %v4 = arith.cmpf ugt, %v2, %v3 : f32
  %v5 = arith.constant 15 : i7
  %v6 = arith.constant 6 : i7
  %v7 = arith.cmpi sgt, %v5, %v6 : i7
  %v8 = arith.constant 1.0 : f32
  %v9 = arith.maxnumf %v2, %v8 : f32
  %v10 = arith.constant dense<[-0.75, 0xFFC0]> : vector<2xbf16>
  %v11 = arith.remf %v10, %v10 fastmath<nnan> : vector<2xbf16>
  %v12 = arith.constant 0xFFF0000000000000 : f64
  %v13 = arith.constant 3.0 : f64
  %v14 = arith.subf %v12, %v13 : f64
  %v15 = arith.index_cast %arg0 : i7 to index
  %v16 = arith.fptoui %v12 : f64 to i33
  %v17 = arith.constant dense<[0xFFC0, -2.5]> : vector<2xbf16>
  %v18 = arith.fptosi %v17 : vector<2xbf16> to vector<2xi16>
  %v19 = arith.constant dense<0xBEDF> : vector<2xbf16>
  %v20 = arith.minimumf %v19, %v10 fastmath<none> : vector<2xbf16>
  %v21 = arith.ceildivsi %v15, %v15 : index
  %v22 = arith.constant -2.5 : f32
  %v23 = arith.cmpf ogt, %v22, %v2 : f32
  %v24 = arith.cmpi eq, %v15, %v21 : index
  %v25 = arith.constant 0x0001 : bf16
  %v26 = arith.constant dense<[0, 1, 19, 1]> : vector<4xi8>
  %v27 = arith.constant 2.0 : f64
  %v28:3 = func.call @f1(%v25, %v26, %v27) : (bf16, vector<4xi8>, f64) -> (vector<4xi8>, vector<4xi8>, f64)
  %v29 = arith.constant 0x8E : f8E4M3FNUZ
  %v30 = arith.negf %v29 fastmath<ninf> : f8E4M3FNUZ
  %v31 = arith.constant 0xF3D70C07611EBFF7 : f64
  %v32 = arith.maxnumf %v27, %v31 : f64
  %v33 = arith.extui %v7 : i1 to i64
  %v34 = arith.constant 0x7FF0000000000000 : f64
  %v35 = arith.minimumf %v34, %v28#2 fastmath<ninf> : f64
  %v36 = arith.shrui %arg0, %v0 : i7
  return %v32, %v28#2 : f64, f64
}
