// Random func/arith module, seed 179.
func.func @f0(%arg0: vector<2xi1>, %arg1: i16) -> vector<2xi64> {
  %v0 = arith.constant 1.0 : f6E3M2FN
  %v1 = arith.constant 0x20 : f6E3M2FN
  %v2 = arith.cmpf one, %v0, %v1 : f6E3M2FN
  %v3 = arith.cmpf one, %v0, %v1 : f6E3M2FN
  %v4 = arith.constant dense<false> : vector<2xi1>
  %v5 = arith.index_castui %v4 : vector<2xi1> to vector<2xindex>
  %v6 = arith.constant true
  %v7 = arith.constant -32768 : i16
  %v8 = arith.select %v6, %arg1, %v7 : i16
  %v9 = arith.cmpi uge, %v4, %arg0 : vector<2xi1>
  %v10 = arith.extui %arg0 : vector<2xi1> to vector<2xi64>
  %v11 = arith.constant 0x3E : f6E3M2FN
  %v12 = arith.negf %v11 fastmath<nsz> : f6E3M2FN
  %v13 = arith.xori %v4, %v9 : vector<2xi1>
  %v14 = arith.constant -0.75 : f6E3M2FN
  %v15 = arith.cmpf ueq, %v1, %v14 fastmath<arcp,afn> : f6E3M2FN
  %v16 = arith.constant 3.0 : bf16
  %v17 = arith.negf %v16 : bf16
  %v18 = arith.negf %v17 : bf16
  %v19 = arith.extui %arg0 : vector<2xi1> to vector<2xi64>
  %v20 = arith.constant dense<-3.0e-05> : vector<[4]xf64>
  %v21 = arith.minimumf %v20, %v20 : vector<[4]xf64>
  %v22 = arith.shrsi %v9, %v4 : vector<2xi1>
  %v23 = arith.negf %v16 : bf16
  %v24 = arith.negf %v23 : bf16
  %v25 = arith.constant true
  %v26 = arith.constant -3 : i16
  %v27 = arith.select %v25, %v7, %v26 : i16
  %v28 = arith.constant -0.75 : f6E3M2FN
  %v29 = arith.negf %v28 fastmath<nnan> : f6E3M2FN
  %v30 = arith.extui %arg0 : vector<2xi1> to vector<2xi64>
  %v31 = arith.maximumf %v21, %v20 fastmath<none> : vector<[4]xf64>
  %v32 = arith.constant dense<[false, false]> : vector<2xi1>
  %v33 = arith.minui %v13, %v32 : vector<2xi1>
  %v34 = arith.xori %v26, %arg1 : i16
  %v35 = arith.extf %v23 : bf16 to f80
  %v36 = arith.divui %v26, %v7 : i16
  return %v30 : vector<2xi64>
}
func.func @f1(%arg0: vector<2x3xf64>, %arg1: vector<2xi1>, %arg2: i32, %arg3: i32) -> (i32, i32) {
  %v0 = arith.constant dense<0x7FF0000000000000> : vector<2x3xf64>
  %v1 = arith.fptosi %v0 : vector<2x3xf64> to vector<2x3xi8>
  %v2 = arith.constant dense<true> : vector<2xi1>
  %v3 = arith.remsi %v2, %arg1 : vector<2xi1>
  %v4 = arith.constant dense<4.0> : vector<2x3xf64>
  %v5 = arith.cmpf ule, %arg0, %v4 fastmath<reassoc,contract> : vector<2x3xf64>
  %v6 = arith.constant 714989435 : i32
  %v7 = arith.muli %v6, %arg3 : i32
  %v8 = arith.shrui %v5, %v5 : vector<2x3xi1>
  %v9 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<2x3xf64>
  %v10 = arith.maximumf %v9, %v0 fastmath<ninf> : vector<2x3xf64>
  return %v7, %v7 : i32, i32
}
