// Random func/arith module, seed 141.
func.func @f0(%arg0: f32, %arg1: f8E3M4, %arg2: i1, %arg3: bf16) -> (i1, i1, i64, i1) {
  %v0 = arith.constant true
  %v1 = arith.maxui %arg2, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.muli %v1, %v2 : i1
  %v4 = arith.constant true
  %v5 = arith.muli %v3, %v4 : i1
  %v6 = arith.subf %arg3, %arg3 : bf16
  %v7 = arith.constant true
  %v8 = arith.shrsi %v1, %v7 exact : i1
  %v9 = arith.minsi %v1, %v4 : i1
  %v10 = arith.minsi %v1, %v4 : i1
  %v11 = arith.muli %v3, %v4 : i1
  %v12 = arith.extsi %v10 : i1 to i64
  %v13 = arith.extsi %v2 : i1 to i64
  %v14 = arith.cmpi uge, %v12, %v13 : i64
  %v15 = arith.maxui %arg2, %v0 : i1
  return %v15, %v10, %v12, %v15 : i1, i1, i64, i1
}
func.func @f1(%arg0: index, %arg1: f32, %arg2: i33, %arg3: f64) -> f64 {
  %v0 = arith.constant -1 : index
  %v1 = arith.xori %v0, %v0 : index
  %v2 = arith.xori %v1, %v0 : index
  %v3 = arith.constant 0x0010000000000000 : f64
  %v4 = arith.cmpf false, %arg3, %v3 : f64
  %v5 = arith.xori %v0, %v0 : index
  %v6 = arith.negf %v3 : f64
  %v7 = arith.constant 0x007FFFFF : f32
  %v8 = arith.maxnumf %arg1, %v7 fastmath<nsz> : f32
  %v9 = arith.truncf %v8 fastmath<ninf> : f32 to f8E4M3FN
  %v10 = arith.andi %arg0, %v0 : index
  %v11 = arith.truncf %v8 fastmath<ninf> : f32 to f8E4M3FN
  %v12 = arith.constant 0xAE66264E : f32
  %v13 = arith.constant 0x0F : f8E3M4
  %v14 = arith.constant true
  %v15 = arith.constant 100.0 : bf16
  %v16:4 = func.call @f0(%v12, %v13, %v14, %v15) : (f32, f8E3M4, i1, bf16) -> (i1, i1, i64, i1)
  %v17 = arith.subf %v6, %v6 fastmath<reassoc,contract> : f64
  %v18 = arith.constant 15 : i7
  %v19 = arith.constant -64 : i7
  %v20 = arith.cmpi uge, %v18, %v19 : i7
  %v21 = arith.negf %v3 : f64
  return %v21 : f64
}
func.func @f2(%arg0: f64, %arg1: tensor<2x2xf16>, %arg2: f32, %arg3: f16) -> f32 {
  %v0 = arith.subf %arg2, %arg2 fastmath<fast> : f32
  %v1 = arith.constant dense<-3.0e-05> : tensor<2x2xf16>
  %v2 = arith.negf %v1 : tensor<2x2xf16>
  %v3 = arith.constant 0xE7 : f8E5M2FNUZ
  %v4 = arith.negf %v3 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v5 = arith.subf %arg2, %arg2 fastmath<fast> : f32
  %v6 = arith.constant dense<0> : tensor<3xi8>
  %v7 = arith.extui %v6 : tensor<3xi8> to tensor<3xi64>
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.ceildivui %v8, %v8 : i32
  %v10 = arith.extsi %v6 : tensor<3xi8> to tensor<3xi64>
  %v11 = arith.extsi %v6 : tensor<3xi8> to tensor<3xi64>
  %v12 = arith.cmpi ule, %v10, %v11 : tensor<3xi64>
  %v13 = arith.subf %arg2, %arg2 fastmath<fast> : f32
  %v14 = arith.divsi %v9, %v8 exact : i32
  %v15 = arith.floordivsi %v9, %v8 : i32
  %v16 = arith.constant 7.0 : f16
  %v17 = arith.minimumf %v16, %arg3 : f16
  %v18 = arith.cmpi ult, %v6, %v6 : tensor<3xi8>
  %v19 = arith.select %v18, %v6, %v6 : tensor<3xi1>, tensor<3xi8>
  %v20 = arith.constant dense<[-2, -1, 1]> : tensor<3xi8>
  %v21:2 = arith.addui_extended %v6, %v20 : tensor<3xi8>, tensor<3xi1>
  %v22 = arith.extsi %v18 : tensor<3xi1> to tensor<3xi64>
  return %v13 : f32
}
func.func @f3(%arg0: f8E3M4, %arg1: f64, %arg2: f16, %arg3: f32) -> i1 {
  %v0 = arith.constant dense<7> : tensor<3xi32>
  %v1 = arith.constant dense<[10, 4096, 16]> : tensor<3xi32>
  %v2 = arith.remui %v0, %v1 : tensor<3xi32>
  %v3 = arith.cmpi ne, %v1, %v0 : tensor<3xi32>
  %v4 = arith.select %v3, %v0, %v1 : tensor<3xi1>, tensor<3xi32>
  %v5 = arith.fptoui %arg0 : f8E3M4 to i8
  %v6 = arith.constant 15 : i8
  %v7 = arith.cmpi uge, %v6, %v5 : i8
  %v8 = arith.constant 7 : i8
  %v9 = arith.maxui %v8, %v6 : i8
  %v10 = arith.xori %v7, %v7 : i1
  %v11 = arith.constant 0x77 : f8E4M3
  %v12 = arith.constant 100.0 : f8E4M3
  %v13 = arith.divf %v11, %v12 : f8E4M3
  %v14 = arith.constant 0 : i8
  %v15 = arith.cmpi slt, %v5, %v14 : i8
  %v16 = arith.select %v15, %v5, %v14 : i8
  %v17 = arith.constant 1.0 : f8E3M4
  %v18 = arith.cmpf olt, %v17, %arg0 : f8E3M4
  %v19 = arith.cmpf ult, %arg0, %arg0 : f8E3M4
  %v20 = arith.constant true
  %v21 = arith.sitofp %v20 : i1 to f64
  return %v19 : i1
}
