// Random func/arith module, seed 20.
func.func @f0(%arg0: index, %arg1: vector<4xf16>, %arg2: bf16) -> index {
  %v0 = arith.constant -1151275570 : i32
  %v1:2 = arith.mulsi_extended %v0, %v0 : i32
  %v2:2 = arith.mulsi_extended %v0, %v0 : i32
  %v3 = arith.andi %v2#0, %v1#1 : i32
  %v4 = arith.constant 100.0 : bf16
  %v5 = arith.negf %v4 : bf16
  %v6 = arith.negf %v5 fastmath<reassoc,contract> : bf16
  %v7 = arith.ori %arg0, %arg0 : index
  %v8 = arith.constant 0 : index
  %v9 = arith.subi %v7, %v8 : index
  %v10 = arith.constant 536870912 : index
  %v11 = arith.subi %v9, %v10 : index
  %v12 = arith.constant 4194304 : i32
  %v13 = arith.constant 2147483648 : i32
  %v14 = arith.maxui %v12, %v13 : i32
  %v15 = arith.constant 3 : index
  %v16 = arith.cmpi sge, %v9, %v15 : index
  %v17 = arith.constant true
  %v18 = arith.constant false
  %v19 = arith.select %v16, %v18, %v17 : i1
  %v20 = arith.constant dense<-6> : tensor<3xi64>
  %v21 = arith.constant dense<[1, 6, 3]> : tensor<3xi64>
  %v22:2 = arith.mului_extended %v20, %v21 : tensor<3xi64>
  %v23 = arith.constant dense<[0.1, -3.0e-05, 7.0]> : tensor<3xf16>
  %v24 = arith.constant dense<0x3C00> : tensor<3xf16>
  %v25 = arith.remf %v23, %v24 fastmath<arcp,afn> : tensor<3xf16>
  %v26 = arith.constant 0x08 : f8E4M3FNUZ
  %v27 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v28 = arith.subf %v26, %v27 : f8E4M3FNUZ
  return %v9 : index
}
func.func @f1(%arg0: i32) -> (i1, i32, f32) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.maxui %v0, %arg0 : i32
  %v2 = arith.maxui %v0, %arg0 : i32
  %v3 = arith.constant 3.0 : f64
  %v4 = arith.constant 0.5 : f64
  %v5 = arith.minnumf %v3, %v4 : f64
  %v6 = arith.truncf %v3 upward : f64 to f8E5M2FNUZ
  %v7 = arith.xori %v2, %v1 : i32
  %v8 = arith.constant -4 : i32
  %v9 = arith.subi %v8, %v2 overflow<nuw> : i32
  %v10 = arith.constant dense<[[0x0400, 1.0e+10, 0x7C00], [0x44CF, 1.0, 0x0000]]> : vector<2x3xf16>
  %v11 = arith.minnumf %v10, %v10 : vector<2x3xf16>
  %v12 = arith.minnumf %v10, %v10 : vector<2x3xf16>
  %v13 = arith.bitcast %v2 : i32 to f32
  %v14 = arith.constant -8 : index
  %v15 = arith.shli %v14, %v14 : index
  %v16 = arith.constant -1 : i8
  %v17 = arith.constant 16 : i8
  %v18 = arith.cmpi sgt, %v16, %v17 : i8
  %v19 = arith.select %v18, %v17, %v16 : i8
  %v20 = arith.constant 0 : i32
  %v21 = arith.xori %v9, %v20 : i32
  %v22 = arith.constant -3 : i32
  %v23 = arith.xori %v21, %v22 : i32
  %v24 = arith.constant -9223372036854775808 : index
  %v25 = arith.constant dense<0.5> : vector<4xf16>
  %v26 = arith.constant 0x0001 : bf16
  %v27 = func.call @f0(%v24, %v25, %v26) : (index, vector<4xf16>, bf16) -> index
  %v28 = arith.extui %v21 : i32 to i64
  %v29 = arith.extui %v8 : i32 to i64
  %v30 = arith.cmpi eq, %v28, %v29 : i64
  %v31 = arith.constant 0xDCAF5E7D : f32
  %v32 = arith.cmpf uge, %v13, %v31 : f32
  %v33 = arith.divsi %arg0, %v21 : i32
  %v34 = arith.negf %v13 : f32
  %v35 = arith.trunci %v29 : i64 to i32
  %v36 = arith.constant 2.0 : f32
  %v37 = arith.cmpf une, %v31, %v36 : f32
  %v38 = arith.minnumf %v4, %v3 : f64
  return %v32, %v35, %v34 : i1, i32, f32
}
func.func @f2(%arg0: f64, %arg1: tensor<2x2xi32>, %arg2: vector<4xindex>) {
  %v0 = arith.constant dense<[[1, -1], [33, 0]]> : tensor<2x2xi32>
  %v1 = arith.cmpi slt, %v0, %arg1 : tensor<2x2xi32>
  %v2 = arith.constant 0x7FF0000000000000 : f64
  %v3 = arith.fptoui %v2 : f64 to i1
  %v4 = arith.constant 7 : i33
  %v5 = arith.trunci %v4 : i33 to i32
  %v6 = arith.constant dense<[64, -4, 1]> : tensor<3xi64>
  %v7 = arith.constant dense<[-1, 0, 9223372036854775807]> : tensor<3xi64>
  %v8:2 = arith.addui_extended %v6, %v7 : tensor<3xi64>, tensor<3xi1>
  %v9 = arith.remf %v2, %arg0 : f64
  %v10 = arith.constant dense<[[-6, -2147483648], [1073741824, -5]]> : tensor<2x2xi32>
  %v11 = arith.shli %arg1, %v10 : tensor<2x2xi32>
  %v12 = arith.constant -1 : i33
  %v13 = arith.constant 34 : i33
  %v14 = arith.shrsi %v12, %v13 exact : i33
  %v15 = arith.addi %arg2, %arg2 overflow<nsw, nuw> : vector<4xindex>
  %v16 = arith.minimumf %arg0, %v9 : f64
  %v17 = arith.constant 7 : i32
  %v18:3 = func.call @f1(%v17) : (i32) -> (i1, i32, f32)
  %v19 = arith.constant dense<false> : tensor<2x2xi1>
  %v20 = arith.index_castui %v19 : tensor<2x2xi1> to tensor<2x2xindex>
  %v21 = arith.index_castui %v19 : tensor<2x2xi1> to tensor<2x2xindex>
  %v22 = arith.cmpi slt, %v0, %arg1 : tensor<2x2xi32>
  %v23 = arith.extsi %v11 : tensor<2x2xi32> to tensor<2x2xi64>
  %v24 = arith.constant dense<0> : tensor<2x2xi64>
  %v25 = arith.cmpi ne, %v23, %v24 : tensor<2x2xi64>
  %v26 = arith.constant true
  %v27 = arith.floordivsi %v3, %v26 : i1
  return
}
func.func @f3(%arg0: tensor<2x2xi16>, %arg1: f8E4M3, %arg2: f32) -> (i33, i1, i1, i1) {
  %v0 = arith.constant 0x38 : f8E4M3
  %v1 = arith.cmpf oeq, %v0, %arg1 : f8E4M3
  %v2 = arith.constant true
  %v3 = arith.floordivsi %v2, %v1 : i1
  %v4 = arith.constant dense<-8> : tensor<2x2xi16>
  %v5 = arith.remsi %v4, %arg0 : tensor<2x2xi16>
  %v6 = arith.fptosi %arg1 : f8E4M3 to i33
  %v7 = arith.floordivsi %v2, %v1 : i1
  %v8 = arith.constant 0xB8 : f8E4M3
  %v9 = arith.cmpf oge, %arg1, %v8 : f8E4M3
  %v10 = arith.ceildivui %v6, %v6 : i33
  %v11 = arith.constant 1602255045 : i33
  %v12 = arith.constant -1 : i33
  %v13 = arith.ori %v11, %v12 : i33
  return %v10, %v9, %v9, %v7 : i33, i1, i1, i1
}
