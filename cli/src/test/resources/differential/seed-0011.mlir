// Random func/arith module, seed 11.
func.func @f0(%arg0: tensor<3xi32>, %arg1: i8, %arg2: tensor<2x2xi32>) -> (i1, f32) {
  %v0 = arith.constant 4.0 : f8E3M4
  %v1 = arith.extf %v0 fastmath<arcp,afn> : f8E3M4 to bf16
  %v2 = arith.constant 33 : i32
  %v3 = arith.sitofp %v2 : i32 to f8E4M3FN
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6:2 = arith.mulsi_extended %v4, %v5 : i1
  %v7 = arith.sitofp %v2 : i32 to f8E4M3FN
  %v8 = arith.addf %v7, %v3 : f8E4M3FN
  %v9 = arith.constant true
  %v10 = arith.muli %v6#1, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.muli %v11, %v10 : i1
  %v13 = arith.constant 0x01 : f8E4M3FN
  %v14 = arith.constant 0xFA : f8E4M3FN
  %v15 = arith.cmpf ugt, %v13, %v14 : f8E4M3FN
  %v16 = arith.fptoui %v1 : bf16 to i8
  %v17 = arith.sitofp %arg1 : i8 to f32
  %v18 = arith.cmpf oge, %v17, %v17 fastmath<none> : f32
  %v19 = arith.cmpi ult, %v18, %v18 : i1
  return %v18, %v17 : i1, f32
}
func.func @f1(%arg0: index, %arg1: i16, %arg2: f64) -> i16 {
  %v0 = arith.maxui %arg1, %arg1 : i16
  %v1 = arith.constant -1 : index
  %v2 = arith.remui %v1, %arg0 : index
  %v3 = arith.divsi %v0, %v0 : i16
  %v4 = arith.constant 0x64089645D8160651 : f64
  %v5 = arith.negf %v4 : f64
  %v6 = arith.constant 0 : i8
  %v7 = arith.extsi %v6 : i8 to i64
  %v8 = arith.extsi %v6 : i8 to i64
  %v9 = arith.cmpi eq, %v7, %v8 : i64
  %v10:2 = arith.mulsi_extended %v8, %v7 : i64
  %v11 = arith.shrui %arg1, %v0 : i16
  %v12 = arith.constant dense<[0x0000000000000000, 0x0010000000000000]> : vector<2xf64>
  %v13 = arith.constant dense<[0x7FF8000000000000, 0x8000000000000000]> : vector<2xf64>
  %v14 = arith.remf %v12, %v13 : vector<2xf64>
  %v15 = arith.constant 0x3E7DE6B55470DD3A : f64
  %v16 = arith.divf %v15, %v5 : f64
  %v17 = arith.constant 0x7FF0000000000000 : f64
  %v18 = arith.cmpf une, %arg2, %v17 : f64
  %v19 = arith.minui %v0, %arg1 : i16
  %v20 = arith.constant dense<[1, 15, -1]> : tensor<3xi32>
  %v21 = arith.constant dense<[[-1428130281, 31], [31, -1]]> : tensor<2x2xi32>
  %v22:2 = func.call @f0(%v20, %v6, %v21) : (tensor<3xi32>, i8, tensor<2x2xi32>) -> (i1, f32)
  %v23 = arith.constant 1 : i16
  %v24 = arith.muli %v23, %v19 overflow<none> : i16
  %v25 = arith.constant 0x0000 : f16
  %v26 = arith.constant 0x7C00 : f16
  %v27 = arith.cmpf olt, %v25, %v26 : f16
  %v28 = arith.constant 13 : i16
  %v29 = arith.ori %v0, %v28 : i16
  %v30 = arith.constant 15 : i16
  %v31 = arith.ori %v29, %v30 : i16
  %v32 = arith.constant dense<-2174252399873974072> : vector<2x3xi64>
  %v33 = arith.constant dense<34359738368> : vector<2x3xi64>
  %v34:2 = arith.addui_extended %v32, %v33 : vector<2x3xi64>, vector<2x3xi1>
  %v35 = arith.extsi %v6 : i8 to i64
  %v36 = arith.constant -8 : i64
  %v37 = arith.minsi %v36, %v10#0 : i64
  %v38 = arith.constant dense<0x0010000000000000> : vector<2xf64>
  %v39 = arith.maxnumf %v38, %v12 fastmath<reassoc,contract> : vector<2xf64>
  %v40 = arith.constant -4 : i32
  %v41 = arith.constant -2147483648 : i32
  %v42 = arith.cmpi ule, %v40, %v41 : i32
  return %v24 : i16
}
