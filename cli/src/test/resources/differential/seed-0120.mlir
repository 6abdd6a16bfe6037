// Random func/arith module, seed 120.
func.func @f0(%arg0: vector<[4]xi64>, %arg1: i64, %arg2: f8E4M3FNUZ) -> (i33, i33, i33) {
  %v0 = arith.constant dense<[[-1, 0], [0, 5]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<11> : tensor<2x2xi16>
  %v2 = arith.shrsi %v0, %v1 exact : tensor<2x2xi16>
  %v3 = arith.constant dense<12> : vector<[4]xi64>
  %v4 = arith.shrsi %arg0, %v3 : vector<[4]xi64>
  %v5 = arith.andi %v4, %arg0 : vector<[4]xi64>
  %v6 = arith.constant 1 : i64
  %v7 = arith.xori %arg1, %v6 : i64
  %v8 = arith.constant dense<0xBF80> : vector<bf16>
  %v9 = arith.maximumf %v8, %v8 : vector<bf16>
  %v10 = arith.fptosi %arg2 : f8E4M3FNUZ to i33
  %v11 = arith.maxui %v5, %v3 : vector<[4]xi64>
  %v12 = arith.constant 8 : i33
  %v13 = arith.cmpi sge, %v10, %v12 : i33
  %v14 = arith.select %v13, %v12, %v10 : i33
  %v15 = arith.constant dense<-6160243442217497057> : vector<[4]xi64>
  %v16 = arith.constant dense<0> : vector<[4]xi64>
  %v17 = arith.shli %v15, %v16 : vector<[4]xi64>
  %v18 = arith.cmpi uge, %v7, %v7 : i64
  %v19 = arith.select %v18, %v7, %v7 : i64
  %v20 = arith.shrsi %arg0, %v3 : vector<[4]xi64>
  %v21 = arith.index_cast %v10 : i33 to index
  %v22 = arith.index_cast %v21 : index to i33
  %v23 = arith.constant -1 : i33
  %v24 = arith.muli %v23, %v14 : i33
  %v25 = arith.constant -0.0 : f32
  %v26 = arith.addf %v25, %v25 : f32
  return %v14, %v14, %v14 : i33, i33, i33
}
func.func @f1(%arg0: bf16, %arg1: i32, %arg2: vector<2x3xf64>, %arg3: i64) -> (i64, i16) {
  %v0 = arith.constant 100.0 : bf16
  %v1 = arith.remf %arg0, %v0 fastmath<ninf> : bf16
  %v2 = arith.constant 0x0001 : f16
  %v3 = arith.divf %v2, %v2 fastmath<ninf> : f16
  %v4 = arith.extsi %arg1 : i32 to i64
  %v5 = arith.constant 9223372036854775807 : i64
  %v6 = arith.cmpi ne, %v4, %v5 : i64
  %v7 = arith.constant dense<[]> : tensor<0xi1>
  %v8 = arith.constant dense<false> : tensor<0xi1>
  %v9 = arith.xori %v7, %v8 : tensor<0xi1>
  %v10 = arith.constant dense<true> : tensor<0xi1>
  %v11 = arith.xori %v9, %v10 : tensor<0xi1>
  %v12 = arith.constant dense<65> : vector<[4]xi64>
  %v13 = arith.constant -0.75 : f8E4M3FNUZ
  %v14:3 = func.call @f0(%v12, %v4, %v13) : (vector<[4]xi64>, i64, f8E4M3FNUZ) -> (i33, i33, i33)
  %v15 = arith.constant 7.0 : f32
  %v16 = arith.cmpf ole, %v15, %v15 : f32
  %v17 = arith.extsi %v4 : i64 to i128
  %v18 = arith.constant 21267647932558653966460912964485513216 : i128
  %v19 = arith.ori %v17, %v18 : i128
  %v20 = arith.constant -170141183460469231731687303715884105728 : i128
  %v21 = arith.ori %v19, %v20 : i128
  %v22 = arith.constant true
  %v23 = arith.constant true
  %v24 = arith.remsi %v22, %v23 : i1
  %v25 = arith.ori %v19, %v20 : i128
  %v26 = arith.constant dense<0.1> : vector<2x3xf64>
  %v27 = arith.maximumf %arg2, %v26 : vector<2x3xf64>
  %v28:2 = arith.mului_extended %v5, %arg3 : i64
  %v29 = arith.xori %v7, %v8 : tensor<0xi1>
  %v30 = arith.shli %v18, %v18 : i128
  %v31 = arith.ori %v19, %v20 : i128
  %v32 = arith.constant 32767 : i16
  %v33 = arith.constant 15 : i16
  %v34 = arith.minui %v32, %v33 : i16
  %v35 = arith.constant 64 : i16
  %v36 = arith.minui %v34, %v35 : i16
  %v37 = arith.cmpi ule, %v28#1, %v5 : i64
  %v38 = arith.negf %v27 : vector<2x3xf64>
  %v39 = arith.negf %v38 fastmath<nsz> : vector<2x3xf64>
  %v40 = arith.constant dense<11> : vector<[4]xi64>
  %v41 = arith.remsi %v40, %v12 : vector<[4]xi64>
  return %v28#0, %v36 : i64, i16
}
