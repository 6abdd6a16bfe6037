// Random func/arith module, seed 4.
func.func @f0(%arg0: f32, %arg1: index, %arg2: i64, %arg3: f16) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.constant 15 : i16
  %v2 = arith.constant -32768 : i16
  %v3 = arith.select %v0, %v1, %v2 : i16
  %v4 = arith.constant 0x00000001 : f32
  %v5 = arith.cmpf ord, %arg0, %v4 fastmath<nnan,ninf> : f32
  %v6 = arith.constant 0x80000000 : f32
  %v7 = arith.constant 0xFFC00000 : f32
  %v8 = arith.cmpf true, %v6, %v7 : f32
  %v9 = arith.constant -9223372036854775808 : index
  %v10 = arith.cmpi sge, %arg1, %v9 : index
  %v11 = arith.select %v10, %v9, %arg1 : index
  %v12 = arith.cmpf ord, %arg0, %v4 fastmath<nnan,ninf> : f32
  %v13 = arith.constant 0xBF800000 : f32
  %v14 = arith.negf %v13 : f32
  %v15 = arith.negf %v14 fastmath<reassoc,contract> : f32
  %v16 = arith.cmpf true, %v6, %v7 : f32
  %v17 = arith.constant 0xFFC00000 : f32
  %v18 = arith.cmpf uge, %v17, %arg0 fastmath<nnan,ninf> : f32
  return %v18 : i1
}
func.func @f1(%arg0: i7, %arg1: i8, %arg2: f64, %arg3: f8E3M4) -> f64 {
  %v0 = arith.shrsi %arg0, %arg0 : i7
  %v1 = arith.constant -5 : i8
  %v2 = arith.remsi %v1, %arg1 : i8
  %v3 = arith.constant false
  %v4 = arith.select %v3, %v2, %arg1 : i8
  %v5 = arith.constant dense<[]> : tensor<0xi1>
  %v6 = arith.constant dense<false> : tensor<0xi1>
  %v7 = arith.cmpi ule, %v5, %v6 : tensor<0xi1>
  %v8 = arith.constant -2 : i7
  %v9 = arith.cmpi slt, %v8, %v0 : i7
  %v10 = arith.select %v9, %v0, %v8 : i7
  %v11 = arith.constant 9 : i8
  %v12 = arith.andi %v11, %v4 : i8
  %v13 = arith.divf %arg2, %arg2 {tag = 0 : i64} : f64
  return %v13 : f64
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: i8, %arg2: vector<f16>) -> (i8, tensor<0xbf16>, i1) {
  %v0 = arith.constant dense<64> : vector<2x3xindex>
  %v1 = arith.muli %v0, %v0 : vector<2x3xindex>
  %v2 = arith.constant 2 : i7
  %v3 = arith.constant 9 : i8
  %v4 = arith.constant 0x7FF0000000000000 : f64
  %v5 = arith.constant 0x80 : f8E3M4
  %v6 = func.call @f1(%v2, %v3, %v4, %v5) : (i7, i8, f64, f8E3M4) -> f64
  %v7 = arith.constant 5 : i8
  %v8 = arith.divsi %v7, %v3 : i8
  %v9 = arith.constant dense<0xFF80> : tensor<0xbf16>
  %v10 = arith.remf %v9, %v9 fastmath<nsz> : tensor<0xbf16>
  %v11 = arith.remf %v9, %v9 fastmath<nsz> : tensor<0xbf16>
  %v12 = func.call @f1(%v2, %v3, %v4, %v5) : (i7, i8, f64, f8E3M4) -> f64
  %v13 = arith.constant 1.0e+10 : f8E3M4
  %v14 = arith.cmpf false, %v5, %v13 : f8E3M4
  %v15 = arith.andi %arg1, %arg1 : i8
  %v16 = arith.constant 0.0 : f8E5M2FNUZ
  %v17 = arith.divf %arg0, %v16 fastmath<fast> : f8E5M2FNUZ
  %v18 = arith.cmpi eq, %v15, %arg1 : i8
  %v19 = arith.select %v18, %v15, %arg1 : i8
  %v20 = arith.constant -128 : i8
  %v21 = arith.shrsi %v15, %v20 : i8
  %v22 = arith.constant false
  %v23 = arith.cmpi ugt, %v22, %v18 : i1
  %v24 = arith.constant dense<[]> : tensor<0xbf16>
  %v25 = arith.divf %v10, %v24 : tensor<0xbf16>
  %v26 = arith.truncf %arg0 toward_zero fastmath<fast> : f8E5M2FNUZ to f6E2M3FN
  %v27 = arith.cmpf ord, %v26, %v26 : f6E2M3FN
  %v28 = arith.ceildivsi %v22, %v22 : i1
  %v29 = arith.divui %v15, %arg1 : i8
  %v30 = arith.xori %v19, %v29 : i8
  %v31 = arith.constant 4.0 : f128
  %v32 = arith.negf %v31 : f128
  %v33 = arith.divui %v15, %arg1 : i8
  %v34 = arith.constant dense<-32768> : vector<[4]xi16>
  %v35 = arith.constant dense<8> : vector<[4]xi16>
  %v36 = arith.ceildivui %v34, %v35 : vector<[4]xi16>
  return %v33, %v25, %v23 : i8, tensor<0xbf16>, i1
}
func.func @f3(%arg0: f6E2M3FN) -> f6E2M3FN {
  %v0 = arith.constant 0 : i64
  %v1 = arith.cmpi sge, %v0, %v0 : i64
  %v2 = arith.constant false
  %v3 = arith.ceildivui %v2, %v2 : i1
  %v4 = arith.constant -7 : i64
  %v5 = arith.ceildivui %v0, %v4 : i64
  %v6 = arith.constant 0x17 : f6E2M3FN
  %v7 = arith.cmpf ole, %arg0, %v6 : f6E2M3FN
  %v8 = arith.minimumf %arg0, %arg0 : f6E2M3FN
  %v9:2 = arith.mului_extended %v7, %v1 : i1
  %v10 = arith.ceildivui %v2, %v2 : i1
  return %v8 : f6E2M3FN
}
