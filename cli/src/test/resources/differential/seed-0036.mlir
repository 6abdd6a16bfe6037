// Random func/arith module, seed 36.
func.func @f0(%arg0: i8, %arg1: i64, %arg2: tensor<2x2xf32>) -> i1 {
  %v0 = arith.cmpi sge, %arg0, %arg0 : i8
  %v1 = arith.constant 0 : i8
  %v2 = arith.trunci %v1 : i8 to i7
  %v3 = arith.constant 1 : i64
  %v4 = arith.trunci %v3 : i64 to i33
  %v5 = arith.maxnumf %arg2, %arg2 fastmath<nsz> : tensor<2x2xf32>
  %v6 = arith.maxnumf %arg2, %arg2 fastmath<nsz> : tensor<2x2xf32>
  %v7 = arith.cmpi sge, %arg0, %arg0 : i8
  %v8:2 = arith.mulsi_extended %arg1, %arg1 : i64
  %v9 = arith.negf %v6 : tensor<2x2xf32>
  %v10 = arith.negf %v9 fastmath<nsz> : tensor<2x2xf32>
  %v11 = arith.constant 8 : i8
  %v12 = arith.ori %arg0, %v11 : i8
  %v13 = arith.constant true
  %v14 = arith.xori %v7, %v13 : i1
  %v15 = arith.xori %v14, %v13 : i1
  %v16 = arith.cmpi sge, %v13, %v14 : i1
  %v17 = arith.constant 65 : i64
  %v18 = arith.cmpi eq, %v17, %v3 : i64
  %v19 = arith.constant dense<0xFFC00000> : tensor<2x2xf32>
  %v20 = arith.constant dense<0x7F800000> : tensor<2x2xf32>
  %v21 = arith.cmpf ogt, %v19, %v20 : tensor<2x2xf32>
  %v22 = arith.constant 127 : i8
  %v23 = arith.divui %v12, %v22 exact : i8
  %v24 = arith.constant false
  %v25 = arith.xori %v24, %v7 : i1
  %v26:2 = arith.mulsi_extended %arg1, %arg1 : i64
  %v27 = arith.extui %v7 : i1 to i128
  return %v15 : i1
}
func.func @f1(%arg0: i32, %arg1: tensor<0xf32>, %arg2: i7) -> i1 {
  %v0 = arith.constant dense<0x46EE0424> : tensor<0xf32>
  %v1 = arith.cmpf uno, %v0, %v0 : tensor<0xf32>
  %v2 = arith.constant dense<1.0e+10> : tensor<0xf32>
  %v3 = arith.constant dense<0x3F800000> : tensor<0xf32>
  %v4 = arith.subf %v2, %v3 : tensor<0xf32>
  %v5 = arith.constant 11 : i7
  %v6:2 = arith.addui_extended %v5, %arg2 : i7, i1
  %v7 = arith.subf %v2, %v3 : tensor<0xf32>
  %v8 = arith.constant false
  %v9 = arith.uitofp %v8 : i1 to f8E4M3FNUZ
  %v10 = arith.ceildivui %v6#1, %v8 : i1
  %v11 = arith.maximumf %arg1, %v0 : tensor<0xf32>
  %v12 = arith.constant 8 : i7
  %v13 = arith.cmpi ugt, %v12, %arg2 : i7
  return %v10 : i1
}
func.func @f2(%arg0: vector<[4]xi32>, %arg1: bf16, %arg2: f16) -> (i128, vector<[4]xi32>) {
  %v0 = arith.bitcast %arg0 : vector<[4]xi32> to vector<[4]xf32>
  %v1 = arith.bitcast %v0 : vector<[4]xf32> to vector<[4]xi32>
  %v2 = arith.minui %arg0, %v1 : vector<[4]xi32>
  %v3 = arith.bitcast %v0 : vector<[4]xf32> to vector<[4]xi32>
  %v4 = arith.constant 3 : i8
  %v5 = arith.constant 1 : i64
  %v6 = arith.constant dense<[[0x516C6CBA, -3.0e-05], [0x00000000, 0x7FC00000]]> : tensor<2x2xf32>
  %v7 = func.call @f0(%v4, %v5, %v6) : (i8, i64, tensor<2x2xf32>) -> i1
  %v8 = arith.constant -2147483648 : i32
  %v9 = arith.constant dense<[]> : tensor<0xf32>
  %v10 = arith.constant 6 : i7
  %v11 = func.call @f1(%v8, %v9, %v10) : (i32, tensor<0xf32>, i7) -> i1
  %v12 = arith.index_castui %v11 : i1 to index
  %v13 = arith.index_castui %v12 : index to i1
  %v14 = arith.constant -3 : index
  %v15 = arith.cmpi uge, %v12, %v14 : index
  %v16 = arith.constant dense<[3.0, 0x0000]> : vector<2xf16>
  %v17 = arith.maximumf %v16, %v16 : vector<2xf16>
  %v18 = arith.constant dense<0x7F7FFFFF> : vector<[4]xf32>
  %v19 = arith.constant dense<2.0> : vector<[4]xf32>
  %v20 = arith.minimumf %v18, %v19 {tag = 0 : i64} : vector<[4]xf32>
  %v21 = arith.trunci %arg0 : vector<[4]xi32> to vector<[4]xi1>
  %v22 = arith.constant 1.0e+10 : f16
  %v23 = arith.minnumf %arg2, %v22 fastmath<fast> {tag = 1 : i64} : f16
  %v24 = arith.minui %v1, %arg0 : vector<[4]xi32>
  %v25 = arith.constant dense<-3.0e-05> : vector<2xf16>
  %v26 = arith.remf %v16, %v25 : vector<2xf16>
  %v27 = arith.fptoui %v23 : f16 to i128
  %v28 = arith.constant dense<1> : vector<[4]xi32>
  %v29 = arith.constant dense<-1> : vector<[4]xi32>
  %v30:2 = arith.mului_extended %v28, %v29 : vector<[4]xi32>
  %v31 = arith.fptoui %v23 : f16 to i128
  %v32 = arith.constant 0x6B9CADBB : f32
  %v33 = arith.constant 0x00000001 : f32
  %v34 = arith.cmpf oeq, %v32, %v33 : f32
  %v35 = arith.cmpi sgt, %v24, %arg0 : vector<[4]xi32>
  %v36 = arith.constant true
  %v37 = arith.cmpi ugt, %v15, %v36 : i1
  %v38:2 = arith.mului_extended %v28, %v29 : vector<[4]xi32>
  %v39 = arith.negf %v9 : tensor<0xf32>
  %v40 = arith.constant 9 : i8
  %v41 = func.call @f0(%v40, %v5, %v6) : (i8, i64, tensor<2x2xf32>) -> i1
  %v42 = func.call @f0(%v40, %v5, %v6) : (i8, i64, tensor<2x2xf32>) -> i1
  return %v27, %v30#0 : i128, vector<[4]xi32>
}
