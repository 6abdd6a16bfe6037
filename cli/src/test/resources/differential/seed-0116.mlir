// Random func/arith module, seed 116.
func.func @f0(%arg0: i32, %arg1: i128) -> (f6E2M3FN, f16) {
  %v0 = arith.constant 1 : i128
  %v1 = arith.floordivsi %arg1, %v0 : i128
  %v2:2 = arith.addui_extended %arg1, %v0 : i128, i1
  %v3 = arith.constant 0x17 : f6E2M3FN
  %v4 = arith.constant 0.5 : f6E2M3FN
  %v5 = arith.maxnumf %v3, %v4 : f6E2M3FN
  %v6 = arith.constant 0x01 : f6E2M3FN
  %v7 = arith.constant -3.0e-05 : f6E2M3FN
  %v8 = arith.divf %v6, %v7 : f6E2M3FN
  %v9 = arith.cmpf ugt, %v4, %v3 : f6E2M3FN
  %v10 = arith.constant 0x00 : f6E2M3FN
  %v11 = arith.select %v2#1, %v4, %v10 : f6E2M3FN
  %v12 = arith.constant false
  %v13 = arith.remsi %v2#1, %v12 : i1
  %v14 = arith.constant -1.0 : f6E2M3FN
  %v15 = arith.mulf %v11, %v14 : f6E2M3FN
  %v16 = arith.floordivsi %arg1, %v0 : i128
  %v17 = arith.bitcast %v2#0 : i128 to f128
  %v18 = arith.constant 15 : i128
  %v19 = arith.xori %v18, %v2#0 : i128
  %v20 = arith.ceildivsi %arg0, %arg0 : i32
  %v21 = arith.cmpi eq, %v13, %v9 : i1
  %v22 = arith.select %v21, %v9, %v13 : i1
  %v23 = arith.extf %v11 fastmath<nsz> : f6E2M3FN to f16
  %v24 = arith.uitofp %v12 : i1 to f32
  %v25 = arith.constant 0x7BFF : f16
  %v26 = arith.maximumf %v25, %v25 fastmath<nsz> : f16
  %v27 = arith.mulf %v11, %v14 : f6E2M3FN
  %v28 = arith.constant 4 : i32
  %v29 = arith.maxsi %v28, %arg0 : i32
  %v30 = arith.constant 0x3F800000 : f32
  %v31 = arith.negf %v30 : f32
  %v32 = arith.uitofp %v12 : i1 to f32
  return %v27, %v23 : f6E2M3FN, f16
}
func.func @f1(%arg0: f8E4M3FN, %arg1: i8, %arg2: vector<f16>) -> (i8, vector<f16>, i8, f8E8M0FNU) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x38 : f8E4M3FN
  %v2 = arith.select %v0, %arg0, %v1 : f8E4M3FN
  %v3 = arith.sitofp %arg1 : i8 to f32
  %v4 = arith.fptoui %v3 : f32 to i8
  %v5 = arith.constant 0x007FFFFF : f32
  %v6 = arith.mulf %v5, %v3 : f32
  %v7 = arith.constant -1.0 : f16
  %v8 = arith.constant 0xF898 : f16
  %v9 = arith.divf %v7, %v8 : f16
  %v10 = arith.mulf %v6, %v5 : f32
  %v11 = arith.constant 1 : i8
  %v12 = arith.divsi %v11, %v4 exact : i8
  %v13 = arith.constant -128 : i8
  %v14 = arith.shrui %v13, %arg1 : i8
  %v15 = arith.constant 0x7F7FFFFF : f32
  %v16 = arith.negf %v15 : f32
  %v17 = arith.mulf %arg2, %arg2 fastmath<nsz> : vector<f16>
  %v18 = arith.remf %v1, %arg0 : f8E4M3FN
  %v19 = arith.uitofp %arg1 : i8 to f8E8M0FNU
  return %v14, %v17, %v14, %v19 : i8, vector<f16>, i8, f8E8M0FNU
}
func.func @f2(%arg0: f32) -> vector<2xi64> {
  %v0 = arith.constant 0.5 : f32
  %v1 = arith.truncf %v0 upward : f32 to f8E3M4
  %v2 = arith.extf %arg0 fastmath<nnan,ninf> : f32 to f64
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.uitofp %v3 : i32 to f64
  %v5 = arith.fptoui %v4 : f64 to i32
  %v6 = arith.uitofp %v3 : i32 to f64
  %v7 = arith.constant 0x00000001 : f32
  %v8 = arith.divf %arg0, %v7 fastmath<none> : f32
  %v9 = arith.constant dense<[]> : tensor<0xi1>
  %v10 = arith.extui %v9 : tensor<0xi1> to tensor<0xi16>
  %v11 = arith.trunci %v10 : tensor<0xi16> to tensor<0xi1>
  %v12 = arith.constant 0x2158DF5D505107BA : f64
  %v13 = arith.cmpf une, %v2, %v12 fastmath<fast> : f64
  %v14 = arith.constant 1.0 : f64
  %v15 = arith.mulf %v2, %v14 : f64
  %v16 = arith.constant dense<1> : vector<2xindex>
  %v17 = arith.index_castui %v16 : vector<2xindex> to vector<2xi32>
  %v18 = arith.constant dense<[-8905419036404183586, -8]> : vector<2xi64>
  %v19:2 = arith.mului_extended %v18, %v18 : vector<2xi64>
  return %v19#0 : vector<2xi64>
}
