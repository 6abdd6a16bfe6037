// Random func/arith module, seed 141.
func.func @f0(%arg0: f32, %arg1: f8E3M4, %arg2: i1, %arg3: bf16) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.maxui %arg2, %v0 : i1
  %v2 = arith.index_castui %v0 : i1 to index
  %v3 = arith.constant 0x0001 : bf16
  %v4 = arith.select %v1, %arg3, %v3 : bf16
  %v5 = arith.maxui %v0, %arg2 : i1
  %v6 = arith.shrui %v1, %v5 exact : i1
  %v7 = arith.cmpf oge, %arg3, %v4 : bf16
  %v8 = arith.maxui %v0, %arg2 : i1
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.andi %v9, %v9 : index
  %v11 = arith.cmpf une, %v4, %arg3 : bf16
  return %v11 : i1
}
func.func @f1(%arg0: f64, %arg1: i16, %arg2: i32) -> f64 {
  %v0 = arith.constant 0x098E7F558D741011 : f64
  %v1 = arith.minimumf %v0, %arg0 fastmath<arcp,afn> : f64
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg0, %v1 : f64
  %v4 = arith.uitofp %arg2 : i32 to f8E5M2
  %v5 = arith.divf %arg0, %v3 : f64
  %v6 = arith.constant 0x8000000000000000 : f64
  %v7 = arith.subf %v6, %v5 : f64
  %v8:2 = arith.mului_extended %arg2, %arg2 : i32
  %v9 = arith.uitofp %arg2 : i32 to f8E5M2
  %v10 = arith.constant -2.5 : f32
  %v11 = arith.constant 100.0 : f8E3M4
  %v12 = arith.constant -2.5 : bf16
  %v13 = func.call @f0(%v10, %v11, %v2, %v12) : (f32, f8E3M4, i1, bf16) -> i1
  %v14 = arith.constant dense<-5> : tensor<3xindex>
  %v15 = arith.floordivsi %v14, %v14 : tensor<3xindex>
  %v16 = arith.fptoui %v4 : f8E5M2 to i7
  %v17 = arith.constant 0x3C : f8E5M2
  %v18 = arith.maximumf %v9, %v17 : f8E5M2
  %v19 = arith.maxnumf %v5, %v7 fastmath<ninf> : f64
  %v20:2 = arith.addui_extended %v2, %v13 : i1, i1
  %v21 = arith.fptosi %v1 : f64 to i33
  %v22 = arith.constant 9 : i8
  %v23 = arith.minui %v22, %v22 : i8
  %v24 = arith.constant 0xFF800000 : f32
  %v25 = arith.constant 0x007F : bf16
  %v26 = func.call @f0(%v24, %v11, %v20#1, %v25) : (f32, f8E3M4, i1, bf16) -> i1
  return %v19 : f64
}
func.func @f2(%arg0: tensor<2x2xf64>, %arg1: tensor<2x2xf64>, %arg2: vector<4xf16>) -> (tensor<2x2xf64>, i16, tensor<2x2xf32>, tensor<2x2xf32>) {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.constant 32767 : i16
  %v2 = arith.subi %v0, %v1 overflow<nsw, nuw> : i16
  %v3 = arith.constant dense<0x55C567B05F1D3052> : tensor<2x2xf64>
  %v4 = arith.subf %v3, %arg0 : tensor<2x2xf64>
  %v5 = arith.constant 0 : i16
  %v6 = arith.constant 32767 : i16
  %v7:2 = arith.mului_extended %v5, %v6 : i16
  %v8 = arith.cmpf uno, %arg2, %arg2 fastmath<reassoc,contract> : vector<4xf16>
  %v9 = arith.cmpf uno, %arg2, %arg2 fastmath<reassoc,contract> : vector<4xf16>
  %v10 = arith.select %v8, %arg2, %arg2 : vector<4xi1>, vector<4xf16>
  %v11 = arith.constant true
  %v12 = arith.constant -2 : i16
  %v13 = arith.select %v11, %v12, %v1 : i16
  %v14 = arith.negf %v3 : tensor<2x2xf64>
  %v15 = arith.truncf %arg1 fastmath<nsz> : tensor<2x2xf64> to tensor<2x2xf32>
  %v16 = arith.subi %v0, %v1 overflow<nsw, nuw> : i16
  %v17 = arith.constant dense<[[0x7FF0000000000000, 4.0], [4.0, 0x7FF8000000000000]]> : tensor<2x2xf64>
  %v18 = arith.cmpf false, %v17, %v14 : tensor<2x2xf64>
  %v19 = arith.select %v9, %v9, %v8 : vector<4xi1>, vector<4xi1>
  %v20 = arith.extf %v15 fastmath<nnan> : tensor<2x2xf32> to tensor<2x2xf64>
  return %v14, %v16, %v15, %v15 : tensor<2x2xf64>, i16, tensor<2x2xf32>, tensor<2x2xf32>
}
func.func @f3(%arg0: tensor<3xi32>, %arg1: f32, %arg2: i1, %arg3: i1) {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.divui %v0, %v1 exact : i1
  %v3 = arith.cmpi ne, %v0, %arg2 : i1
  %v4 = arith.constant dense<6> : tensor<3xi32>
  %v5 = arith.ceildivsi %arg0, %v4 : tensor<3xi32>
  %v6 = arith.addi %v4, %arg0 : tensor<3xi32>
  %v7 = arith.constant 100.0 : f64
  %v8 = arith.fptosi %v7 : f64 to i32
  %v9 = arith.fptosi %arg1 : f32 to i128
  %v10 = arith.constant false
  %v11 = arith.remui %v10, %arg2 : i1
  %v12 = arith.divui %v0, %v1 exact : i1
  %v13 = arith.constant 0x508EAD76D5ACDFCD : f64
  %v14 = arith.maxnumf %v13, %v7 fastmath<reassoc,contract> : f64
  return
}
