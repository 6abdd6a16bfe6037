// Random func/arith module, seed 28.
func.func @f0(%arg0: f32, %arg1: i128, %arg2: vector<index>, %arg3: i16) -> (i16, f32, i16) {
  %v0 = arith.constant true
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.constant 0 : index
  %v3 = arith.select %v0, %v1, %v2 : index
  %v4 = arith.constant dense<-1> : vector<index>
  %v5 = arith.ceildivui %v4, %arg2 : vector<index>
  %v6 = arith.select %v0, %v1, %v2 : index
  %v7 = arith.ceildivui %v4, %arg2 : vector<index>
  %v8 = arith.constant 32767 : i16
  %v9 = arith.remui %arg3, %v8 : i16
  %v10 = arith.select %v0, %v1, %v2 : index
  %v11 = arith.addi %arg3, %v9 : i16
  %v12 = arith.negf %arg0 : f32
  %v13 = arith.negf %v12 fastmath<nnan> : f32
  return %v11, %v12, %v9 : i16, f32, i16
}
func.func @f1(%arg0: f8E5M2, %arg1: f8E5M2FNUZ, %arg2: i32) {
  %v0 = arith.addi %arg2, %arg2 : i32
  %v1 = arith.constant 0xFE : f8E5M2
  %v2 = arith.divf %arg0, %v1 : f8E5M2
  %v3 = arith.constant dense<[-12394, -2]> : vector<2xi16>
  %v4 = arith.extsi %v3 : vector<2xi16> to vector<2xi64>
  %v5 = arith.constant dense<[-1, 5]> : vector<2xi16>
  %v6 = arith.extsi %v5 : vector<2xi16> to vector<2xi64>
  %v7 = arith.trunci %v6 : vector<2xi64> to vector<2xi16>
  %v8 = arith.divf %arg0, %v1 : f8E5M2
  %v9 = arith.addi %arg2, %arg2 : i32
  %v10 = arith.constant dense<65> : vector<2xi64>
  %v11 = arith.constant dense<[-4, 0]> : vector<2xi64>
  %v12 = arith.ori %v10, %v11 : vector<2xi64>
  %v13 = arith.constant 0x80 : f8E5M2FNUZ
  %v14 = arith.subf %arg1, %v13 fastmath<none> : f8E5M2FNUZ
  %v15 = arith.constant dense<1278000779145563197> : vector<2xi64>
  %v16 = arith.constant dense<-5> : vector<2xi64>
  %v17 = arith.minui %v15, %v16 : vector<2xi64>
  %v18 = arith.constant -2147483648 : i32
  %v19 = arith.trunci %v18 overflow<nsw, nuw> : i32 to i16
  %v20 = arith.constant -1 : i32
  %v21 = arith.xori %v18, %v20 : i32
  %v22 = arith.xori %v21, %v20 : i32
  %v23 = arith.constant -1 : i8
  %v24 = arith.constant -14 : i8
  %v25 = arith.cmpi slt, %v23, %v24 : i8
  %v26 = arith.constant dense<16> : tensor<0xi32>
  %v27 = arith.divui %v26, %v26 exact : tensor<0xi32>
  %v28 = arith.constant 2.0 : f32
  %v29 = arith.constant 151115727451828646838272 : i128
  %v30 = arith.constant dense<64> : vector<index>
  %v31:3 = func.call @f0(%v28, %v29, %v30, %v19) : (f32, i128, vector<index>, i16) -> (i16, f32, i16)
  %v32 = arith.xori %v31#2, %v31#0 : i16
  %v33 = arith.cmpi ne, %v9, %v22 : i32
  %v34 = arith.constant true
  %v35 = arith.constant false
  %v36 = arith.select %v33, %v34, %v35 : i1
  %v37 = arith.mulf %v13, %arg1 fastmath<nnan> : f8E5M2FNUZ
  %v38 = arith.addi %arg2, %arg2 : i32
  %v39 = arith.cmpi slt, %v12, %v10 : vector<2xi64>
  %v40 = arith.divf %v37, %arg1 : f8E5M2FNUZ
  %v41 = arith.maximumf %v28, %v31#1 : f32
  return
}
