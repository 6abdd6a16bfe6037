// Random func/arith module, seed 120.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i64, %arg2: f32) -> (i64, f8E4M3) {
  %v0 = arith.constant dense<[[-1, 0], [0, 5]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<11> : tensor<2x2xi16>
  %v2 = arith.shrsi %v0, %v1 exact : tensor<2x2xi16>
  %v3 = arith.constant dense<1> : vector<2x3xi64>
  %v4 = arith.shrsi %arg0, %v3 : vector<2x3xi64>
  %v5 = arith.floordivsi %arg1, %arg1 : i64
  %v6 = arith.truncf %arg2 to_nearest_away fastmath<nnan,ninf> : f32 to f8E4M3
  %v7 = arith.constant dense<12> : tensor<2x2xi16>
  %v8 = arith.extsi %v7 : tensor<2x2xi16> to tensor<2x2xi64>
  %v9 = arith.constant dense<-5> : tensor<2x2xi16>
  %v10 = arith.minsi %v1, %v9 : tensor<2x2xi16>
  %v11 = arith.constant 0x38 : f8E4M3
  %v12 = arith.mulf %v6, %v11 : f8E4M3
  %v13 = arith.extsi %v7 : tensor<2x2xi16> to tensor<2x2xi64>
  %v14 = arith.constant false
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.select %v14, %arg1, %v15 : i64
  %v17 = arith.constant 0x3F800000 : f32
  %v18 = arith.subf %arg2, %v17 : f32
  %v19 = arith.extf %v11 : f8E4M3 to bf16
  %v20 = arith.constant 0.0 : f16
  %v21 = arith.truncf %v20 to_nearest_even fastmath<fast> : f16 to f8E4M3FNUZ
  %v22 = arith.constant false
  %v23 = arith.select %v22, %arg2, %v17 : f32
  %v24 = arith.cmpf olt, %v6, %v6 : f8E4M3
  return %v16, %v12 : i64, f8E4M3
}
func.func @f1(%arg0: vector<4xi64>, %arg1: i32, %arg2: index) -> i64 {
  %v0 = arith.constant dense<1.0e+10> : vector<2xbf16>
  %v1 = arith.minimumf %v0, %v0 fastmath<arcp,afn> : vector<2xbf16>
  %v2 = arith.minimumf %v0, %v0 fastmath<arcp,afn> : vector<2xbf16>
  %v3:2 = arith.addui_extended %arg0, %arg0 : vector<4xi64>, vector<4xi1>
  %v4:2 = arith.addui_extended %arg0, %arg0 : vector<4xi64>, vector<4xi1>
  %v5 = arith.constant dense<-3.0e-05> : vector<2xbf16>
  %v6 = arith.cmpf ugt, %v5, %v2 : vector<2xbf16>
  %v7 = arith.extf %v5 : vector<2xbf16> to vector<2xf32>
  %v8 = arith.constant dense<0x00000000> : vector<2xf32>
  %v9 = arith.bitcast %v8 : vector<2xf32> to vector<2xi32>
  %v10:2 = arith.addui_extended %arg0, %arg0 : vector<4xi64>, vector<4xi1>
  %v11:2 = arith.mulsi_extended %v3#0, %arg0 : vector<4xi64>
  %v12 = arith.constant -3 : i32
  %v13 = arith.addi %arg1, %v12 : i32
  %v14 = arith.extsi %v10#1 : vector<4xi1> to vector<4xi32>
  %v15 = arith.constant dense<63> : vector<2x3xi64>
  %v16 = arith.constant 9223372036854775807 : i64
  %v17 = arith.constant 1.0e+10 : f32
  %v18:2 = func.call @f0(%v15, %v16, %v17) : (vector<2x3xi64>, i64, f32) -> (i64, f8E4M3)
  %v19:2 = arith.addui_extended %arg0, %arg0 : vector<4xi64>, vector<4xi1>
  %v20 = arith.constant true
  %v21 = arith.constant 0x63 : f8E4M3
  %v22 = arith.select %v20, %v18#1, %v21 : f8E4M3
  %v23 = arith.constant dense<63> : vector<2x3xi64>
  %v24 = arith.constant 9223372036854775807 : i64
  %v25 = arith.constant -2.5 : f32
  %v26:2 = func.call @f0(%v23, %v24, %v25) : (vector<2x3xi64>, i64, f32) -> (i64, f8E4M3)
  %v27 = arith.xori %v20, %v20 : i1
  return %v18#0 : i64
}
