// Random func/arith module, seed 102.
func.func @f0(%arg0: tensor<2x2xf32>) -> (tensor<2x2xi1>, tensor<2x2xindex>) {
  %v0 = arith.constant dense<0x7FC00000> : tensor<2x2xf32>
  %v1 = arith.cmpf oge, %arg0, %v0 : tensor<2x2xf32>
  %v2 = arith.constant dense<0xFF800000> : tensor<2x2xf32>
  %v3 = arith.constant dense<0xBF800000> : tensor<2x2xf32>
  %v4 = arith.maxnumf %v2, %v3 : tensor<2x2xf32>
  %v5 = arith.index_castui %v1 : tensor<2x2xi1> to tensor<2x2xindex>
  %v6 = arith.constant false
  %v7 = arith.select %v6, %v5, %v5 : tensor<2x2xindex>
  %v8 = arith.constant dense<0x0001> : vector<[4]xf16>
  %v9 = arith.maximumf %v8, %v8 fastmath<nnan> : vector<[4]xf16>
  %v10 = arith.maximumf %v8, %v8 fastmath<nnan> : vector<[4]xf16>
  %v11 = arith.constant dense<-0.75> : vector<[4]xf16>
  %v12 = arith.negf %v11 : vector<[4]xf16>
  %v13 = arith.fptoui %arg0 : tensor<2x2xf32> to tensor<2x2xi16>
  %v14 = arith.cmpf oge, %arg0, %v0 : tensor<2x2xf32>
  %v15 = arith.shrui %v1, %v14 : tensor<2x2xi1>
  %v16 = arith.constant dense<1> : tensor<2x2xindex>
  %v17 = arith.index_castui %v16 : tensor<2x2xindex> to tensor<2x2xi1>
  %v18 = arith.constant dense<[[8, -9223372036854775808], [9223372036854775807, 4170857387686740958]]> : tensor<2x2xindex>
  %v19 = arith.minsi %v5, %v18 : tensor<2x2xindex>
  return %v14, %v19 : tensor<2x2xi1>, tensor<2x2xindex>
}
func.func @f1(%arg0: f8E4M3, %arg1: i32, %arg2: i7, %arg3: tensor<3xi64>) -> vector<4xf32> {
  %v0 = arith.constant dense<[0xBF800000, -1.0, 0x7F7FFFFF, 0x00800000]> : vector<4xf32>
  %v1 = arith.constant dense<0x00000001> : vector<4xf32>
  %v2 = arith.mulf %v0, %v1 : vector<4xf32>
  %v3 = arith.constant 0.0 : f8E4M3
  %v4 = arith.minimumf %arg0, %v3 fastmath<nsz> : f8E4M3
  %v5 = arith.minimumf %arg0, %v3 fastmath<nsz> : f8E4M3
  %v6 = arith.constant 33 : i32
  %v7 = arith.constant -3 : i32
  %v8 = arith.shrsi %v6, %v7 exact : i32
  %v9 = arith.floordivsi %arg1, %v8 : i32
  %v10 = arith.shli %arg2, %arg2 : i7
  %v11 = arith.constant dense<[-8731056179280540216, 68719476736, -8]> : tensor<3xi64>
  %v12 = arith.maxui %arg3, %v11 : tensor<3xi64>
  %v13 = arith.index_cast %v9 : i32 to index
  %v14 = arith.index_cast %v13 : index to i32
  %v15 = arith.cmpi eq, %v10, %arg2 : i7
  %v16 = arith.select %v15, %v10, %arg2 : i7
  return %v0 : vector<4xf32>
}
func.func @f2(%arg0: f80, %arg1: f64, %arg2: i128, %arg3: vector<2x3xi16>) -> (i33, i33) {
  %v0 = arith.fptosi %arg1 : f64 to i33
  %v1 = arith.constant dense<4> : vector<2x3xi16>
  %v2 = arith.andi %arg3, %v1 : vector<2x3xi16>
  %v3 = arith.constant dense<-1> : vector<2x3xi16>
  %v4 = arith.minui %v2, %v3 {tag = 0 : i64} : vector<2x3xi16>
  %v5 = arith.constant 2147483647 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.muli %v5, %v6 : i32
  %v8 = arith.constant 12 : i128
  %v9 = arith.remsi %arg2, %v8 : i128
  %v10 = arith.trunci %v9 : i128 to i16
  %v11 = arith.constant 0.1 : f64
  %v12 = arith.minimumf %arg1, %v11 : f64
  %v13 = arith.shli %v9, %arg2 : i128
  %v14 = arith.constant -1.0 : f8E4M3FN
  %v15 = arith.bitcast %v14 : f8E4M3FN to f8E5M2FNUZ
  %v16 = arith.ori %v10, %v10 : i16
  %v17 = arith.constant dense<[[32767, 1, 1024], [16, 32767, 256]]> : vector<2x3xi16>
  %v18 = arith.divui %v17, %v3 exact : vector<2x3xi16>
  %v19 = arith.bitcast %v8 : i128 to f128
  %v20 = arith.constant 0x01 : f8E5M2FNUZ
  %v21 = arith.constant 0x19 : f8E5M2FNUZ
  %v22 = arith.divf %v20, %v21 : f8E5M2FNUZ
  %v23 = arith.constant -6 : i33
  %v24 = arith.minsi %v23, %v0 : i33
  %v25 = arith.minsi %v0, %v23 : i33
  %v26 = arith.fptosi %arg1 : f64 to i33
  %v27 = arith.constant 3.0 : f128
  %v28 = arith.constant 0x7FFEFFFFFFFFFFFFFFFFFFFFFFFFFFFF : f128
  %v29 = arith.mulf %v27, %v28 fastmath<nsz> : f128
  %v30 = arith.minsi %v0, %v23 : i33
  %v31 = arith.cmpf une, %arg0, %arg0 fastmath<reassoc,contract> : f80
  %v32 = arith.constant -1.0 : f32
  %v33 = arith.constant 3.0 : f32
  %v34 = arith.maxnumf %v32, %v33 : f32
  return %v25, %v0 : i33, i33
}
func.func @f3(%arg0: vector<2xf16>, %arg1: tensor<3xf32>) -> (tensor<3xf32>, vector<2xf16>) {
  %v0 = arith.mulf %arg1, %arg1 : tensor<3xf32>
  %v1 = arith.constant -1 : i16
  %v2 = arith.extsi %v1 : i16 to i64
  %v3 = arith.constant dense<0xFE00> : vector<2xf16>
  %v4 = arith.maximumf %arg0, %v3 : vector<2xf16>
  %v5 = arith.maximumf %v4, %arg0 : vector<2xf16>
  %v6 = arith.maximumf %v3, %arg0 : vector<2xf16>
  %v7 = arith.constant 6 : i16
  %v8 = arith.constant -1 : i16
  %v9 = arith.xori %v7, %v8 : i16
  %v10 = arith.maximumf %v3, %arg0 : vector<2xf16>
  %v11 = arith.constant 1 : i64
  %v12 = arith.subi %v2, %v11 : i64
  %v13 = arith.cmpi ne, %v11, %v11 : i64
  %v14 = arith.maximumf %v4, %arg0 : vector<2xf16>
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.andi %v15, %v16 : i1
  %v18 = arith.constant 512 : i16
  %v19 = arith.ceildivui %v18, %v7 : i16
  %v20 = arith.constant 1 : i64
  %v21 = arith.constant 9223372036854775807 : i64
  %v22 = arith.cmpi ne, %v20, %v21 : i64
  %v23 = arith.cmpi ne, %v11, %v21 : i64
  %v24 = arith.maximumf %v3, %arg0 : vector<2xf16>
  %v25 = arith.constant 2251799813685248 : index
  %v26 = arith.constant 32 : index
  %v27 = arith.cmpi eq, %v25, %v26 : index
  %v28 = arith.select %v27, %v26, %v25 : index
  %v29 = arith.constant dense<[0.1, 0x80000000, 0x00000001]> : tensor<3xf32>
  %v30 = arith.cmpf ult, %arg1, %v29 fastmath<reassoc,contract> : tensor<3xf32>
  %v31 = arith.constant dense<[0x7F800000, 0xE9B93CA9, 100.0]> : tensor<3xf32>
  %v32 = arith.subf %v31, %v0 fastmath<ninf> : tensor<3xf32>
  %v33 = arith.index_castui %v30 : tensor<3xi1> to tensor<3xindex>
  %v34 = arith.index_castui %v33 : tensor<3xindex> to tensor<3xi1>
  %v35 = arith.constant dense<0.5> : tensor<3xf32>
  %v36 = arith.negf %v35 fastmath<arcp,afn> : tensor<3xf32>
  %v37 = arith.constant dense<[0x7E00, 0x7C00]> : vector<2xf16>
  %v38 = arith.extf %v37 fastmath<fast> {tag = 1 : i64} : vector<2xf16> to vector<2xf32>
  %v39 = arith.constant dense<0> : tensor<3xindex>
  %v40 = arith.constant dense<0> : tensor<3xindex>
  %v41 = arith.shli %v39, %v40 : tensor<3xindex>
  %v42 = arith.ceildivui %v18, %v7 : i16
  return %v36, %v24 : tensor<3xf32>, vector<2xf16>
}
