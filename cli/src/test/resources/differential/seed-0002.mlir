// Random func/arith module, seed 2.
func.func @f0(%arg0: tensor<3xf64>, %arg1: vector<[4]xf64>) -> vector<[4]xi64> {
  %v0 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v1 = arith.maxsi %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<[4]xf64>
  %v3 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<[4]xf64>
  %v4:2 = arith.mulsi_extended %v2, %v3 : vector<[4]xi1>
  %v5 = arith.bitcast %arg1 : vector<[4]xf64> to vector<[4]xi64>
  %v6 = arith.negf %arg0 : tensor<3xf64>
  %v7 = arith.negf %v6 : tensor<3xf64>
  %v8 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<[4]xf64>
  %v9 = arith.remf %arg1, %arg1 : vector<[4]xf64>
  return %v5 : vector<[4]xi64>
}
func.func @f1(%arg0: i16, %arg1: i32) -> i32 {
  %v0 = arith.constant -4 : i32
  %v1 = arith.cmpi ule, %v0, %v0 : i32
  %v2 = arith.extsi %arg1 : i32 to i33
  %v3 = arith.constant 0x1B : f6E3M2FN
  %v4 = arith.minnumf %v3, %v3 : f6E3M2FN
  %v5 = arith.ori %arg1, %arg1 : i32
  %v6 = arith.constant 33 : i33
  %v7 = arith.cmpi uge, %v6, %v2 : i33
  %v8 = arith.constant true
  %v9 = arith.select %v7, %v7, %v8 : i1
  %v10 = arith.maxui %v2, %v6 : i33
  %v11 = arith.constant -1 : i16
  %v12 = arith.ceildivsi %arg0, %v11 : i16
  %v13 = arith.negf %v3 : f6E3M2FN
  %v14 = arith.constant -2.5 : f6E3M2FN
  %v15 = arith.remf %v14, %v14 : f6E3M2FN
  %v16 = arith.negf %v3 : f6E3M2FN
  %v17 = arith.constant true
  %v18 = arith.shrsi %v7, %v17 : i1
  %v19 = arith.constant 0 : i32
  %v20 = arith.muli %v5, %v19 : i32
  %v21 = arith.negf %v16 fastmath<nsz> : f6E3M2FN
  %v22 = arith.remui %v1, %v9 : i1
  %v23 = arith.divui %v10, %v6 : i33
  %v24 = arith.constant 4.0 : f6E3M2FN
  %v25 = arith.minnumf %v14, %v24 fastmath<ninf> : f6E3M2FN
  %v26 = arith.constant 1.0e+10 : f6E3M2FN
  %v27 = arith.constant 0x20 : f6E3M2FN
  %v28 = arith.cmpf ueq, %v26, %v27 : f6E3M2FN
  %v29 = arith.muli %v5, %v19 : i32
  %v30 = arith.trunci %v20 overflow<nsw, nuw> : i32 to i16
  %v31 = arith.remf %v14, %v14 : f6E3M2FN
  %v32 = arith.constant 1 : i32
  %v33 = arith.divsi %v32, %v5 : i32
  %v34 = arith.constant 0x007FFFFF : f32
  %v35 = arith.constant 0xFF800000 : f32
  %v36 = arith.addf %v34, %v35 : f32
  return %v33 : i32
}
func.func @f2(%arg0: vector<2xf16>, %arg1: vector<4xi1>, %arg2: i64, %arg3: i7) -> (i1, i1) {
  %v0 = arith.constant dense<false> : vector<4xi1>
  %v1 = arith.divui %arg1, %v0 : vector<4xi1>
  %v2 = arith.constant 63 : i7
  %v3 = arith.cmpi ult, %v2, %arg3 : i7
  %v4 = arith.constant 0x80000000 : f32
  %v5 = arith.constant 0xFFC00000 : f32
  %v6 = arith.addf %v4, %v5 : f32
  %v7 = arith.constant dense<[false, false, false, true]> : vector<4xi1>
  %v8 = arith.constant dense<false> : vector<4xi1>
  %v9 = arith.cmpi uge, %v7, %v8 : vector<4xi1>
  %v10 = arith.constant dense<[false, true]> : vector<2xi1>
  %v11 = arith.constant dense<-2.5> : vector<2xf16>
  %v12 = arith.select %v10, %v11, %arg0 : vector<2xi1>, vector<2xf16>
  %v13 = arith.extsi %v1 : vector<4xi1> to vector<4xi64>
  %v14 = arith.constant dense<3804395059380912924> : vector<4xi64>
  %v15 = arith.cmpi ult, %v13, %v14 : vector<4xi64>
  %v16 = arith.minimumf %v12, %v11 fastmath<nnan> : vector<2xf16>
  %v17 = arith.constant dense<[7, -9223372036854775808, 2, 1]> : vector<4xi64>
  %v18 = arith.minsi %v13, %v17 : vector<4xi64>
  %v19 = arith.minimumf %v12, %v11 fastmath<nnan> : vector<2xf16>
  %v20 = arith.constant false
  %v21 = arith.muli %v3, %v20 : i1
  %v22 = arith.constant dense<3.0> : vector<[4]xf32>
  %v23 = arith.constant dense<0.1> : vector<[4]xf32>
  %v24 = arith.maximumf %v22, %v23 : vector<[4]xf32>
  %v25 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v26 = arith.andi %v8, %v25 : vector<4xi1>
  %v27 = arith.negf %arg0 fastmath<none> : vector<2xf16>
  %v28 = arith.xori %v14, %v17 : vector<4xi64>
  %v29 = arith.constant 0x00000001 : f32
  %v30 = arith.maximumf %v4, %v29 : f32
  %v31 = arith.constant dense<false> : vector<2xi1>
  %v32 = arith.select %v10, %v10, %v31 : vector<2xi1>, vector<2xi1>
  %v33 = arith.constant -9223372036854775808 : index
  %v34 = arith.cmpi ult, %v33, %v33 : index
  %v35 = arith.constant 1 : i7
  %v36 = arith.xori %v35, %arg3 : i7
  %v37 = arith.constant dense<[0x8000, 0x0001]> : vector<2xf16>
  %v38 = arith.cmpf olt, %v19, %v37 : vector<2xf16>
  %v39 = arith.minimumf %arg0, %v27 fastmath<fast> : vector<2xf16>
  %v40 = arith.cmpi sgt, %v20, %v3 : i1
  return %v21, %v34 : i1, i1
}
