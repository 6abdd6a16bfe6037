// Random func/arith module, seed 48.
func.func @f0(%arg0: f64) -> (index, tensor<3xf32>) {
  %v0 = arith.constant dense<0x7F7FFFFF> : tensor<3xf32>
  %v1 = arith.maxnumf %v0, %v0 : tensor<3xf32>
  %v2 = arith.constant 100.0 : f64
  %v3 = arith.truncf %v2 : f64 to f8E5M2
  %v4 = arith.constant 0x9C17FDD2258CF0A4 : f64
  %v5 = arith.divf %arg0, %v4 : f64
  %v6 = arith.constant 0x3FF0000000000000 : f64
  %v7 = arith.fptosi %v6 : f64 to i128
  %v8 = arith.maxnumf %v0, %v0 : tensor<3xf32>
  %v9 = arith.bitcast %v5 : f64 to i64
  %v10 = arith.index_castui %v9 : i64 to index
  return %v10, %v8 : index, tensor<3xf32>
}
func.func @f1(%arg0: f8E4M3FN) -> tensor<3xf32> {
  %v0 = arith.constant 0.1 : f64
  %v1:2 = func.call @f0(%v0) : (f64) -> (index, tensor<3xf32>)
  %v2 = arith.constant -8 : index
  %v3 = arith.cmpi slt, %v2, %v1#0 : index
  %v4 = arith.negf %v0 : f64
  %v5 = arith.minimumf %arg0, %arg0 fastmath<nnan> : f8E4M3FN
  %v6 = arith.index_cast %v1#0 : index to i128
  %v7 = arith.maximumf %v0, %v4 fastmath<nnan> : f64
  %v8 = arith.remui %v6, %v6 : i128
  %v9 = arith.constant -1 : i128
  %v10 = arith.constant 79228162514264337593543950336 : i128
  %v11 = arith.cmpi ne, %v9, %v10 : i128
  %v12 = arith.select %v11, %v10, %v9 : i128
  return %v1#1 : tensor<3xf32>
}
func.func @f2(%arg0: vector<2x3xf32>, %arg1: bf16, %arg2: i8) -> (i8, tensor<3xf32>, i8, tensor<3xf32>) {
  %v0 = arith.constant -2 : i8
  %v1 = arith.remui %arg2, %v0 : i8
  %v2 = arith.remsi %arg2, %v1 : i8
  %v3 = arith.constant false
  %v4 = arith.constant 1 : i7
  %v5 = arith.select %v3, %v4, %v4 : i7
  %v6 = arith.constant 1 : i7
  %v7:2 = arith.mului_extended %v6, %v4 : i7
  %v8 = arith.constant 0.5 : f8E4M3FN
  %v9 = func.call @f1(%v8) : (f8E4M3FN) -> tensor<3xf32>
  %v10 = arith.remui %arg2, %v0 : i8
  %v11 = arith.constant false
  %v12:2 = arith.mulsi_extended %v3, %v11 : i1
  %v13 = arith.constant dense<[-0.75, 0x80000000, 0.5]> : tensor<3xf32>
  %v14 = arith.constant dense<100.0> : tensor<3xf32>
  %v15 = arith.addf %v13, %v14 : tensor<3xf32>
  %v16 = arith.trunci %v6 : i7 to i1
  return %v10, %v15, %v10, %v9 : i8, tensor<3xf32>, i8, tensor<3xf32>
}
func.func @f3(%arg0: f8E4M3FNUZ, %arg1: f64) -> f8E4M3FNUZ {
  %v0 = arith.constant 0.0 : f64
  %v1 = arith.maxnumf %arg1, %v0 fastmath<reassoc,contract> : f64
  %v2 = arith.constant -9223372036854775808 : index
  %v3 = arith.minui %v2, %v2 : index
  %v4 = arith.constant 1 : index
  %v5 = arith.shrsi %v2, %v4 : index
  %v6 = arith.cmpi ult, %v3, %v4 : index
  %v7 = arith.constant 1 : index
  %v8 = arith.constant 0 : index
  %v9 = arith.ori %v7, %v8 : index
  %v10 = arith.constant dense<9> : vector<2x3xi8>
  %v11 = arith.cmpi uge, %v10, %v10 : vector<2x3xi8>
  %v12 = arith.constant 0xDE : f8E4M3FNUZ
  %v13 = arith.constant 0xC1 : f8E4M3FNUZ
  %v14 = arith.remf %v12, %v13 : f8E4M3FNUZ
  %v15 = arith.constant dense<-1> : vector<2x3xi8>
  %v16 = arith.constant dense<[[16, -128, 1], [-8, 1, 8]]> : vector<2x3xi8>
  %v17 = arith.xori %v16, %v15 : vector<2x3xi8>
  %v18 = arith.xori %v17, %v15 : vector<2x3xi8>
  return %v14 : f8E4M3FNUZ
}
