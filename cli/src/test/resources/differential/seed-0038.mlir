// Random func/arith module, seed 38.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xi16>, %arg2: tensor<2x2xi64>, %arg3: i8) -> i8 {
  %v0 = arith.constant 0xBB5E7B46 : f32
  %v1 = arith.fptoui %v0 : f32 to i32
  %v2 = arith.constant 0 : i8
  %v3 = arith.cmpi sge, %arg3, %v2 : i8
  %v4 = arith.uitofp %arg2 : tensor<2x2xi64> to tensor<2x2xf32>
  %v5 = arith.constant 0x7F800000 : f32
  %v6 = arith.bitcast %v5 : f32 to i32
  %v7 = arith.constant false
  %v8 = arith.remui %v3, %v7 : i1
  %v9 = arith.divsi %v7, %v3 : i1
  %v10 = arith.constant dense<[[-9223372036854775808, 1], [-1, 0]]> : tensor<2x2xi64>
  %v11 = arith.minui %arg2, %v10 : tensor<2x2xi64>
  %v12 = arith.constant dense<5614> : tensor<2x2xi16>
  %v13 = arith.select %v7, %v12, %arg1 : tensor<2x2xi16>
  %v14 = arith.ceildivsi %arg0, %v3 : i1
  %v15 = arith.constant 0 : i16
  %v16 = arith.constant 25039 : i16
  %v17 = arith.ceildivui %v15, %v16 : i16
  %v18 = arith.constant dense<0x3F800000> : tensor<2x2xf32>
  %v19 = arith.maximumf %v18, %v4 : tensor<2x2xf32>
  %v20 = arith.constant dense<1.0> : tensor<2x2xf32>
  %v21 = arith.divf %v4, %v20 fastmath<ninf> : tensor<2x2xf32>
  %v22 = arith.constant 0x7F80 : bf16
  %v23 = arith.constant 0xFF80 : bf16
  %v24 = arith.cmpf oge, %v22, %v23 fastmath<nnan> : bf16
  %v25 = arith.constant dense<[[-1.0, 0x7F7FFFFF], [0xECE4BB55, 0.5]]> : tensor<2x2xf32>
  %v26 = arith.maxnumf %v25, %v21 : tensor<2x2xf32>
  %v27 = arith.index_castui %v24 : i1 to index
  %v28 = arith.constant 127 : i8
  %v29 = arith.remsi %v28, %arg3 : i8
  %v30 = arith.constant dense<1.0e+10> : tensor<2x2xf32>
  %v31 = arith.cmpf olt, %v30, %v20 : tensor<2x2xf32>
  %v32 = arith.cmpf olt, %v30, %v20 : tensor<2x2xf32>
  %v33 = arith.constant dense<-76326780766836443> : tensor<2x2xi64>
  %v34 = arith.shrsi %arg2, %v33 : tensor<2x2xi64>
  return %v29 : i8
}
func.func @f1(%arg0: f32) {
  %v0 = arith.constant 1 : i7
  %v1 = arith.constant 1 : i7
  %v2 = arith.minsi %v0, %v1 : i7
  %v3 = arith.constant 1.0e+10 : f32
  %v4 = arith.constant 3.0 : f32
  %v5 = arith.divf %v3, %v4 : f32
  %v6 = arith.constant 8 : i7
  %v7:2 = arith.mulsi_extended %v0, %v6 : i7
  %v8 = arith.constant 16 : i7
  %v9 = arith.constant 5 : i7
  %v10 = arith.remui %v8, %v9 : i7
  %v11 = arith.constant 0x007FFFFF : f32
  %v12 = arith.constant 0.0 : f32
  %v13 = arith.divf %v11, %v12 fastmath<none> : f32
  %v14 = arith.cmpi ult, %v1, %v0 : i7
  %v15 = arith.remui %v8, %v9 : i7
  return
}
