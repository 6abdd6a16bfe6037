// Random func/arith module, seed 160.
func.func @f0(%arg0: f32) -> (f16, tensor<2x2xindex>, tensor<2x2xindex>) {
  %v0 = arith.constant dense<[[512, 14], [-1, 7]]> : tensor<2x2xi64>
  %v1 = arith.index_castui %v0 : tensor<2x2xi64> to tensor<2x2xindex>
  %v2 = arith.constant 0x8000 : f16
  %v3 = arith.subf %v2, %v2 fastmath<fast> : f16
  %v4 = arith.constant dense<[[1, 7], [-9223372036854775808, -1]]> : tensor<2x2xi64>
  %v5 = arith.addi %v0, %v4 overflow<nsw, nuw> : tensor<2x2xi64>
  %v6 = arith.constant dense<[[9223372036854775807, 1], [-2527344757674626659, 11]]> : tensor<2x2xindex>
  %v7 = arith.constant dense<0> : tensor<2x2xindex>
  %v8 = arith.ori %v6, %v7 : tensor<2x2xindex>
  %v9 = arith.divsi %v1, %v8 : tensor<2x2xindex>
  %v10 = arith.constant dense<1> : tensor<2x2xi64>
  %v11 = arith.cmpi sge, %v10, %v4 : tensor<2x2xi64>
  %v12 = arith.constant dense<-4> : tensor<2x2xindex>
  %v13 = arith.shrsi %v7, %v12 : tensor<2x2xindex>
  %v14 = arith.constant 0x03FF : f16
  %v15 = arith.constant 0xBC00 : f16
  %v16 = arith.cmpf ogt, %v14, %v15 : f16
  return %v15, %v13, %v13 : f16, tensor<2x2xindex>, tensor<2x2xindex>
}
func.func @f1(%arg0: vector<4xindex>, %arg1: i32, %arg2: index) -> (i32, f8E5M2, i1) {
  %v0 = arith.constant 0xCD98 : bf16
  %v1 = arith.extf %v0 fastmath<fast> : bf16 to f32
  %v2 = arith.constant 1 : i32
  %v3 = arith.minui %arg1, %v2 : i32
  %v4 = arith.constant 0xAB8809CB : f32
  %v5 = arith.minimumf %v4, %v1 fastmath<reassoc,contract> : f32
  %v6 = arith.minui %v2, %arg1 : i32
  %v7 = arith.constant dense<-1> : vector<4xindex>
  %v8 = arith.index_castui %v7 : vector<4xindex> to vector<4xi1>
  %v9 = arith.constant 0.1 : f8E4M3FNUZ
  %v10 = arith.constant -3.0e-05 : f8E4M3FNUZ
  %v11 = arith.maxnumf %v9, %v10 : f8E4M3FNUZ
  %v12 = arith.minimumf %v4, %v1 fastmath<reassoc,contract> : f32
  %v13 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v14 = arith.cmpi sge, %arg0, %v13 : vector<4xindex>
  %v15 = arith.constant 0xFE : f8E5M2
  %v16 = arith.constant 4.0 : f8E5M2
  %v17 = arith.cmpf uno, %v15, %v16 fastmath<nnan> : f8E5M2
  %v18 = arith.truncf %v1 upward : f32 to f8E3M4
  %v19 = arith.constant 0x12 : f8E5M2
  %v20 = arith.bitcast %v19 : f8E5M2 to f8E4M3FNUZ
  %v21 = arith.constant true
  %v22 = arith.maxui %v21, %v21 : i1
  %v23 = arith.cmpi ule, %arg2, %arg2 : index
  %v24 = arith.constant 3.0 : f8E5M2
  %v25 = arith.subf %v24, %v19 : f8E5M2
  %v26 = arith.constant 0x8000 : bf16
  %v27 = arith.cmpf ole, %v26, %v0 fastmath<none> : bf16
  %v28 = arith.constant 10 : i32
  %v29 = arith.minsi %v6, %v28 : i32
  %v30 = arith.maxnumf %v0, %v0 fastmath<none> : bf16
  return %v29, %v25, %v23 : i32, f8E5M2, i1
}
func.func @f2(%arg0: f64) -> f8E5M2FNUZ {
  %v0 = arith.constant true
  %v1 = arith.constant -2.5 : f64
  %v2 = arith.select %v0, %v1, %arg0 : f64
  %v3 = arith.constant true
  %v4 = arith.subi %v0, %v3 : i1
  %v5 = arith.cmpf ule, %v2, %v1 fastmath<nnan> : f64
  %v6 = arith.minui %v3, %v3 : i1
  %v7 = arith.constant true
  %v8 = arith.cmpi uge, %v7, %v5 : i1
  %v9 = arith.constant 0x19 : f8E5M2FNUZ
  %v10 = arith.subf %v9, %v9 : f8E5M2FNUZ
  %v11 = arith.constant 0xD20E182AA7F21513 : f64
  %v12 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v13 = arith.cmpf oge, %v11, %v12 : f64
  %v14 = arith.constant 0xE3 : f8E3M4
  %v15 = arith.constant 0x6F : f8E3M4
  %v16 = arith.maxnumf %v14, %v15 : f8E3M4
  %v17 = arith.divui %v8, %v7 exact : i1
  %v18 = arith.index_cast %v5 : i1 to index
  %v19 = arith.cmpi ule, %v18, %v18 : index
  %v20 = arith.constant true
  %v21 = arith.divsi %v17, %v20 : i1
  %v22 = arith.constant dense<[100.0, 0x0001, 0xFF80]> : tensor<3xbf16>
  %v23 = arith.constant dense<7.0> : tensor<3xbf16>
  %v24 = arith.cmpf oeq, %v22, %v23 : tensor<3xbf16>
  %v25 = arith.constant dense<6709297243898526857> : vector<4xindex>
  %v26 = arith.constant -2147483648 : i32
  %v27 = arith.constant -9223372036854775808 : index
  %v28:3 = func.call @f1(%v25, %v26, %v27) : (vector<4xindex>, i32, index) -> (i32, f8E5M2, i1)
  %v29 = arith.subf %v9, %v9 : f8E5M2FNUZ
  %v30 = arith.constant 0x38 : f8E4M3FN
  %v31 = arith.bitcast %v30 : f8E4M3FN to f8E5M2FNUZ
  %v32 = arith.select %v8, %v2, %v11 : f64
  %v33:3 = func.call @f1(%v25, %v28#0, %v27) : (vector<4xindex>, i32, index) -> (i32, f8E5M2, i1)
  %v34 = arith.constant -1.0 : f64
  %v35 = arith.maxnumf %arg0, %v34 : f64
  %v36 = arith.constant -8 : i32
  %v37 = arith.divsi %v28#0, %v36 exact : i32
  %v38 = arith.select %v3, %v28#2, %v20 : i1
  return %v29 : f8E5M2FNUZ
}
