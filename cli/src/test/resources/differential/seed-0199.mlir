// Random func/arith module, seed 199.
func.func @f0(%arg0: f64, %arg1: f32) -> (f64, tensor<3xi1>) {
  %v0 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v1 = arith.subf %v0, %arg0 fastmath<ninf> : f64
  %v2 = arith.constant dense<11> : vector<4xindex>
  %v3 = arith.constant dense<-6892600683512753853> : vector<4xindex>
  %v4 = arith.minui %v2, %v3 : vector<4xindex>
  %v5 = arith.floordivsi %v2, %v3 : vector<4xindex>
  %v6 = arith.constant 0.1 : f8E4M3
  %v7 = arith.constant 0xFC : f8E4M3
  %v8 = arith.maximumf %v6, %v7 : f8E4M3
  %v9 = arith.maxsi %v2, %v3 : vector<4xindex>
  %v10 = arith.constant dense<[11, 16, 0, 10]> : vector<4xindex>
  %v11 = arith.shli %v10, %v9 : vector<4xindex>
  %v12 = arith.minnumf %arg0, %v0 : f64
  %v13 = arith.minui %v2, %v3 : vector<4xindex>
  %v14 = arith.minui %v2, %v3 : vector<4xindex>
  %v15 = arith.constant dense<-3> : tensor<3xi32>
  %v16 = arith.shli %v15, %v15 overflow<none> : tensor<3xi32>
  %v17 = arith.constant 1.0 : f64
  %v18 = arith.maximumf %v12, %v17 : f64
  %v19 = arith.constant dense<false> : vector<4xi1>
  %v20 = arith.select %v19, %v10, %v3 : vector<4xi1>, vector<4xindex>
  %v21 = arith.constant dense<[true, true, true]> : tensor<3xi1>
  %v22 = arith.select %v21, %v15, %v16 : tensor<3xi1>, tensor<3xi32>
  %v23 = arith.shli %v10, %v9 : vector<4xindex>
  %v24 = arith.fptosi %arg1 : f32 to i8
  return %v18, %v21 : f64, tensor<3xi1>
}
func.func @f1(%arg0: i1, %arg1: f32) -> (i1, i1, i32) {
  %v0 = arith.constant true
  %v1 = arith.floordivsi %arg0, %v0 : i1
  %v2 = arith.constant 7.0 : f32
  %v3 = arith.minnumf %arg1, %v2 : f32
  %v4 = arith.cmpi ult, %v1, %arg0 : i1
  %v5 = arith.cmpi ugt, %arg0, %v1 : i1
  %v6 = arith.constant true
  %v7 = arith.shli %v5, %v6 : i1
  %v8 = arith.cmpi ugt, %arg0, %v1 : i1
  %v9 = arith.constant true
  %v10 = arith.shli %v1, %v9 overflow<nsw, nuw> : i1
  %v11 = arith.constant 14 : i16
  %v12 = arith.constant -32768 : i16
  %v13 = arith.subi %v11, %v12 : i16
  %v14 = arith.constant 0x00000000 : f32
  %v15 = arith.bitcast %v14 : f32 to i32
  %v16 = arith.floordivsi %v8, %v5 : i1
  %v17 = arith.bitcast %v2 : f32 to i32
  %v18 = arith.cmpf false, %v14, %v3 : f32
  %v19 = arith.cmpi ugt, %arg0, %v1 : i1
  %v20 = arith.constant 0xBF800000 : f32
  %v21 = arith.select %arg0, %v20, %arg1 : f32
  %v22 = arith.constant true
  %v23 = arith.shrsi %v22, %v16 : i1
  %v24 = arith.minimumf %arg1, %arg1 : f32
  %v25 = arith.fptosi %v24 : f32 to i128
  return %v16, %v18, %v17 : i1, i1, i32
}
func.func @f2(%arg0: f32, %arg1: f32) -> (i1, f32) {
  %v0 = arith.constant 6 : i16
  %v1 = arith.constant 16 : i16
  %v2 = arith.minsi %v0, %v1 : i16
  %v3 = arith.cmpf ole, %arg0, %arg0 fastmath<nsz> : f32
  %v4 = arith.cmpf ole, %arg0, %arg0 fastmath<nsz> : f32
  %v5 = arith.minsi %v0, %v1 : i16
  %v6 = arith.constant 0x80000000 : f32
  %v7 = arith.cmpf uno, %arg1, %v6 fastmath<nnan> : f32
  %v8 = arith.constant false
  %v9 = arith.remui %v8, %v8 : i1
  return %v7, %arg0 : i1, f32
}
func.func @f3(%arg0: index, %arg1: i8) -> i1 {
  %v0 = arith.ceildivui %arg1, %arg1 : i8
  %v1 = arith.minui %arg1, %arg1 : i8
  %v2 = arith.bitcast %arg1 : i8 to f8E4M3
  %v3 = arith.maximumf %v2, %v2 fastmath<ninf> : f8E4M3
  %v4 = arith.constant 11 : index
  %v5 = arith.ceildivsi %arg0, %v4 : index
  %v6 = arith.constant -1 : index
  %v7 = arith.cmpi ult, %v6, %v5 : index
  %v8 = arith.floordivsi %v5, %v6 : index
  %v9 = arith.constant 9223372036854775807 : index
  %v10 = arith.constant 64 : index
  %v11 = arith.shli %v9, %v10 : index
  %v12 = arith.constant 4.0 : f32
  %v13 = arith.constant 0x00000001 : f32
  %v14:2 = func.call @f2(%v12, %v13) : (f32, f32) -> (i1, f32)
  %v15 = arith.constant 0x007FFFFF : f32
  %v16 = arith.cmpf ord, %v15, %v13 : f32
  return %v7 : i1
}
