// Random func/arith module, seed 41.
func.func @f0(%arg0: index, %arg1: i64, %arg2: f8E4M3FN, %arg3: vector<2xi64>) -> i1 {
  %v0 = arith.constant dense<-5> : tensor<3xi16>
  %v1 = arith.uitofp %v0 : tensor<3xi16> to tensor<3xf32>
  %v2 = arith.fptoui %v1 : tensor<3xf32> to tensor<3xi16>
  %v3 = arith.cmpi eq, %arg0, %arg0 : index
  %v4 = arith.select %v3, %arg0, %arg0 : index
  %v5 = arith.constant dense<[[0xA0B4BFAD, -3.0e-05, 0x00800000], [0x7F7FFFFF, -2.5, 0x00000001]]> : vector<2x3xf32>
  %v6 = arith.constant dense<0xFFC00000> : vector<2x3xf32>
  %v7 = arith.maxnumf %v5, %v6 fastmath<nnan> : vector<2x3xf32>
  %v8 = arith.constant 0xD9 : f8E4M3FN
  %v9 = arith.constant 0x01 : f8E4M3FN
  %v10 = arith.maxnumf %v8, %v9 fastmath<arcp,afn> : f8E4M3FN
  %v11 = arith.uitofp %arg3 : vector<2xi64> to vector<2xf32>
  %v12 = arith.fptosi %v11 : vector<2xf32> to vector<2xi64>
  %v13 = arith.constant dense<0x999EB1BE> : vector<2xf32>
  %v14 = arith.minnumf %v13, %v11 : vector<2xf32>
  %v15 = arith.divui %v3, %v3 : i1
  %v16 = arith.cmpi eq, %arg0, %arg0 : index
  %v17 = arith.constant dense<0x7F800000> : vector<2xf32>
  %v18 = arith.minnumf %v14, %v17 : vector<2xf32>
  %v19 = arith.constant -9223372036854775808 : i64
  %v20 = arith.extui %v19 : i64 to i128
  return %v16 : i1
}
func.func @f1(%arg0: i32, %arg1: f64, %arg2: vector<4xindex>, %arg3: f8E4M3FNUZ) -> f64 {
  %v0 = arith.constant 0.1 : f8E4M3FNUZ
  %v1 = arith.extf %v0 fastmath<reassoc,contract> : f8E4M3FNUZ to bf16
  %v2 = arith.extui %arg0 : i32 to i64
  %v3 = arith.constant dense<[12, 9007199254740992, 536870912, 13]> : vector<4xindex>
  %v4 = arith.constant dense<64> : vector<4xindex>
  %v5 = arith.cmpi sgt, %v3, %v4 : vector<4xindex>
  %v6:2 = arith.addui_extended %v2, %v2 : i64, i1
  %v7 = arith.constant dense<2251799813685248> : vector<4xindex>
  %v8 = arith.cmpi ne, %v7, %arg2 : vector<4xindex>
  %v9 = arith.constant 0.0 : f64
  %v10 = arith.subf %arg1, %v9 : f64
  %v11 = arith.constant 0x00800000 : f32
  %v12 = arith.bitcast %v11 : f32 to i32
  %v13 = arith.constant 4717632949863979777 : i64
  %v14 = arith.uitofp %v13 : i64 to bf16
  %v15 = arith.mulf %arg1, %arg1 : f64
  %v16 = arith.cmpf ole, %v0, %arg3 : f8E4M3FNUZ
  %v17 = arith.constant -8830409136479666199 : index
  %v18 = arith.constant 9 : i64
  %v19 = arith.constant -0.0 : f8E4M3FN
  %v20 = arith.constant dense<13> : vector<2xi64>
  %v21 = func.call @f0(%v17, %v18, %v19, %v20) : (index, i64, f8E4M3FN, vector<2xi64>) -> i1
  %v22 = arith.constant dense<false> : vector<4xi1>
  %v23 = arith.divsi %v22, %v8 : vector<4xi1>
  return %v15 : f64
}
func.func @f2(%arg0: i1) -> (i64, i1) {
  %v0 = arith.extui %arg0 : i1 to i8
  %v1 = arith.extui %v0 : i8 to i64
  %v2 = arith.constant 1 : i64
  %v3 = arith.cmpi slt, %v1, %v2 : i64
  %v4 = arith.constant 0x5E : f8E5M2FNUZ
  %v5 = arith.negf %v4 : f8E5M2FNUZ
  %v6 = arith.negf %v5 : f8E5M2FNUZ
  %v7 = arith.constant false
  %v8 = arith.maxui %arg0, %v7 : i1
  %v9 = arith.constant 0x7B : f8E5M2FNUZ
  %v10 = arith.constant 0x7C : f8E5M2FNUZ
  %v11 = arith.maximumf %v9, %v10 : f8E5M2FNUZ
  %v12 = arith.subf %v5, %v11 : f8E5M2FNUZ
  %v13 = arith.cmpf ueq, %v5, %v11 : f8E5M2FNUZ
  %v14 = arith.constant 0xBC : f8E5M2FNUZ
  %v15 = arith.select %v8, %v11, %v14 : f8E5M2FNUZ
  %v16 = arith.constant 7236508259067095790 : index
  %v17 = arith.constant 4 : index
  %v18 = arith.cmpi sgt, %v16, %v17 : index
  %v19 = arith.constant 0x81 : f8E5M2FNUZ
  %v20 = arith.divf %v15, %v19 : f8E5M2FNUZ
  %v21:2 = arith.mulsi_extended %v13, %arg0 : i1
  %v22 = arith.constant 63 : index
  %v23 = arith.constant -3.0e-05 : f8E4M3FN
  %v24 = arith.constant dense<4958049534048478431> : vector<2xi64>
  %v25 = func.call @f0(%v22, %v1, %v23, %v24) : (index, i64, f8E4M3FN, vector<2xi64>) -> i1
  %v26 = arith.constant true
  %v27 = arith.minsi %v26, %v25 : i1
  %v28 = arith.constant dense<[-9223372036854775808, 64, -7]> : tensor<3xindex>
  %v29 = arith.maxui %v28, %v28 : tensor<3xindex>
  %v30 = arith.extui %v27 : i1 to i64
  %v31 = arith.constant 4016330742213734363 : i64
  %v32 = arith.cmpi ugt, %v30, %v31 : i64
  %v33 = arith.shrsi %v7, %v21#0 exact : i1
  %v34 = arith.negf %v20 : f8E5M2FNUZ
  %v35 = arith.constant -1 : i8
  %v36 = arith.subi %v35, %v0 : i8
  %v37 = arith.select %v21#0, %v19, %v14 : f8E5M2FNUZ
  %v38:2 = arith.mulsi_extended %v35, %v0 : i8
  return %v30, %v21#1 : i64, i1
}
