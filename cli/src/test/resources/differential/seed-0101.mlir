// Random func/arith module, seed 101.
func.func @f0(%arg0: i128) -> i128 {
  %v0:2 = arith.mulsi_extended %arg0, %arg0 : i128
  %v1 = arith.constant -1 : index
  %v2 = arith.xori %v1, %v1 : index
  %v3 = arith.constant -1 : i128
  %v4 = arith.remui %v0#0, %v3 : i128
  %v5 = arith.constant 0.0 : bf16
  %v6 = arith.cmpf oge, %v5, %v5 : bf16
  %v7 = arith.negf %v5 : bf16
  %v8 = arith.minui %arg0, %v3 : i128
  %v9 = arith.remsi %v4, %arg0 : i128
  %v10 = arith.constant 4.0 : bf16
  %v11 = arith.negf %v10 : bf16
  %v12 = arith.constant 9 : i128
  %v13 = arith.ceildivui %v12, %v3 : i128
  %v14 = arith.constant 0x7F7F : bf16
  %v15 = arith.subf %v11, %v14 : bf16
  %v16 = arith.constant 0x0080 : bf16
  %v17 = arith.maximumf %v10, %v16 fastmath<none> : bf16
  %v18 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v19 = arith.bitcast %v18 : f64 to i64
  %v20 = arith.constant 1 : i128
  %v21 = arith.muli %v20, %v4 : i128
  return %v9 : i128
}
func.func @f1(%arg0: bf16, %arg1: f8E3M4, %arg2: i32, %arg3: i128) -> (i1, i1) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.maxui %arg2, %v0 : i32
  %v2 = arith.constant 1 : i32
  %v3 = arith.cmpi sle, %arg2, %v2 : i32
  %v4 = arith.constant true
  %v5 = arith.maxui %v4, %v3 : i1
  %v6 = arith.ori %arg3, %arg3 : i128
  %v7 = arith.constant 0 : i8
  %v8 = arith.constant 127 : i8
  %v9 = arith.divui %v7, %v8 : i8
  %v10 = arith.constant 0x01 : f8E3M4
  %v11 = arith.cmpf ule, %v10, %arg1 fastmath<ninf> : f8E3M4
  return %v11, %v11 : i1, i1
}
func.func @f2(%arg0: i1, %arg1: tensor<2x2xbf16>, %arg2: i7) -> (tensor<2x2xf16>, i7) {
  %v0 = arith.extf %arg1 : tensor<2x2xbf16> to tensor<2x2xf32>
  %v1 = arith.cmpi ne, %arg2, %arg2 : i7
  %v2 = arith.constant false
  %v3 = arith.cmpi ule, %arg0, %v2 : i1
  %v4 = arith.cmpf ole, %v0, %v0 fastmath<none> : tensor<2x2xf32>
  %v5 = arith.constant dense<0xFF80> : tensor<2x2xbf16>
  %v6 = arith.cmpf true, %v5, %arg1 : tensor<2x2xbf16>
  %v7 = arith.constant dense<[[0x7F7F, 0x7F80], [-0.0, 1.0]]> : tensor<2x2xbf16>
  %v8 = arith.cmpf ult, %v7, %arg1 fastmath<fast> : tensor<2x2xbf16>
  %v9 = arith.constant dense<[[0xBF80, 0x007F], [-0.75, 0.5]]> : tensor<2x2xbf16>
  %v10 = arith.cmpf false, %arg1, %v9 : tensor<2x2xbf16>
  %v11 = arith.truncf %v0 : tensor<2x2xf32> to tensor<2x2xf16>
  %v12:2 = arith.mulsi_extended %arg2, %arg2 : i7
  %v13 = arith.constant dense<-1> : vector<2x3xi16>
  %v14 = arith.constant dense<[[16, -6, -1], [32767, 1, -8]]> : vector<2x3xi16>
  %v15 = arith.divui %v13, %v14 : vector<2x3xi16>
  %v16 = arith.constant -1 : i7
  %v17 = arith.extui %v16 : i7 to i64
  %v18 = arith.extui %v16 : i7 to i64
  %v19 = arith.cmpi sle, %v2, %v3 : i1
  %v20 = arith.extui %v12#1 : i7 to i16
  return %v11, %v12#1 : tensor<2x2xf16>, i7
}
