// Random func/arith module, seed 2.
func.func @f0(%arg0: tensor<2x2xf64>, %arg1: vector<2x3xf64>) -> vector<2x3xi64> {
  %v0 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v1 = arith.maxsi %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v3 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v4:2 = arith.mulsi_extended %v2, %v3 : vector<2x3xi1>
  %v5 = arith.bitcast %arg1 : vector<2x3xf64> to vector<2x3xi64>
  %v6 = arith.negf %arg0 : tensor<2x2xf64>
  %v7 = arith.negf %v6 : tensor<2x2xf64>
  %v8 = arith.cmpf uge, %arg1, %arg1 fastmath<nsz> : vector<2x3xf64>
  %v9 = arith.remf %arg1, %arg1 : vector<2x3xf64>
  return %v5 : vector<2x3xi64>
}
func.func @f1(%arg0: i16, %arg1: i32) -> i32 {
  %v0 = arith.constant -4 : i32
  %v1 = arith.cmpi ule, %v0, %v0 : i32
  %v2 = arith.extsi %arg1 : i32 to i33
  %v3 = arith.constant 0x6F : f8E3M4
  %v4 = arith.minnumf %v3, %v3 : f8E3M4
  %v5 = arith.ori %arg1, %arg1 : i32
  %v6 = arith.constant 33 : i33
  %v7 = arith.cmpi uge, %v6, %v2 : i33
  %v8 = arith.constant true
  %v9 = arith.select %v7, %v7, %v8 : i1
  %v10 = arith.maxui %v2, %v6 : i33
  %v11 = arith.constant -1 : i16
  %v12 = arith.ceildivsi %arg0, %v11 : i16
  %v13 = arith.negf %v3 : f8E3M4
  %v14 = arith.constant -2.5 : f8E3M4
  %v15 = arith.remf %v14, %v14 : f8E3M4
  %v16 = arith.negf %v3 : f8E3M4
  %v17 = arith.constant true
  %v18 = arith.shrsi %v7, %v17 : i1
  %v19 = arith.constant 0 : i32
  %v20 = arith.muli %v5, %v19 : i32
  %v21 = arith.negf %v16 fastmath<nsz> : f8E3M4
  %v22 = arith.remui %v1, %v9 : i1
  %v23 = arith.divui %v10, %v6 : i33
  %v24 = arith.constant 4.0 : f8E3M4
  %v25 = arith.minnumf %v14, %v24 fastmath<ninf> : f8E3M4
  %v26 = arith.constant 1.0e+10 : f8E3M4
  %v27 = arith.constant 0x80 : f8E3M4
  %v28 = arith.cmpf ueq, %v26, %v27 : f8E3M4
  %v29 = arith.muli %v5, %v19 : i32
  %v30 = arith.trunci %v20 overflow<nsw, nuw> : i32 to i16
  %v31 = arith.remf %v14, %v14 : f8E3M4
  %v32 = arith.constant 1 : i32
  %v33 = arith.divsi %v32, %v5 : i32
  %v34 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v35 = arith.constant 0xFFF0000000000000 : f64
  %v36 = arith.addf %v34, %v35 : f64
  return %v33 : i32
}
func.func @f2(%arg0: vector<4xf16>, %arg1: vector<2xi1>, %arg2: i64, %arg3: i7) {
  %v0 = arith.constant dense<false> : vector<2xi1>
  %v1 = arith.divui %arg1, %v0 : vector<2xi1>
  %v2 = arith.constant 63 : i7
  %v3 = arith.cmpi ult, %v2, %arg3 : i7
  %v4 = arith.constant 0x80 : f8E4M3
  %v5 = arith.constant 0xFC : f8E4M3
  %v6 = arith.addf %v4, %v5 : f8E4M3
  %v7 = arith.constant dense<[false, false]> : vector<2xi1>
  %v8 = arith.constant dense<[true, true]> : vector<2xi1>
  %v9 = arith.cmpi ugt, %v7, %v8 : vector<2xi1>
  %v10 = arith.constant 32767 : i16
  %v11 = arith.constant -1 : i32
  %v12 = func.call @f1(%v10, %v11) : (i16, i32) -> i32
  %v13 = arith.constant dense<true> : vector<2xi1>
  %v14 = arith.divui %v13, %v8 : vector<2xi1>
  %v15 = arith.extsi %v12 : i32 to i64
  %v16 = arith.constant 12 : i64
  %v17 = arith.cmpi eq, %v15, %v16 : i64
  %v18 = arith.constant 0xDFC451DF : f32
  %v19 = arith.constant 0x3F800000 : f32
  %v20 = arith.minimumf %v18, %v19 fastmath<nnan> : f32
  %v21 = arith.ori %arg3, %arg3 : i7
  %v22 = arith.constant 6 : i16
  %v23 = arith.constant -4 : i32
  %v24 = func.call @f1(%v22, %v23) : (i16, i32) -> i32
  %v25 = arith.minui %v22, %v22 : i16
  %v26 = arith.constant dense<[[0x38CFFC92AD0350E1, 4.0], [-1.0, 0x0000000000000000]]> : tensor<2x2xf64>
  %v27 = arith.constant dense<[[0x5373E605626F988B, 7.0, 0x5A08A46F2B16F0CB], [4.0, 0x7FF8000000000000, 1.0]]> : vector<2x3xf64>
  %v28 = func.call @f0(%v26, %v27) : (tensor<2x2xf64>, vector<2x3xf64>) -> vector<2x3xi64>
  %v29 = arith.constant dense<[true, false]> : vector<2xi1>
  %v30 = arith.cmpi sle, %v1, %v29 : vector<2xi1>
  %v31 = arith.minui %v12, %v11 : i32
  %v32 = arith.constant -1 : i7
  %v33 = arith.shrsi %v2, %v32 : i7
  %v34 = arith.sitofp %v21 : i7 to f64
  %v35 = arith.fptosi %v34 : f64 to i7
  %v36 = arith.cmpf one, %v34, %v34 : f64
  %v37 = arith.constant 127 : i8
  %v38 = arith.constant 8 : i8
  %v39 = arith.maxsi %v37, %v38 : i8
  %v40 = arith.constant dense<0x0001> : vector<4xf16>
  %v41 = arith.remf %arg0, %v40 fastmath<nnan> : vector<4xf16>
  %v42 = arith.fptosi %v40 : vector<4xf16> to vector<4xi16>
  %v43 = arith.remf %arg0, %v41 : vector<4xf16>
  return
}
