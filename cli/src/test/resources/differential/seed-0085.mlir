// Random func/arith module, seed 85.
func.func @f0(%arg0: vector<2x3xi32>) -> i1 {
  %v0 = arith.remsi %arg0, %arg0 : vector<2x3xi32>
  %v1 = arith.remsi %arg0, %arg0 : vector<2x3xi32>
  %v2 = arith.cmpi sge, %arg0, %v1 : vector<2x3xi32>
  %v3 = arith.constant -0.0 : f64
  %v4 = arith.mulf %v3, %v3 : f64
  %v5 = arith.mulf %v3, %v3 : f64
  %v6 = arith.constant 0x1E87163AEA90402C : f64
  %v7 = arith.cmpf one, %v3, %v6 : f64
  return %v7 : i1
}
func.func @f1(%arg0: tensor<3xi64>, %arg1: f8E4M3FNUZ, %arg2: i8) {
  %v0 = arith.constant dense<8> : tensor<3xi64>
  %v1 = arith.addi %arg0, %v0 overflow<nsw> : tensor<3xi64>
  %v2 = arith.fptosi %arg1 : f8E4M3FNUZ to i32
  %v3 = arith.extui %arg2 : i8 to i64
  %v4 = arith.constant 0 : i32
  %v5 = arith.minsi %v2, %v4 : i32
  %v6 = arith.extui %arg2 : i8 to i64
  %v7 = arith.constant -1562800283864078718 : i64
  %v8 = arith.cmpi ne, %v6, %v7 : i64
  %v9 = arith.constant 3.0 : f8E4M3FNUZ
  %v10 = arith.maxnumf %v9, %arg1 : f8E4M3FNUZ
  %v11 = arith.extui %arg2 : i8 to i64
  %v12 = arith.extui %arg2 : i8 to i64
  %v13 = arith.cmpi sge, %v11, %v12 : i64
  %v14 = arith.index_cast %v3 : i64 to index
  %v15 = arith.constant true
  %v16 = arith.constant -8 : i8
  %v17 = arith.constant 1 : i8
  %v18 = arith.select %v15, %v16, %v17 : i8
  %v19 = arith.constant dense<-5> : tensor<3xi64>
  %v20 = arith.remui %v0, %v19 : tensor<3xi64>
  %v21 = arith.minsi %v2, %v4 : i32
  %v22 = arith.minimumf %arg1, %v9 : f8E4M3FNUZ
  %v23 = arith.cmpf oeq, %v22, %arg1 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v24 = arith.constant -1 : i32
  %v25 = arith.select %v23, %v21, %v24 : i32
  %v26 = arith.ceildivsi %v2, %v21 : i32
  %v27 = arith.constant dense<1> : vector<2x3xi32>
  %v28 = func.call @f0(%v27) : (vector<2x3xi32>) -> i1
  %v29 = arith.extf %arg1 fastmath<none> : f8E4M3FNUZ to f64
  %v30 = arith.constant dense<16384> : tensor<3xi16>
  %v31 = arith.minui %v30, %v30 : tensor<3xi16>
  %v32 = arith.constant 0x143F0FEF842E1442 : f64
  %v33 = arith.cmpf ole, %v32, %v29 : f64
  %v34 = arith.shrsi %v25, %v26 : i32
  %v35 = arith.uitofp %v6 : i64 to f64
  %v36 = arith.fptoui %v35 : f64 to i64
  %v37 = arith.constant 0 : i7
  %v38 = arith.constant 7 : i7
  %v39 = arith.ori %v37, %v38 : i7
  return
}
func.func @f2(%arg0: tensor<2x2xi1>, %arg1: i128, %arg2: i32, %arg3: index) -> (i64, i64) {
  %v0 = arith.constant -1.0 : f32
  %v1 = arith.cmpf ole, %v0, %v0 : f32
  %v2:2 = arith.mului_extended %arg2, %arg2 : i32
  %v3 = arith.cmpf ole, %v0, %v0 : f32
  %v4 = arith.constant 1 : i128
  %v5 = arith.minui %v4, %arg1 : i128
  %v6 = arith.constant 8192 : i64
  %v7 = arith.constant 4398046511104 : i64
  %v8:2 = arith.addui_extended %v6, %v7 : i64, i1
  %v9:2 = arith.addui_extended %v6, %v7 : i64, i1
  %v10 = arith.constant dense<7067261157322840771> : tensor<3xi64>
  %v11 = arith.constant -1.0 : f8E4M3FNUZ
  %v12 = arith.constant -7 : i8
  func.call @f1(%v10, %v11, %v12) : (tensor<3xi64>, f8E4M3FNUZ, i8) -> ()
  %v14 = arith.constant 1.0 : f32
  %v15 = arith.divf %v0, %v14 fastmath<ninf> : f32
  %v16 = arith.constant 3.0 : f8E4M3FNUZ
  %v17 = arith.extf %v16 : f8E4M3FNUZ to f16
  return %v8#0, %v8#0 : i64, i64
}
func.func @f3(%arg0: f8E3M4, %arg1: i7) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ) {
  %v0 = arith.constant 0x10 : f8E3M4
  %v1 = arith.constant 0xF8 : f8E3M4
  %v2 = arith.addf %v0, %v1 : f8E3M4
  %v3 = arith.constant 8 : i7
  %v4 = arith.constant 2 : i7
  %v5 = arith.addi %v3, %v4 overflow<none> : i7
  %v6 = arith.ceildivsi %arg1, %v5 : i7
  %v7 = arith.bitcast %arg0 : f8E3M4 to f8E4M3FNUZ
  %v8 = arith.bitcast %arg0 : f8E3M4 to f8E4M3FNUZ
  %v9 = arith.index_castui %v5 : i7 to index
  return %v8, %v8, %v7 : f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ
}
