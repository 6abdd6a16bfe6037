// Random func/arith module, seed 176.
func.func @f0(%arg0: i8, %arg1: f64, %arg2: i32) -> i64 {
  %v0 = arith.ceildivui %arg0, %arg0 : i8
  %v1 = arith.constant 0x7FF8000000000000 : f64
  %v2 = arith.bitcast %v1 : f64 to i64
  %v3 = arith.constant dense<0x3FF0000000000000> : vector<2xf64>
  %v4 = arith.constant dense<[0xFFF0000000000000, 1.0e+10]> : vector<2xf64>
  %v5 = arith.cmpf ugt, %v3, %v4 : vector<2xf64>
  %v6 = arith.bitcast %v1 : f64 to i64
  %v7 = arith.bitcast %v0 : i8 to f8E3M4
  %v8 = arith.constant 0 : index
  %v9 = arith.minsi %v8, %v8 : index
  %v10 = arith.constant 2921323502 : i32
  %v11 = arith.maxsi %v10, %arg2 : i32
  %v12 = arith.cmpi ugt, %v10, %arg2 : i32
  %v13 = arith.constant 7.0 : f8E3M4
  %v14 = arith.fptosi %v13 : f8E3M4 to i128
  %v15 = arith.cmpi ugt, %v10, %arg2 : i32
  %v16 = arith.constant false
  %v17 = arith.shli %v12, %v16 overflow<nsw> : i1
  %v18 = arith.constant 0 : i8
  %v19 = arith.constant 7 : i8
  %v20 = arith.select %v17, %v18, %v19 : i8
  %v21 = arith.constant 1371580023950792900 : index
  %v22 = arith.constant 65 : index
  %v23 = arith.shli %v21, %v22 : index
  %v24 = arith.constant dense<1> : tensor<2x2xindex>
  %v25 = arith.remui %v24, %v24 : tensor<2x2xindex>
  %v26 = arith.extsi %v11 : i32 to i64
  %v27 = arith.trunci %v26 : i64 to i32
  return %v26 : i64
}
func.func @f1(%arg0: f8E4M3, %arg1: f64, %arg2: i64) -> (i1, i64) {
  %v0 = arith.constant -1.0 : f8E4M3
  %v1 = arith.minnumf %arg0, %v0 fastmath<none> : f8E4M3
  %v2 = arith.maximumf %arg0, %v0 : f8E4M3
  %v3:2 = arith.mului_extended %arg2, %arg2 : i64
  %v4:2 = arith.mului_extended %arg2, %arg2 : i64
  %v5 = arith.constant 0 : i64
  %v6 = arith.cmpi ule, %v4#1, %v5 : i64
  %v7 = arith.constant 16 : i8
  %v8 = arith.constant 1 : i32
  %v9 = func.call @f0(%v7, %arg1, %v8) : (i8, f64, i32) -> i64
  return %v6, %v4#1 : i1, i64
}
func.func @f2(%arg0: tensor<2x2xf16>) -> tensor<2x2xf16> {
  %v0 = arith.constant dense<1> : tensor<2x2xi32>
  %v1 = arith.andi %v0, %v0 : tensor<2x2xi32>
  %v2 = arith.constant dense<[[0, -1], [8, 884584705]]> : tensor<2x2xi32>
  %v3 = arith.constant dense<[[-7, 16], [0, 6]]> : tensor<2x2xi32>
  %v4 = arith.divsi %v2, %v3 : tensor<2x2xi32>
  %v5 = arith.constant dense<[[false, true], [true, true]]> : tensor<2x2xi1>
  %v6 = arith.select %v5, %arg0, %arg0 : tensor<2x2xi1>, tensor<2x2xf16>
  %v7 = arith.constant dense<0x7BFF> : tensor<2x2xf16>
  %v8 = arith.bitcast %v7 : tensor<2x2xf16> to tensor<2x2xbf16>
  %v9 = arith.cmpf true, %v7, %arg0 : tensor<2x2xf16>
  %v10 = arith.index_cast %v9 : tensor<2x2xi1> to tensor<2x2xindex>
  %v11 = arith.andi %v0, %v0 : tensor<2x2xi32>
  %v12 = arith.constant dense<true> : tensor<2x2xi1>
  %v13 = arith.floordivsi %v9, %v12 : tensor<2x2xi1>
  %v14 = arith.constant dense<-3.0e-05> : vector<4xf32>
  %v15 = arith.fptoui %v14 : vector<4xf32> to vector<4xi16>
  %v16 = arith.maximumf %v6, %v7 : tensor<2x2xf16>
  return %v16 : tensor<2x2xf16>
}
