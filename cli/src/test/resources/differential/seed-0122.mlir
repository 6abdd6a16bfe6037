// Random func/arith module, seed 122.
func.func @f0(%arg0: f8E3M4, %arg1: f8E3M4, %arg2: index, %arg3: tensor<2x2xf16>) -> index {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 9223372036854775807 : index
  %v2 = arith.ceildivsi %v0, %v1 : index
  %v3 = arith.constant 63 : index
  %v4 = arith.constant 12 : index
  %v5 = arith.cmpi sge, %v3, %v4 : index
  %v6 = arith.select %v5, %v4, %v3 : index
  %v7 = arith.constant 0 : index
  %v8 = arith.maxsi %arg2, %v7 : index
  %v9 = arith.constant -1 : index
  %v10 = arith.maxsi %v8, %v9 : index
  %v11 = arith.ceildivsi %v0, %v1 : index
  %v12 = arith.constant 0xB0 : f8E3M4
  %v13 = arith.addf %arg1, %v12 : f8E3M4
  %v14 = arith.constant 9223372036854775808 : i64
  %v15:2 = arith.mulsi_extended %v14, %v14 : i64
  %v16 = arith.constant 32767 : i16
  %v17 = arith.constant 1 : i16
  %v18 = arith.ceildivsi %v16, %v17 : i16
  %v19 = arith.ceildivsi %v0, %v1 : index
  %v20 = arith.maxsi %arg2, %v7 : index
  %v21 = arith.constant 0x80 : f8E5M2FNUZ
  %v22 = arith.negf %v21 : f8E5M2FNUZ
  %v23 = arith.constant -1 : i8
  %v24 = arith.constant 5 : i8
  %v25 = arith.cmpi eq, %v23, %v24 : i8
  return %v20 : index
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: i32, %arg2: i33) -> i32 {
  %v0 = arith.constant 10 : i33
  %v1 = arith.cmpi eq, %arg2, %v0 : i33
  %v2 = arith.select %v1, %arg2, %v0 : i33
  %v3 = arith.constant 0x04 : f8E5M2FNUZ
  %v4 = arith.mulf %arg0, %v3 fastmath<none> : f8E5M2FNUZ
  %v5 = arith.sitofp %v0 : i33 to f64
  %v6 = arith.constant 0x12F25E1CF0C57255 : f64
  %v7 = arith.minnumf %v5, %v6 fastmath<ninf> : f64
  %v8 = arith.constant true
  %v9 = arith.index_castui %v8 : i1 to index
  %v10 = arith.constant 7.0 : f8E5M2FNUZ
  %v11 = arith.fptoui %v10 : f8E5M2FNUZ to i1
  %v12 = arith.constant 0x95 : f8E5M2FNUZ
  %v13 = arith.constant 0x7C : f8E5M2FNUZ
  %v14 = arith.cmpf uge, %v12, %v13 fastmath<arcp,afn> : f8E5M2FNUZ
  %v15 = arith.xori %arg1, %arg1 : i32
  %v16 = arith.sitofp %arg1 : i32 to bf16
  %v17 = arith.xori %arg1, %arg1 : i32
  %v18 = arith.constant 0x7FC0 : bf16
  %v19 = arith.divf %v16, %v18 fastmath<reassoc,contract> : bf16
  %v20 = arith.constant 0x70 : f8E3M4
  %v21 = arith.constant 0x70 : f8E3M4
  %v22 = arith.constant 63 : index
  %v23 = arith.constant dense<0x03FF> : tensor<2x2xf16>
  %v24 = func.call @f0(%v20, %v21, %v22, %v23) : (f8E3M4, f8E3M4, index, tensor<2x2xf16>) -> index
  %v25 = arith.uitofp %v8 : i1 to f64
  %v26 = arith.constant 2147483647 : i32
  %v27 = arith.shli %v15, %v26 : i32
  return %v27 : i32
}
func.func @f2(%arg0: f8E3M4, %arg1: f8E4M3, %arg2: f64, %arg3: f8E3M4) -> index {
  %v0 = arith.constant 0x6F : f8E3M4
  %v1 = arith.constant 1 : index
  %v2 = arith.constant dense<0xBC00> : tensor<2x2xf16>
  %v3 = func.call @f0(%v0, %arg3, %v1, %v2) : (f8E3M4, f8E3M4, index, tensor<2x2xf16>) -> index
  %v4 = arith.constant -1 : index
  %v5 = arith.ori %v3, %v4 : index
  %v6 = arith.constant 0 : index
  %v7 = arith.floordivsi %v6, %v3 : index
  %v8 = arith.constant dense<true> : tensor<2x2xi1>
  %v9 = arith.constant dense<-0.0> : tensor<2x2xf16>
  %v10 = arith.select %v8, %v2, %v9 : tensor<2x2xi1>, tensor<2x2xf16>
  %v11 = arith.minsi %v8, %v8 : tensor<2x2xi1>
  %v12 = arith.minui %v6, %v3 : index
  return %v12 : index
}
func.func @f3(%arg0: vector<2xindex>, %arg1: bf16, %arg2: tensor<2x2xi8>) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant false
  %v1 = arith.constant 0x8000 : bf16
  %v2 = arith.select %v0, %arg1, %v1 : bf16
  %v3 = arith.remf %v1, %v2 : bf16
  %v4 = arith.constant dense<[[1, 3], [0, -128]]> : tensor<2x2xi8>
  %v5 = arith.cmpi eq, %arg2, %v4 : tensor<2x2xi8>
  %v6 = arith.constant 0.1 : f8E5M2FNUZ
  %v7 = arith.constant 2147483647 : i32
  %v8 = arith.constant 4294967295 : i33
  %v9 = func.call @f1(%v6, %v7, %v8) : (f8E5M2FNUZ, i32, i33) -> i32
  %v10 = arith.minnumf %arg1, %v2 : bf16
  %v11 = arith.minimumf %v3, %v2 fastmath<nsz> : bf16
  %v12 = arith.constant dense<-1> : vector<2x3xindex>
  %v13 = arith.constant dense<[[4, -3, -7936999955297052375], [576460752303423488, 7, 65]]> : vector<2x3xindex>
  %v14 = arith.xori %v13, %v12 : vector<2x3xindex>
  %v15 = arith.xori %v14, %v12 : vector<2x3xindex>
  %v16 = arith.constant 13 : i32
  %v17 = arith.trunci %v16 : i32 to i16
  %v18 = arith.subi %v7, %v9 : i32
  %v19 = arith.cmpf ueq, %v2, %v11 fastmath<arcp,afn> : bf16
  %v20 = arith.constant dense<-5> : vector<2xindex>
  %v21 = arith.xori %v20, %arg0 : vector<2xindex>
  %v22 = arith.constant dense<46> : tensor<2x2xi8>
  %v23 = arith.muli %arg2, %v22 : tensor<2x2xi8>
  %v24 = arith.constant dense<[[8, -128], [99, 1]]> : tensor<2x2xi8>
  %v25 = arith.muli %v23, %v24 : tensor<2x2xi8>
  %v26 = arith.mulf %v2, %arg1 fastmath<nnan> : bf16
  %v27 = arith.constant 5 : i32
  %v28 = arith.ori %v9, %v27 : i32
  %v29 = arith.constant dense<[[false, false], [false, false]]> : tensor<2x2xi1>
  %v30 = arith.cmpi slt, %v29, %v5 : tensor<2x2xi1>
  %v31 = arith.constant 100.0 : f8E3M4
  %v32 = arith.constant 0x1F : f8E4M3
  %v33 = arith.constant -1.0 : f64
  %v34 = func.call @f2(%v31, %v32, %v33, %v31) : (f8E3M4, f8E4M3, f64, f8E3M4) -> index
  %v35 = func.call @f2(%v31, %v32, %v33, %v31) : (f8E3M4, f8E4M3, f64, f8E3M4) -> index
  %v36 = arith.constant dense<5> : vector<4xindex>
  %v37 = arith.index_castui %v36 : vector<4xindex> to vector<4xi64>
  %v38 = arith.cmpf uge, %v10, %v1 : bf16
  %v39 = arith.truncf %v1 : bf16 to f8E4M3FNUZ
  %v40 = arith.constant 4294967296 : index
  %v41 = arith.constant 0 : index
  %v42 = arith.divui %v40, %v41 : index
  return %v30, %v30 : tensor<2x2xi1>, tensor<2x2xi1>
}
