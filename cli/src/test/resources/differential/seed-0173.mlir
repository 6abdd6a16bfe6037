// Random func/arith module, seed 173.
func.func @f0(%arg0: tensor<2x2xindex>, %arg1: tensor<3xf32>, %arg2: i16) -> (tensor<2x2xindex>, tensor<3xbf16>) {
  %v0 = arith.truncf %arg1 fastmath<fast> : tensor<3xf32> to tensor<3xf16>
  %v1 = arith.constant dense<0x80000000> : tensor<3xf32>
  %v2 = arith.addf %arg1, %v1 fastmath<nnan> : tensor<3xf32>
  %v3 = arith.truncf %arg1 fastmath<fast> : tensor<3xf32> to tensor<3xf16>
  %v4 = arith.constant true
  %v5 = arith.constant dense<[[15, 63], [-4294873848077751976, 9223372036854775807]]> : tensor<2x2xindex>
  %v6 = arith.select %v4, %arg0, %v5 : tensor<2x2xindex>
  %v7 = arith.constant dense<0x0400> : tensor<3xf16>
  %v8 = arith.bitcast %v7 : tensor<3xf16> to tensor<3xbf16>
  %v9 = arith.constant -32768 : i16
  %v10 = arith.minui %arg2, %v9 : i16
  return %v6, %v8 : tensor<2x2xindex>, tensor<3xbf16>
}
func.func @f1(%arg0: bf16, %arg1: f8E3M4, %arg2: bf16) {
  %v0 = arith.constant 1549669157 : i32
  %v1 = arith.maxui %v0, %v0 : i32
  %v2 = arith.constant false
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.select %v2, %v3, %v0 : i32
  %v5 = arith.minnumf %arg2, %arg0 : bf16
  %v6 = arith.constant false
  %v7:2 = arith.addui_extended %v6, %v2 : i1, i1
  %v8 = arith.bitcast %v5 : bf16 to i16
  %v9 = arith.constant 0 : i16
  %v10:2 = arith.mului_extended %v9, %v8 : i16
  %v11 = arith.cmpi uge, %v0, %v3 : i32
  %v12 = arith.shrui %v9, %v10#0 : i16
  %v13 = arith.maxui %v7#0, %v6 : i1
  %v14 = arith.constant 0x30 : f8E3M4
  %v15 = arith.remf %arg1, %v14 fastmath<nnan> : f8E3M4
  %v16 = arith.constant 32767 : i16
  %v17 = arith.constant 2 : i16
  %v18 = arith.divsi %v16, %v17 exact : i16
  %v19 = arith.maxsi %v10#1, %v16 : i16
  %v20 = arith.constant 2147483647 : i32
  %v21 = arith.remui %v3, %v20 : i32
  %v22 = arith.constant 0x6F : f8E3M4
  %v23 = arith.cmpf false, %v15, %v22 : f8E3M4
  %v24 = arith.maxui %v7#0, %v6 : i1
  %v25 = arith.constant false
  %v26 = arith.ori %v23, %v25 : i1
  %v27 = arith.select %v2, %v22, %arg1 : f8E3M4
  %v28 = arith.minui %v8, %v12 : i16
  %v29 = arith.constant 3.0 : f8E3M4
  %v30 = arith.subf %v29, %v27 : f8E3M4
  return
}
func.func @f2(%arg0: vector<2xi16>, %arg1: f16) {
  %v0 = arith.constant dense<[15, -1]> : vector<2xi16>
  %v1 = arith.subi %arg0, %v0 : vector<2xi16>
  %v2 = arith.constant 0x0400 : f16
  %v3 = arith.constant -2.5 : f16
  %v4 = arith.subf %v2, %v3 : f16
  %v5 = arith.cmpf uno, %arg1, %v4 : f16
  %v6 = arith.constant 0.5 : f32
  %v7 = arith.divf %v6, %v6 : f32
  %v8 = arith.divf %v6, %v6 : f32
  %v9 = arith.constant true
  %v10 = arith.constant true
  %v11 = arith.addi %v9, %v10 overflow<none> : i1
  %v12 = arith.cmpi ne, %v5, %v5 : i1
  %v13 = arith.constant 3.0 : f16
  %v14 = arith.mulf %arg1, %v13 : f16
  return
}
func.func @f3(%arg0: tensor<3xi1>, %arg1: f64, %arg2: f32, %arg3: i64) -> (tensor<3xi1>, f64, i64) {
  %v0 = arith.constant dense<true> : tensor<3xi1>
  %v1 = arith.sitofp %v0 : tensor<3xi1> to tensor<3xbf16>
  %v2 = arith.constant 0.0 : f64
  %v3 = arith.constant 0xBFF0000000000000 : f64
  %v4 = arith.subf %v2, %v3 : f64
  %v5 = arith.constant 2 : i64
  %v6 = arith.andi %v5, %arg3 : i64
  %v7 = arith.constant true
  %v8 = arith.select %v7, %v3, %arg1 : f64
  %v9 = arith.constant -0.0 : f32
  %v10 = arith.select %v7, %v9, %arg2 : f32
  %v11 = arith.constant -0.0 : f8E4M3FN
  %v12 = arith.constant 0x77 : f8E4M3FN
  %v13 = arith.cmpf ule, %v11, %v12 fastmath<ninf> : f8E4M3FN
  %v14 = arith.uitofp %v5 : i64 to f8E5M2FNUZ
  %v15 = arith.remui %v0, %arg0 : tensor<3xi1>
  %v16 = arith.constant dense<false> : tensor<3xi1>
  %v17 = arith.shrsi %v16, %v15 : tensor<3xi1>
  %v18 = arith.minimumf %v4, %arg1 : f64
  %v19 = arith.constant dense<true> : tensor<3xi1>
  %v20 = arith.subi %v19, %v0 : tensor<3xi1>
  %v21 = arith.minimumf %arg1, %v4 : f64
  %v22 = arith.constant -1.0 : f8E4M3FN
  %v23 = arith.minnumf %v22, %v12 : f8E4M3FN
  %v24 = arith.ori %arg3, %v6 : i64
  %v25 = arith.constant dense<5416> : vector<2xi16>
  %v26 = arith.constant -1.0 : f16
  func.call @f2(%v25, %v26) : (vector<2xi16>, f16) -> ()
  %v28 = arith.constant false
  %v29 = arith.cmpi ne, %v28, %v13 : i1
  %v30 = arith.constant 0xCA : f8E5M2FNUZ
  %v31 = arith.fptosi %v30 : f8E5M2FNUZ to i8
  %v32 = arith.extui %v31 : i8 to i33
  %v33 = arith.constant -1.0 : f16
  func.call @f2(%v25, %v33) : (vector<2xi16>, f16) -> ()
  %v35 = arith.maxnumf %v21, %v2 : f64
  %v36 = arith.extf %v9 : f32 to f64
  %v37 = arith.constant -1 : index
  %v38 = arith.divui %v37, %v37 : index
  %v39 = arith.shrui %v0, %arg0 : tensor<3xi1>
  return %v39, %v36, %v24 : tensor<3xi1>, f64, i64
}
