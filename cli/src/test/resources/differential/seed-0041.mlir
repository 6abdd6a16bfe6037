// Random func/arith module, seed 41.
func.func @f0(%arg0: index, %arg1: i64, %arg2: f8E4M3FN, %arg3: vector<2xi64>) -> (index, index) {
  %v0 = arith.constant true
  %v1 = arith.constant true
  %v2:2 = arith.mului_extended %v0, %v1 : i1
  %v3:2 = arith.mului_extended %v0, %v1 : i1
  %v4:2 = arith.mului_extended %v0, %v1 : i1
  %v5 = arith.constant false
  %v6 = arith.select %v0, %v3#1, %v5 : i1
  %v7 = arith.select %v0, %v3#1, %v5 : i1
  %v8 = arith.constant 0x08 : f8E4M3FN
  %v9 = arith.maxnumf %arg2, %v8 fastmath<none> : f8E4M3FN
  %v10 = arith.constant false
  %v11 = arith.divsi %v10, %v4#1 : i1
  %v12 = arith.constant 1.0 : bf16
  %v13 = arith.constant 0x0001 : bf16
  %v14 = arith.cmpf true, %v12, %v13 : bf16
  %v15 = arith.constant dense<-3417814997697707034> : vector<2xi64>
  %v16 = arith.muli %v15, %arg3 : vector<2xi64>
  %v17 = arith.index_cast %arg1 : i64 to index
  return %v17, %v17 : index, index
}
func.func @f1(%arg0: i128, %arg1: f32, %arg2: i32, %arg3: f8E3M4) -> (index, index, index, i1) {
  %v0 = arith.constant 268435456 : i32
  %v1 = arith.shrsi %v0, %arg2 : i32
  %v2 = arith.constant 0xFF800000 : f32
  %v3 = arith.minimumf %v2, %arg1 fastmath<nsz> : f32
  %v4 = arith.divui %v1, %arg2 : i32
  %v5 = arith.constant 0x01 : f8E3M4
  %v6 = arith.cmpf uge, %arg3, %v5 fastmath<ninf> : f8E3M4
  %v7 = arith.maxnumf %arg3, %arg3 : f8E3M4
  %v8 = arith.constant true
  %v9 = arith.cmpi uge, %v8, %v6 : i1
  %v10 = arith.select %v9, %v2, %arg1 : f32
  %v11 = arith.constant -1 : i32
  %v12 = arith.maxui %v11, %v4 : i32
  %v13 = arith.constant false
  %v14:2 = arith.addui_extended %v13, %v6 : i1, i1
  %v15 = arith.constant 1 : index
  %v16 = arith.constant 0 : i64
  %v17 = arith.constant 0.0 : f8E4M3FN
  %v18 = arith.constant dense<6> : vector<2xi64>
  %v19:2 = func.call @f0(%v15, %v16, %v17, %v18) : (index, i64, f8E4M3FN, vector<2xi64>) -> (index, index)
  %v20 = arith.constant 0.0 : f16
  %v21 = arith.maxnumf %v20, %v20 : f16
  %v22 = arith.divui %arg0, %arg0 : i128
  %v23 = arith.cmpi ule, %v8, %v9 : i1
  %v24 = arith.constant 3.0 : f16
  %v25 = arith.maxnumf %v24, %v21 : f16
  return %v19#0, %v19#0, %v19#1, %v23 : index, index, index, i1
}
func.func @f2(%arg0: tensor<2x2xi16>) -> (i1, tensor<2x2xbf16>, index) {
  %v0 = arith.constant -1 : index
  %v1 = arith.maxui %v0, %v0 : index
  %v2 = arith.extui %arg0 : tensor<2x2xi16> to tensor<2x2xi64>
  %v3 = arith.maxui %v0, %v0 : index
  %v4 = arith.constant 0x0000000000000001 : f64
  %v5 = arith.fptosi %v4 : f64 to i1
  %v6 = arith.sitofp %v2 : tensor<2x2xi64> to tensor<2x2xbf16>
  %v7 = arith.constant 7 : index
  %v8 = arith.divsi %v3, %v7 : index
  %v9 = arith.fptosi %v4 : f64 to i1
  %v10 = arith.subf %v6, %v6 : tensor<2x2xbf16>
  %v11 = arith.constant dense<[[9223372036854775807, 140737488355328], [-5, 6]]> : tensor<2x2xi64>
  %v12 = arith.constant dense<-9223372036854775808> : tensor<2x2xi64>
  %v13 = arith.maxui %v11, %v12 : tensor<2x2xi64>
  return %v9, %v6, %v8 : i1, tensor<2x2xbf16>, index
}
