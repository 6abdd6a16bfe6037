// Random func/arith module, seed 113.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: i32, %arg2: tensor<2x2xf16>) -> (i1, i32) {
  %v0 = arith.index_cast %arg1 : i32 to index
  %v1 = arith.constant 7 : i32
  %v2 = arith.cmpi eq, %v1, %arg1 : i32
  %v3 = arith.constant true
  %v4 = arith.addi %v3, %v2 : i1
  %v5 = arith.constant -1 : index
  %v6 = arith.constant -9223372036854775808 : index
  %v7 = arith.maxsi %v5, %v6 : index
  %v8 = arith.constant false
  %v9 = arith.muli %v2, %v8 : i1
  %v10 = arith.constant -5159778590172251672 : index
  %v11 = arith.ori %v10, %v0 : index
  %v12 = arith.constant 0xB8 : f8E4M3FNUZ
  %v13 = arith.minimumf %arg0, %v12 : f8E4M3FNUZ
  %v14 = arith.subi %v9, %v4 : i1
  %v15 = arith.cmpi sle, %v6, %v11 : index
  %v16 = arith.cmpi sle, %v1, %v1 : i32
  %v17 = arith.shrui %v1, %arg1 : i32
  %v18 = arith.cmpi ugt, %v9, %v8 : i1
  %v19 = arith.constant true
  %v20 = arith.maxsi %v15, %v19 : i1
  %v21 = arith.constant 0xDB : f8E4M3FNUZ
  %v22 = arith.extf %v21 : f8E4M3FNUZ to f16
  %v23 = arith.maximumf %v13, %arg0 fastmath<nsz> : f8E4M3FNUZ
  %v24 = arith.constant false
  %v25:2 = arith.addui_extended %v20, %v24 : i1, i1
  %v26 = arith.constant false
  %v27 = arith.index_cast %v26 : i1 to index
  %v28 = arith.extf %arg0 : f8E4M3FNUZ to f32
  %v29 = arith.constant 9223372036854775807 : index
  %v30 = arith.constant 9223372036854775807 : index
  %v31 = arith.subi %v29, %v30 : index
  %v32 = arith.cmpi ult, %v0, %v5 : index
  %v33 = arith.negf %v21 : f8E4M3FNUZ
  %v34 = arith.index_castui %v17 : i32 to index
  return %v25#0, %v1 : i1, i32
}
func.func @f1(%arg0: i32, %arg1: f64) -> i1 {
  %v0 = arith.constant 8192 : i32
  %v1 = arith.shrui %v0, %arg0 : i32
  %v2 = arith.cmpi ule, %v1, %arg0 : i32
  %v3 = arith.extui %v1 : i32 to i128
  %v4 = arith.cmpi ule, %v1, %arg0 : i32
  %v5 = arith.extui %v1 : i32 to i128
  %v6 = arith.constant -2.5 : f64
  %v7 = arith.subf %v6, %arg1 fastmath<fast> : f64
  %v8 = arith.extui %v1 : i32 to i128
  %v9 = arith.cmpi sle, %v4, %v4 : i1
  %v10 = arith.negf %arg1 fastmath<nnan> : f64
  %v11 = arith.constant 70368744177664 : i64
  %v12 = arith.constant -9223372036854775808 : i64
  %v13 = arith.ceildivsi %v11, %v12 : i64
  %v14 = arith.constant 32 : i32
  %v15 = arith.cmpi ult, %arg0, %v14 : i32
  %v16 = arith.extui %v1 : i32 to i128
  %v17 = arith.constant true
  %v18 = arith.constant 0xFFF8000000000000 : f64
  %v19 = arith.select %v17, %arg1, %v18 : f64
  %v20 = arith.constant 1.0e+10 : f64
  %v21 = arith.addf %v18, %v20 : f64
  %v22 = arith.select %v2, %arg1, %v10 : f64
  %v23 = arith.muli %v4, %v17 overflow<nsw> : i1
  %v24 = arith.subf %v20, %v7 : f64
  %v25 = arith.minui %v1, %v1 : i32
  %v26 = arith.constant 13 : i32
  %v27 = arith.cmpi eq, %v26, %v1 : i32
  %v28 = arith.constant 0xFF80 : bf16
  %v29 = arith.constant -0.75 : bf16
  %v30 = arith.cmpf ogt, %v28, %v29 fastmath<nnan> : bf16
  %v31 = arith.sitofp %v23 : i1 to f8E5M2FNUZ
  return %v23 : i1
}
func.func @f2(%arg0: i8, %arg1: f32, %arg2: f32, %arg3: f16) -> (i32, i16, i32) {
  %v0 = arith.cmpi sgt, %arg0, %arg0 : i8
  %v1 = arith.constant 9 : i8
  %v2 = arith.divui %arg0, %v1 : i8
  %v3 = arith.cmpi sgt, %arg0, %arg0 : i8
  %v4 = arith.cmpi sgt, %arg0, %arg0 : i8
  %v5 = arith.constant false
  %v6 = arith.maxui %v0, %v5 : i1
  %v7 = arith.constant -1 : i16
  %v8 = arith.constant 0 : i16
  %v9 = arith.shrui %v7, %v8 : i16
  %v10 = arith.ori %v5, %v3 : i1
  %v11 = arith.constant true
  %v12 = arith.floordivsi %v0, %v11 : i1
  %v13 = arith.constant 0x01 : f8E4M3FNUZ
  %v14 = arith.constant 632134045 : i32
  %v15 = arith.constant dense<[[100.0, 0x89A2], [0x7C00, -1.0]]> : tensor<2x2xf16>
  %v16:2 = func.call @f0(%v13, %v14, %v15) : (f8E4M3FNUZ, i32, tensor<2x2xf16>) -> (i1, i32)
  %v17 = arith.select %v16#0, %v14, %v16#1 : i32
  return %v17, %v9, %v17 : i32, i16, i32
}
func.func @f3(%arg0: vector<2xf64>, %arg1: index, %arg2: vector<4xi8>, %arg3: f8E5M2) -> vector<2xf64> {
  %v0 = arith.constant dense<127> : vector<4xi8>
  %v1 = arith.sitofp %v0 : vector<4xi8> to vector<4xf64>
  %v2 = arith.cmpi ult, %arg2, %arg2 : vector<4xi8>
  %v3 = arith.constant 0x80 : f8E5M2
  %v4 = arith.remf %v3, %arg3 : f8E5M2
  %v5 = arith.constant -7 : index
  %v6 = arith.ceildivsi %v5, %arg1 : index
  %v7 = arith.constant -2.5 : f32
  %v8 = arith.minnumf %v7, %v7 fastmath<nnan> : f32
  %v9 = arith.constant dense<[false, false, false, false]> : vector<4xi1>
  %v10 = arith.sitofp %v9 : vector<4xi1> to vector<4xf64>
  %v11 = arith.constant dense<-0.75> : vector<2xf64>
  %v12 = arith.mulf %arg0, %v11 fastmath<nnan> : vector<2xf64>
  %v13 = arith.cmpf ule, %v4, %v4 : f8E5M2
  return %v12 : vector<2xf64>
}
