// Random func/arith module, seed 79.
func.func @f0(%arg0: f16) -> (i8, index) {
  %v0 = arith.constant false
  %v1 = arith.sitofp %v0 : i1 to f32
  %v2 = arith.fptosi %v1 : f32 to i1
  %v3 = arith.constant false
  %v4:2 = arith.mului_extended %v0, %v3 : i1
  %v5 = arith.constant false
  %v6 = arith.index_cast %v5 : i1 to index
  %v7:2 = arith.mului_extended %v0, %v3 : i1
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.ceildivsi %v8, %v6 : index
  %v10 = arith.fptosi %v1 : f32 to i1
  %v11 = arith.fptosi %arg0 : f16 to i8
  %v12 = arith.constant 0 : i8
  %v13:2 = arith.mului_extended %v11, %v12 : i8
  %v14 = arith.extsi %v13#1 : i8 to i16
  %v15 = arith.trunci %v14 : i16 to i8
  %v16 = arith.index_cast %v5 : i1 to index
  %v17 = arith.constant 32 : i16
  %v18 = arith.cmpi eq, %v14, %v17 : i16
  %v19 = arith.constant 0xFFC00000 : f32
  %v20 = arith.mulf %v19, %v19 : f32
  %v21 = arith.andi %v0, %v5 : i1
  %v22 = arith.constant dense<-9223372036854775808> : vector<i64>
  %v23 = arith.bitcast %v22 : vector<i64> to vector<f64>
  %v24 = arith.constant dense<1.0> : vector<f64>
  %v25 = arith.negf %v24 : vector<f64>
  return %v11, %v16 : i8, index
}
func.func @f1(%arg0: vector<2xf32>, %arg1: i128, %arg2: tensor<2x2xi1>, %arg3: tensor<2x2xf64>) {
  %v0 = arith.constant 4 : i128
  %v1 = arith.constant -170141183460469231731687303715884105728 : i128
  %v2:2 = arith.addui_extended %v0, %v1 : i128, i1
  %v3 = arith.constant dense<0x7FF0000000000000> : tensor<2x2xf64>
  %v4 = arith.truncf %v3 : tensor<2x2xf64> to tensor<2x2xf16>
  %v5 = arith.ori %v2#1, %v2#1 : i1
  %v6 = arith.constant dense<false> : tensor<2x2xi1>
  %v7 = arith.cmpi sgt, %arg2, %v6 : tensor<2x2xi1>
  %v8 = arith.select %v7, %v6, %arg2 : tensor<2x2xi1>, tensor<2x2xi1>
  %v9:2 = arith.addui_extended %v0, %v1 : i128, i1
  %v10 = arith.addf %arg3, %arg3 : tensor<2x2xf64>
  %v11 = arith.truncf %v3 : tensor<2x2xf64> to tensor<2x2xf16>
  %v12 = arith.truncf %v3 : tensor<2x2xf64> to tensor<2x2xf16>
  %v13 = arith.negf %arg0 : vector<2xf32>
  %v14 = arith.constant 0 : i128
  %v15 = arith.cmpi eq, %v14, %arg1 : i128
  %v16 = arith.constant dense<[[0x0001, 0x0000, 0.0], [0xC5CC, 1.0, -0.0]]> : vector<2x3xf16>
  %v17 = arith.extf %v16 : vector<2x3xf16> to vector<2x3xf64>
  %v18 = arith.fptosi %v10 : tensor<2x2xf64> to tensor<2x2xi1>
  %v19 = arith.constant 340282366920938463463374607431768211449 : i128
  %v20:2 = arith.addui_extended %v0, %v19 : i128, i1
  %v21 = arith.constant 17 : i16
  %v22 = arith.index_castui %v21 : i16 to index
  %v23 = arith.index_castui %v22 : index to i16
  %v24 = arith.maximumf %v16, %v16 fastmath<nnan> : vector<2x3xf16>
  %v25 = arith.index_cast %v15 : i1 to index
  %v26 = arith.extsi %v15 : i1 to i64
  %v27 = arith.constant 9223372036854775807 : index
  %v28 = arith.cmpi ne, %v22, %v27 : index
  %v29 = arith.constant true
  %v30 = arith.constant false
  %v31 = arith.select %v28, %v30, %v29 : i1
  %v32 = arith.andi %arg1, %arg1 : i128
  %v33 = arith.cmpf false, %arg3, %v10 : tensor<2x2xf64>
  %v34 = arith.constant dense<0x3A0822E5549AA1B9> : tensor<2x2xf64>
  %v35 = arith.divf %v34, %v10 fastmath<fast> : tensor<2x2xf64>
  return
}
func.func @f2(%arg0: f8E4M3B11FNUZ, %arg1: f32, %arg2: vector<i16>) -> (f8E4M3B11FNUZ, f32) {
  %v0 = arith.constant 0x78 : f8E4M3B11FNUZ
  %v1 = arith.negf %v0 : f8E4M3B11FNUZ
  %v2 = arith.cmpf one, %arg0, %v0 : f8E4M3B11FNUZ
  %v3 = arith.constant dense<9033335588090122593> : vector<index>
  %v4 = arith.constant dense<-1> : vector<index>
  %v5 = arith.divui %v3, %v4 : vector<index>
  %v6 = arith.constant dense<-128> : vector<i8>
  %v7 = arith.extsi %v6 : vector<i8> to vector<i64>
  %v8 = arith.constant dense<2438803853512165637> : vector<i64>
  %v9 = arith.cmpi slt, %v7, %v8 : vector<i64>
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.mulf %arg1, %v10 : f32
  %v12 = arith.constant dense<1> : vector<i64>
  %v13 = arith.constant dense<2> : vector<i64>
  %v14 = arith.cmpi sgt, %v12, %v13 : vector<i64>
  return %v0, %v11 : f8E4M3B11FNUZ, f32
}
func.func @f3(%arg0: f32, %arg1: f6E2M3FN, %arg2: i64) -> (i1, i64) {
  %v0 = arith.constant 16 : i64
  %v1 = arith.constant -8 : i64
  %v2 = arith.shrsi %v0, %v1 : i64
  %v3 = arith.constant 1532769914167335388 : i64
  %v4 = arith.xori %v3, %v2 : i64
  %v5 = arith.minui %v0, %arg2 : i64
  %v6 = arith.minui %arg2, %v0 : i64
  %v7 = arith.constant 10 : i64
  %v8 = arith.uitofp %v7 : i64 to f64
  %v9 = arith.shrsi %v0, %v1 : i64
  %v10 = arith.cmpi ult, %arg2, %v4 : i64
  %v11 = arith.constant 128 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.constant -7 : i8
  %v14 = arith.extsi %v13 : i8 to i64
  %v15 = arith.cmpi ne, %v12, %v14 : i64
  %v16 = arith.constant 0x07 : f6E2M3FN
  %v17 = arith.cmpf uge, %v16, %arg1 : f6E2M3FN
  %v18 = arith.constant 1 : i64
  %v19 = arith.maxui %v18, %v5 : i64
  %v20:2 = arith.mulsi_extended %v5, %v6 : i64
  %v21 = arith.select %v17, %arg0, %arg0 : f32
  %v22 = arith.constant 63 : i64
  %v23 = arith.constant -1 : i64
  %v24 = arith.andi %v22, %v23 : i64
  %v25 = arith.select %v17, %arg1, %arg1 : f6E2M3FN
  %v26 = arith.index_cast %v10 : i1 to index
  %v27 = arith.addf %v21, %v21 : f32
  %v28 = arith.constant 1 : i64
  %v29:2 = arith.mului_extended %v28, %v23 : i64
  %v30 = arith.constant -0.0 : f32
  %v31 = arith.subf %v27, %v30 : f32
  %v32:2 = arith.addui_extended %v20#1, %v5 : i64, i1
  %v33 = arith.uitofp %v15 : i1 to f8E4M3B11FNUZ
  %v34 = arith.maxui %v26, %v26 : index
  %v35 = arith.minnumf %v25, %arg1 : f6E2M3FN
  %v36 = arith.constant dense<32> : vector<[4]xi32>
  %v37 = arith.constant dense<2> : vector<[4]xi32>
  %v38 = arith.minui %v36, %v37 : vector<[4]xi32>
  return %v32#1, %v32#0 : i1, i64
}
