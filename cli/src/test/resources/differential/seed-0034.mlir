// Random func/arith module, seed 34.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xindex>, %arg2: f32, %arg3: tensor<3xf16>) -> (tensor<2x2xi64>, index) {
  %v0 = arith.floordivsi %arg1, %arg1 : tensor<2x2xindex>
  %v1 = arith.constant dense<true> : tensor<2x2xi1>
  %v2 = arith.constant dense<0> : tensor<2x2xindex>
  %v3 = arith.select %v1, %arg1, %v2 : tensor<2x2xi1>, tensor<2x2xindex>
  %v4 = arith.constant dense<[[false, true], [false, true]]> : tensor<2x2xi1>
  %v5 = arith.extui %v4 : tensor<2x2xi1> to tensor<2x2xi8>
  %v6 = arith.subi %v1, %v4 : tensor<2x2xi1>
  %v7 = arith.constant dense<[1.0e+10, 0x7C00, 0x03FF]> : tensor<3xf16>
  %v8 = arith.constant dense<0x0400> : tensor<3xf16>
  %v9 = arith.cmpf ord, %v7, %v8 : tensor<3xf16>
  %v10 = arith.constant dense<0xBC00> : tensor<3xf16>
  %v11 = arith.maxnumf %arg3, %v10 fastmath<arcp,afn> : tensor<3xf16>
  %v12 = arith.index_castui %arg0 : i1 to index
  %v13 = arith.constant dense<[[3, -3], [-1, -6]]> : tensor<2x2xi64>
  %v14:2 = arith.addui_extended %v13, %v13 : tensor<2x2xi64>, tensor<2x2xi1>
  %v15 = arith.constant false
  %v16 = arith.ceildivui %arg0, %v15 : i1
  %v17 = arith.constant 0x0000000000000000 : f64
  %v18 = arith.bitcast %v17 : f64 to i64
  return %v14#0, %v12 : tensor<2x2xi64>, index
}
func.func @f1(%arg0: bf16, %arg1: f8E4M3FN) -> f8E4M3FN {
  %v0 = arith.constant 0 : i16
  %v1 = arith.constant -32768 : i16
  %v2 = arith.xori %v0, %v1 : i16
  %v3 = arith.constant false
  %v4 = arith.constant 0x35 : f8E4M3FN
  %v5 = arith.select %v3, %arg1, %v4 : f8E4M3FN
  %v6 = arith.constant false
  %v7 = arith.remui %v3, %v6 : i1
  %v8 = arith.constant dense<[[1, 9], [9223372036854775807, -1789428351429061048]]> : tensor<2x2xindex>
  %v9 = arith.constant 4.0 : f32
  %v10 = arith.constant dense<[0xA617, 7.0, 0xFE00]> : tensor<3xf16>
  %v11:2 = func.call @f0(%v6, %v8, %v9, %v10) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi64>, index)
  %v12 = arith.xori %v1, %v0 : i16
  %v13 = arith.constant 0xC9 : f8E4M3FN
  %v14 = arith.bitcast %v13 : f8E4M3FN to f8E4M3
  %v15 = arith.extsi %v3 : i1 to i64
  return %v5 : f8E4M3FN
}
func.func @f2(%arg0: tensor<3xf32>, %arg1: index, %arg2: vector<2xi16>, %arg3: i8) -> i1 {
  %v0 = arith.constant 32 : i32
  %v1 = arith.shli %v0, %v0 : i32
  %v2 = arith.constant 0x9E : f8E4M3
  %v3 = arith.constant 0.5 : f8E4M3
  %v4 = arith.subf %v2, %v3 : f8E4M3
  %v5 = arith.negf %v2 fastmath<nnan> : f8E4M3
  %v6 = arith.cmpi sle, %arg2, %arg2 : vector<2xi16>
  %v7 = arith.negf %arg0 : tensor<3xf32>
  %v8 = arith.constant dense<[0, 16384]> : vector<2xi16>
  %v9 = arith.shrui %arg2, %v8 : vector<2xi16>
  %v10 = arith.constant false
  %v11 = arith.constant 16 : i64
  %v12 = arith.select %v10, %v11, %v11 : i64
  %v13 = arith.constant dense<[[-7, -1], [65, -8]]> : tensor<2x2xindex>
  %v14 = arith.constant 0x3F800000 : f32
  %v15 = arith.constant dense<0x7C00> : tensor<3xf16>
  %v16:2 = func.call @f0(%v10, %v13, %v14, %v15) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi64>, index)
  %v17 = arith.constant 10 : i8
  %v18 = arith.cmpi ugt, %arg3, %v17 : i8
  %v19 = arith.extf %arg0 fastmath<ninf> : tensor<3xf32> to tensor<3xf64>
  %v20 = arith.cmpi sle, %arg2, %arg2 : vector<2xi16>
  %v21 = arith.constant dense<63> : tensor<2x2xindex>
  %v22:2 = func.call @f0(%v18, %v21, %v14, %v15) : (i1, tensor<2x2xindex>, f32, tensor<3xf16>) -> (tensor<2x2xi64>, index)
  return %v18 : i1
}
