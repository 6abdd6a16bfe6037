// Random func/arith module, seed 197.
func.func @f0(%arg0: i8, %arg1: i128, %arg2: f64, %arg3: i32) -> i8 {
  %v0 = arith.constant 8 : i8
  %v1 = arith.subi %v0, %arg0 : i8
  %v2 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v3 = arith.maximumf %arg2, %v2 fastmath<nsz> : f64
  %v4 = arith.constant 1.0 : f64
  %v5 = arith.mulf %v3, %v4 : f64
  %v6 = arith.negf %v5 : f64
  %v7 = arith.negf %v6 : f64
  %v8 = arith.negf %v6 : f64
  %v9 = arith.negf %v8 fastmath<reassoc,contract> : f64
  %v10 = arith.constant 4.0 : f64
  %v11 = arith.subf %v10, %v5 fastmath<reassoc,contract> : f64
  %v12 = arith.constant 7.0 : f16
  %v13 = arith.fptoui %v12 : f16 to i33
  %v14 = arith.constant 0x01 : f8E3M4
  %v15 = arith.minimumf %v14, %v14 : f8E3M4
  %v16 = arith.constant 8 : i8
  %v17 = arith.addi %v16, %v1 : i8
  %v18 = arith.index_cast %arg1 : i128 to index
  %v19 = arith.maxnumf %v6, %v10 : f64
  %v20 = arith.cmpf true, %v15, %v14 : f8E3M4
  %v21 = arith.subf %v10, %v5 fastmath<reassoc,contract> : f64
  %v22 = arith.cmpf true, %v15, %v14 : f8E3M4
  %v23 = arith.constant 6 : i32
  %v24 = arith.constant 15 : i32
  %v25 = arith.cmpi sgt, %v23, %v24 : i32
  %v26 = arith.constant true
  %v27 = arith.constant false
  %v28 = arith.select %v25, %v27, %v26 : i1
  return %v17 : i8
}
func.func @f1(%arg0: i1, %arg1: i1, %arg2: i8, %arg3: vector<2x3xi8>) {
  %v0 = arith.constant dense<[]> : tensor<0xf16>
  %v1 = arith.constant dense<-2.5> : tensor<0xf16>
  %v2 = arith.select %arg1, %v0, %v1 : tensor<0xf16>
  %v3 = arith.fptosi %v2 : tensor<0xf16> to tensor<0xi16>
  %v4 = arith.remsi %arg1, %arg0 : i1
  %v5 = arith.fptosi %v2 : tensor<0xf16> to tensor<0xi16>
  %v6 = arith.constant 1 : i8
  %v7 = arith.subi %v6, %v6 overflow<nuw> : i8
  %v8 = arith.cmpi eq, %arg2, %v6 : i8
  %v9 = arith.select %v8, %v6, %arg2 : i8
  %v10 = arith.constant dense<-1> : vector<2x3xi8>
  %v11 = arith.xori %arg3, %v10 : vector<2x3xi8>
  %v12 = arith.xori %v11, %v10 : vector<2x3xi8>
  %v13 = arith.constant dense<1.0> : tensor<0xf16>
  %v14 = arith.cmpf une, %v13, %v0 fastmath<nsz> : tensor<0xf16>
  %v15 = arith.constant 2.0 : f16
  %v16 = arith.extf %v15 : f16 to f80
  return
}
