// Random func/arith module, seed 167.
func.func @f0(%arg0: vector<2xi16>, %arg1: f32, %arg2: i64, %arg3: f32) -> (i1, f32) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.shli %v0, %v0 overflow<none> : i16
  %v2 = arith.constant -0.75 : f32
  %v3 = arith.bitcast %v2 : f32 to i32
  %v4 = arith.cmpi eq, %arg2, %arg2 : i64
  %v5 = arith.select %v4, %arg2, %arg2 : i64
  %v6 = arith.constant -6195169145949776246 : i64
  %v7 = arith.cmpi sge, %arg2, %v6 : i64
  %v8 = arith.constant true
  %v9 = arith.select %v8, %arg3, %arg1 : f32
  %v10 = arith.extui %v4 : i1 to i32
  return %v7, %v9 : i1, f32
}
func.func @f1(%arg0: f64) -> f32 {
  %v0 = arith.constant dense<true> : vector<4xi1>
  %v1 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v2:2 = arith.mului_extended %v0, %v1 : vector<4xi1>
  %v3 = arith.constant -0.0 : f32
  %v4 = arith.mulf %v3, %v3 : f32
  %v5 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v6 = arith.shrsi %v0, %v5 : vector<4xi1>
  %v7 = arith.constant 7 : i32
  %v8 = arith.constant -4 : i32
  %v9:2 = arith.mulsi_extended %v7, %v8 : i32
  %v10 = arith.constant 1 : i32
  %v11 = arith.constant 1 : i32
  %v12 = arith.ori %v10, %v11 : i32
  %v13 = arith.constant dense<-32768> : vector<2xi16>
  %v14 = arith.constant 0xFF800000 : f32
  %v15 = arith.constant 8 : i64
  %v16:2 = func.call @f0(%v13, %v14, %v15, %v3) : (vector<2xi16>, f32, i64, f32) -> (i1, f32)
  %v17 = arith.constant false
  %v18 = arith.minui %v17, %v17 : i1
  %v19:2 = arith.mului_extended %v0, %v1 : vector<4xi1>
  %v20 = arith.constant 0x04 : f8E5M2
  %v21 = arith.constant 0.0 : f8E5M2
  %v22 = arith.select %v17, %v20, %v21 : f8E5M2
  %v23 = arith.divui %v16#0, %v16#0 exact : i1
  %v24 = arith.ceildivui %v23, %v17 : i1
  %v25 = arith.constant true
  %v26 = arith.extui %v25 : i1 to i16
  return %v16#1 : f32
}
func.func @f2(%arg0: i7, %arg1: tensor<2x2xi64>, %arg2: i8) -> (i7, i7, i7, i16) {
  %v0 = arith.constant dense<[[-9223372036854775808, -1], [6, 65]]> : tensor<2x2xi64>
  %v1 = arith.minsi %arg1, %v0 : tensor<2x2xi64>
  %v2 = arith.constant 63 : i7
  %v3 = arith.cmpi ugt, %arg0, %v2 : i7
  %v4 = arith.constant 0xFFF8000000000000 : f64
  %v5 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v6 = arith.addf %v4, %v5 fastmath<nsz> : f64
  %v7 = arith.addf %v5, %v4 fastmath<nsz> : f64
  %v8 = arith.constant 0x8000000000000000 : f64
  %v9 = arith.truncf %v8 fastmath<arcp,afn> : f64 to f16
  %v10 = arith.extui %arg0 : i7 to i16
  %v11 = arith.trunci %v10 : i16 to i7
  %v12 = arith.constant 14 : i7
  %v13 = arith.addi %arg0, %v12 : i7
  %v14 = arith.constant 1 : i16
  %v15 = arith.remsi %v10, %v14 : i16
  %v16 = arith.constant dense<0> : tensor<2x2xi64>
  %v17 = arith.cmpi ule, %v16, %v1 : tensor<2x2xi64>
  return %v13, %v13, %v13, %v15 : i7, i7, i7, i16
}
func.func @f3(%arg0: f8E4M3, %arg1: index, %arg2: i64) -> i1 {
  %v0 = arith.andi %arg1, %arg1 : index
  %v1 = arith.constant -0.0 : f8E4M3
  %v2 = arith.minimumf %v1, %arg0 fastmath<nnan> : f8E4M3
  %v3 = arith.muli %arg1, %v0 : index
  %v4 = arith.addf %arg0, %v1 : f8E4M3
  %v5 = arith.constant false
  %v6 = arith.select %v5, %v2, %v2 : f8E4M3
  %v7 = arith.constant -1 : index
  %v8 = arith.subi %v3, %v7 overflow<nsw> : index
  %v9 = arith.minimumf %arg0, %v1 : f8E4M3
  %v10 = arith.subi %v3, %v7 overflow<nsw> : index
  %v11 = arith.cmpf ult, %v6, %arg0 : f8E4M3
  %v12 = arith.constant -97 : i8
  %v13 = arith.extsi %v12 : i8 to i64
  %v14 = arith.constant 3 : i64
  %v15 = arith.cmpi sle, %v13, %v14 : i64
  %v16 = arith.muli %v7, %v10 : index
  %v17 = arith.ceildivsi %v14, %arg2 : i64
  %v18 = arith.constant -2.5 : f8E4M3
  %v19 = arith.maxnumf %v18, %v6 fastmath<none> : f8E4M3
  %v20 = arith.constant 10 : i64
  %v21 = arith.shrui %arg2, %v20 : i64
  %v22 = arith.extui %arg2 : i64 to i128
  return %v11 : i1
}
