// Random func/arith module, seed 87.
func.func @f0(%arg0: f64, %arg1: i64, %arg2: vector<i8>) -> (f64, i1, vector<i8>) {
  %v0 = arith.divui %arg1, %arg1 : i64
  %v1 = arith.divui %arg1, %arg1 : i64
  %v2 = arith.constant dense<9> : vector<i8>
  %v3 = arith.andi %arg2, %v2 : vector<i8>
  %v4 = arith.constant dense<-7> : vector<i8>
  %v5 = arith.andi %v3, %v4 : vector<i8>
  %v6 = arith.cmpf olt, %arg0, %arg0 fastmath<none> : f64
  %v7 = arith.andi %arg2, %v2 : vector<i8>
  %v8 = arith.constant -0.0 : f64
  %v9 = arith.addf %arg0, %v8 : f64
  %v10 = arith.remsi %v1, %arg1 {tag = 1 : i64} : i64
  %v11 = arith.cmpi sle, %v6, %v6 : i1
  return %v9, %v6, %v7 : f64, i1, vector<i8>
}
func.func @f1(%arg0: f8E4M3FN, %arg1: f8E4M3FNUZ, %arg2: f8E8M0FNU) -> (i64, i64) {
  %v0 = arith.constant 0x08 : f8E4M3FN
  %v1 = arith.cmpf ugt, %v0, %arg0 : f8E4M3FN
  %v2 = arith.select %v1, %v1, %v1 : i1
  %v3 = arith.constant 0 : i8
  %v4 = arith.minui %v3, %v3 : i8
  %v5 = arith.constant dense<32767> : tensor<3xi16>
  %v6 = arith.remsi %v5, %v5 : tensor<3xi16>
  %v7 = arith.constant 0x00 : f8E8M0FNU
  %v8 = arith.extf %v7 : f8E8M0FNU to bf16
  %v9 = arith.constant true
  %v10 = arith.select %v9, %v1, %v2 : i1
  %v11 = arith.constant dense<[-32768, 9856, 128]> : tensor<3xi16>
  %v12 = arith.sitofp %v11 : tensor<3xi16> to tensor<3xbf16>
  %v13 = arith.constant true
  %v14 = arith.constant true
  %v15 = arith.muli %v13, %v14 overflow<none> : i1
  %v16 = arith.cmpi sle, %v2, %v1 : i1
  %v17 = arith.constant false
  %v18 = arith.ceildivsi %v1, %v17 : i1
  %v19 = arith.constant 0x7F : f8E8M0FNU
  %v20 = arith.mulf %v19, %v7 : f8E8M0FNU
  %v21 = arith.extui %v16 : i1 to i64
  %v22 = arith.constant 5 : i64
  %v23 = arith.shrui %v21, %v22 : i64
  %v24 = arith.maxui %v21, %v21 : i64
  %v25 = arith.extui %v18 : i1 to i64
  %v26 = arith.extui %v14 : i1 to i64
  %v27 = arith.cmpi eq, %v25, %v26 : i64
  %v28 = arith.constant dense<0xBF80> : tensor<3xbf16>
  %v29 = arith.cmpf ule, %v28, %v12 : tensor<3xbf16>
  %v30 = arith.constant 0x38 : f8E4M3FNUZ
  %v31 = arith.maxnumf %v30, %arg1 fastmath<none> : f8E4M3FNUZ
  %v32 = arith.negf %arg1 : f8E4M3FNUZ
  %v33:2 = arith.addui_extended %v1, %v10 : i1, i1
  %v34 = arith.cmpi ule, %v24, %v22 : i64
  return %v25, %v23 : i64, i64
}
func.func @f2(%arg0: vector<2xi8>, %arg1: vector<i8>) -> (vector<i1>, vector<i8>) {
  %v0 = arith.constant 3.0 : f32
  %v1 = arith.constant 0x7F800000 : f32
  %v2 = arith.cmpf une, %v0, %v1 {tag = 1 : i64} : f32
  %v3 = arith.cmpf une, %v0, %v1 {tag = 1 : i64} : f32
  %v4 = arith.constant -0.0 : f64
  %v5 = arith.constant 1 : i64
  %v6:3 = func.call @f0(%v4, %v5, %arg1) : (f64, i64, vector<i8>) -> (f64, i1, vector<i8>)
  %v7 = arith.constant dense<7> : vector<i8>
  %v8 = arith.shli %v7, %v7 overflow<none> : vector<i8>
  %v9 = arith.cmpi sle, %arg0, %arg0 : vector<2xi8>
  %v10 = arith.cmpi sle, %arg1, %arg1 : vector<i8>
  return %v10, %v7 : vector<i1>, vector<i8>
}
