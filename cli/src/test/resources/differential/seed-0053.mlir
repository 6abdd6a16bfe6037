// Random func/arith module, seed 53.
func.func @f0(%arg0: f32, %arg1: f64) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<true> : tensor<2x2xi1>
  %v1 = arith.extui %v0 : tensor<2x2xi1> to tensor<2x2xi64>
  %v2 = arith.constant dense<0> : tensor<2x2xi64>
  %v3 = arith.cmpi eq, %v2, %v1 {tag = 1 : i64} : tensor<2x2xi64>
  %v4 = arith.select %v3, %v1, %v2 : tensor<2x2xi1>, tensor<2x2xi64>
  %v5 = arith.constant 0x7FC0 : bf16
  %v6 = arith.constant -0.0 : bf16
  %v7 = arith.minnumf %v5, %v6 fastmath<reassoc,contract> : bf16
  %v8:2 = arith.mului_extended %v3, %v3 : tensor<2x2xi1>
  %v9 = arith.cmpi eq, %v2, %v1 {tag = 1 : i64} : tensor<2x2xi64>
  %v10 = arith.sitofp %v0 : tensor<2x2xi1> to tensor<2x2xf16>
  return %v8#0, %v8#1, %v8#0 : tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f1(%arg0: vector<2x3xi16>) -> (vector<2x3xi16>, vector<2x3xi16>, vector<2x3xi16>) {
  %v0 = arith.constant dense<[[17, -6, 2], [32767, 13490, 32767]]> : vector<2x3xi16>
  %v1 = arith.remsi %arg0, %v0 : vector<2x3xi16>
  %v2 = arith.shrsi %v0, %v0 : vector<2x3xi16>
  %v3 = arith.constant 65 : i64
  %v4 = arith.constant 16 : i64
  %v5 = arith.cmpi ult, %v3, %v4 : i64
  %v6 = arith.constant 0x7B : f8E5M2FNUZ
  %v7 = arith.constant 0xFE : f8E5M2FNUZ
  %v8 = arith.maximumf %v6, %v7 fastmath<none> : f8E5M2FNUZ
  %v9 = arith.cmpf olt, %v8, %v7 : f8E5M2FNUZ
  %v10 = arith.divsi %v0, %v2 : vector<2x3xi16>
  %v11 = arith.constant dense<-32768> : vector<2x3xi16>
  %v12 = arith.divsi %v1, %v11 : vector<2x3xi16>
  %v13 = arith.constant dense<0> : vector<2x3xi16>
  %v14 = arith.subi %v12, %v13 : vector<2x3xi16>
  return %v12, %v14, %v2 : vector<2x3xi16>, vector<2x3xi16>, vector<2x3xi16>
}
func.func @f2(%arg0: i1, %arg1: tensor<2x2xf32>, %arg2: f16) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant 0x80000000 : f32
  %v1 = arith.constant 0x0000000000000000 : f64
  %v2:3 = func.call @f0(%v0, %v1) : (f32, f64) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>)
  %v3 = arith.constant dense<4> : vector<2x3xi16>
  %v4:3 = func.call @f1(%v3) : (vector<2x3xi16>) -> (vector<2x3xi16>, vector<2x3xi16>, vector<2x3xi16>)
  %v5 = arith.constant 100.0 : f32
  %v6 = arith.constant 0x0000000000000000 : f64
  %v7:3 = func.call @f0(%v5, %v6) : (f32, f64) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>)
  %v8 = arith.constant true
  %v9 = arith.remsi %arg0, %v8 : i1
  %v10 = arith.constant dense<true> : tensor<2x2xi1>
  %v11 = arith.maxsi %v10, %v2#0 : tensor<2x2xi1>
  %v12 = arith.constant 0x0000 : f16
  %v13 = arith.bitcast %v12 : f16 to i16
  %v14 = arith.constant 0x7F7FFFFF : f32
  %v15 = arith.maxnumf %v0, %v14 fastmath<reassoc,contract> : f32
  %v16 = arith.bitcast %v12 : f16 to i16
  %v17 = arith.cmpi ult, %v8, %arg0 : i1
  %v18 = arith.constant dense<true> : tensor<2x2xi1>
  %v19 = arith.constant dense<false> : tensor<2x2xi1>
  %v20 = arith.floordivsi %v18, %v19 : tensor<2x2xi1>
  %v21 = arith.extf %arg2 fastmath<none> : f16 to f32
  %v22 = arith.maxsi %v10, %v2#0 : tensor<2x2xi1>
  %v23 = arith.divsi %v4#0, %v3 {tag = 0 : i64} : vector<2x3xi16>
  %v24 = arith.constant dense<[[-1.0, 0xBF800000], [0x007FFFFF, 0x00000000]]> : tensor<2x2xf32>
  %v25 = arith.maxnumf %v24, %arg1 {tag = 0 : i64} : tensor<2x2xf32>
  return %v22, %v22 : tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f3(%arg0: tensor<3xf32>, %arg1: f32, %arg2: tensor<3xi32>) -> (tensor<3xi32>, vector<2x3xi16>) {
  %v0 = arith.constant dense<true> : tensor<3xi1>
  %v1 = arith.constant dense<-2> : tensor<3xi32>
  %v2 = arith.select %v0, %v1, %arg2 : tensor<3xi1>, tensor<3xi32>
  %v3 = arith.constant 5 : i32
  %v4 = arith.constant 262144 : i32
  %v5 = arith.ceildivui %v3, %v4 : i32
  %v6 = arith.constant dense<-1> : tensor<3xindex>
  %v7 = arith.constant dense<[1, 63, 0]> : tensor<3xindex>
  %v8 = arith.cmpi slt, %v6, %v7 : tensor<3xindex>
  %v9 = arith.select %v8, %v6, %v7 : tensor<3xi1>, tensor<3xindex>
  %v10 = arith.constant dense<1> : tensor<3xi32>
  %v11 = arith.remui %v2, %v10 : tensor<3xi32>
  %v12 = arith.constant dense<0x80000000> : tensor<3xf32>
  %v13 = arith.select %v0, %v12, %arg0 : tensor<3xi1>, tensor<3xf32>
  %v14 = arith.remui %v2, %v10 : tensor<3xi32>
  %v15 = arith.constant dense<[[1, 7, 13], [1, 2, -1]]> : vector<2x3xi16>
  %v16:3 = func.call @f1(%v15) : (vector<2x3xi16>) -> (vector<2x3xi16>, vector<2x3xi16>, vector<2x3xi16>)
  %v17 = arith.constant true
  %v18 = arith.constant dense<true> : tensor<3xi1>
  %v19 = arith.select %v17, %v18, %v8 : tensor<3xi1>
  %v20 = arith.minui %v16#2, %v16#1 {tag = 1 : i64} : vector<2x3xi16>
  return %v14, %v15 : tensor<3xi32>, vector<2x3xi16>
}
