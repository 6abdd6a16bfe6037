// Random func/arith module, seed 186.
func.func @f0(%arg0: i32, %arg1: i8) -> tensor<3xf32> {
  %v0 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v1 = arith.constant dense<1> : tensor<2x2xi16>
  %v2 = arith.constant dense<32767> : tensor<2x2xi16>
  %v3 = arith.minsi %v1, %v2 : tensor<2x2xi16>
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.remsi %v4, %v0 : i32
  %v6 = arith.remsi %v4, %v0 : i32
  %v7 = arith.constant 12 : i8
  %v8 = arith.cmpi ugt, %arg1, %v7 : i8
  %v9 = arith.constant 0x03FF : f16
  %v10 = arith.negf %v9 : f16
  %v11 = arith.constant 2.0 : f16
  %v12 = arith.remf %v11, %v9 fastmath<nnan,ninf> : f16
  %v13 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v14 = arith.extsi %v8 : i1 to i64
  %v15 = arith.remsi %v4, %v0 : i32
  %v16 = arith.constant false
  %v17:2 = arith.mulsi_extended %v16, %v8 : i1
  %v18 = arith.constant 0x8000 : f16
  %v19 = arith.remf %v18, %v11 : f16
  %v20 = arith.cmpi sge, %v4, %v0 : i32
  %v21 = arith.constant true
  %v22 = arith.floordivsi %v8, %v21 : i1
  %v23 = arith.floordivsi %v17#0, %v17#1 : i1
  %v24 = arith.shrui %arg0, %v5 : i32
  %v25 = arith.select %v21, %v11, %v9 : f16
  %v26 = arith.maxnumf %v12, %v9 : f16
  %v27 = arith.select %v21, %v11, %v9 : f16
  %v28 = arith.constant dense<0.0> : tensor<3xf32>
  %v29 = arith.maximumf %v28, %v28 fastmath<nnan,ninf> : tensor<3xf32>
  %v30 = arith.constant 0 : i8
  %v31 = arith.shrsi %v30, %arg1 : i8
  %v32 = arith.maxnumf %v9, %v12 : f16
  return %v29 : tensor<3xf32>
}
func.func @f1(%arg0: f64, %arg1: f8E5M2) -> (i1, f8E5M2, tensor<3xf32>) {
  %v0 = arith.constant 6 : i7
  %v1 = arith.trunci %v0 : i7 to i1
  %v2 = arith.constant true
  %v3 = arith.cmpi ule, %v2, %v2 : i1
  %v4 = arith.constant false
  %v5 = arith.constant false
  %v6 = arith.remui %v4, %v5 : i1
  %v7 = arith.constant 31 : i32
  %v8 = arith.constant -2 : i8
  %v9 = func.call @f0(%v7, %v8) : (i32, i8) -> tensor<3xf32>
  %v10 = arith.trunci %v0 : i7 to i1
  %v11 = arith.constant 0xBFF0000000000000 : f64
  %v12 = arith.maxnumf %arg0, %v11 : f64
  %v13 = arith.constant 12 : i128
  %v14 = arith.constant 0 : i128
  %v15 = arith.ceildivui %v13, %v14 : i128
  %v16 = arith.constant false
  %v17 = arith.constant true
  %v18 = arith.xori %v16, %v17 : i1
  %v19 = arith.constant 13 : i8
  %v20 = arith.maxsi %v8, %v19 : i8
  %v21 = arith.truncf %v9 : tensor<3xf32> to tensor<3xf16>
  %v22 = arith.xori %v16, %v17 : i1
  %v23 = arith.constant false
  %v24 = arith.muli %v23, %v17 overflow<nuw> : i1
  %v25 = arith.minnumf %arg1, %arg1 : f8E5M2
  %v26 = arith.maxsi %v19, %v8 : i8
  %v27 = arith.maxui %v5, %v23 : i1
  %v28 = arith.constant 4 : i128
  %v29 = arith.subi %v28, %v13 : i128
  %v30 = arith.maxsi %v8, %v19 : i8
  %v31 = arith.ori %v0, %v0 : i7
  %v32 = arith.constant -0.75 : f8E5M2
  %v33 = arith.subf %v32, %v25 : f8E5M2
  return %v24, %v33, %v9 : i1, f8E5M2, tensor<3xf32>
}
func.func @f2(%arg0: f32, %arg1: i1) -> i1 {
  %v0 = arith.ori %arg1, %arg1 : i1
  %v1 = arith.constant false
  %v2 = arith.cmpi ne, %v0, %v1 : i1
  %v3 = arith.constant 0xFF800000 : f32
  %v4 = arith.minimumf %v3, %v3 : f32
  %v5 = arith.maxsi %arg1, %v1 : i1
  %v6 = arith.cmpi sge, %arg1, %v0 : i1
  %v7 = arith.cmpi ne, %v0, %v1 : i1
  %v8 = arith.sitofp %v5 : i1 to f8E3M4
  %v9 = arith.constant 0xFFF8000000000000 : f64
  %v10 = arith.constant 100.0 : f8E5M2
  %v11:3 = func.call @f1(%v9, %v10) : (f64, f8E5M2) -> (i1, f8E5M2, tensor<3xf32>)
  %v12 = arith.constant 0xFFC00000 : f32
  %v13 = arith.negf %v12 fastmath<nsz> : f32
  %v14 = arith.sitofp %v5 : i1 to f8E3M4
  %v15 = arith.minimumf %v9, %v9 fastmath<reassoc,contract> : f64
  %v16 = arith.shrui %v5, %v11#0 exact : i1
  %v17:3 = func.call @f1(%v9, %v10) : (f64, f8E5M2) -> (i1, f8E5M2, tensor<3xf32>)
  %v18:2 = arith.mulsi_extended %v1, %v6 : i1
  %v19 = arith.divf %v10, %v11#1 : f8E5M2
  %v20 = arith.constant -42 : i7
  %v21:2 = arith.addui_extended %v20, %v20 : i7, i1
  %v22 = arith.constant 0x71340100905D7D8B : f64
  %v23 = arith.constant 7.0 : f8E5M2
  %v24:3 = func.call @f1(%v22, %v23) : (f64, f8E5M2) -> (i1, f8E5M2, tensor<3xf32>)
  %v25 = arith.shli %v18#1, %v24#0 : i1
  %v26 = arith.sitofp %v0 : i1 to f8E3M4
  %v27 = arith.constant dense<[0x00000001, -0.0, 0xFF800000]> : tensor<3xf32>
  %v28 = arith.subf %v11#2, %v27 : tensor<3xf32>
  %v29 = arith.constant false
  %v30 = arith.sitofp %v29 : i1 to f8E4M3FN
  return %v18#0 : i1
}
