// Random func/arith module, seed 189.
func.func @f0(%arg0: i8) -> i64 {
  %v0 = arith.constant 12 : index
  %v1 = arith.constant 16 : index
  %v2 = arith.shrui %v0, %v1 : index
  %v3 = arith.maxui %v2, %v0 : index
  %v4 = arith.constant true
  %v5:2 = arith.mului_extended %v4, %v4 : i1
  %v6 = arith.constant 9 : i8
  %v7 = arith.maxsi %v6, %arg0 : i8
  %v8 = arith.constant 0x7C : f8E5M2FNUZ
  %v9 = arith.minimumf %v8, %v8 : f8E5M2FNUZ
  %v10 = arith.cmpi eq, %v7, %v6 : i8
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.constant 9 : i8
  %v15 = arith.select %v10, %v7, %v14 : i8
  %v16 = arith.minimumf %v8, %v8 : f8E5M2FNUZ
  %v17 = arith.extui %v10 : i1 to i64
  %v18 = arith.constant false
  %v19 = arith.extui %v18 : i1 to i64
  %v20 = arith.cmpi sgt, %v17, %v19 : i64
  return %v17 : i64
}
func.func @f1(%arg0: i33, %arg1: vector<2xi32>, %arg2: i1, %arg3: vector<2xf16>) -> (tensor<2x2xbf16>, vector<2xf16>, vector<2xf16>, vector<2xf16>) {
  %v0 = arith.constant dense<-1.0> : vector<2xf16>
  %v1 = arith.constant dense<0x8000> : vector<2xf16>
  %v2 = arith.remf %v0, %v1 : vector<2xf16>
  %v3 = arith.constant false
  %v4 = arith.constant -3455382804437404624 : i64
  %v5 = arith.select %v3, %v4, %v4 : i64
  %v6 = arith.constant dense<2147483647> : vector<2xi32>
  %v7 = arith.cmpi slt, %v6, %arg1 : vector<2xi32>
  %v8 = arith.constant dense<0x7FC0> : tensor<2x2xbf16>
  %v9 = arith.constant dense<[[-2.5, -0.75], [0.5, 0x7FC0]]> : tensor<2x2xbf16>
  %v10 = arith.mulf %v8, %v9 : tensor<2x2xbf16>
  %v11:2 = arith.mulsi_extended %arg2, %v3 : i1
  %v12 = arith.constant -8044326895208494680 : index
  %v13 = arith.index_castui %v12 : index to i32
  %v14 = arith.remf %v0, %v1 : vector<2xf16>
  %v15 = arith.constant 0x7FF8000000000000 : f64
  %v16 = arith.constant 0x7FF8000000000000 : f64
  %v17 = arith.maxnumf %v15, %v16 : f64
  %v18 = arith.remf %arg3, %v0 : vector<2xf16>
  %v19 = arith.constant 65 : i64
  %v20 = arith.maxui %v4, %v19 : i64
  %v21 = arith.constant dense<0xBC00> : vector<2xf16>
  %v22 = arith.minimumf %v21, %v0 : vector<2xf16>
  %v23 = arith.extui %v6 : vector<2xi32> to vector<2xi64>
  %v24 = arith.constant dense<[3455742603162066478, -6]> : vector<2xi64>
  %v25 = arith.cmpi slt, %v23, %v24 : vector<2xi64>
  return %v8, %v18, %v18, %v18 : tensor<2x2xbf16>, vector<2xf16>, vector<2xf16>, vector<2xf16>
}
func.func @f2(%arg0: index, %arg1: index) -> vector<2xf16> {
  %v0 = arith.ceildivui %arg1, %arg0 : index
  %v1 = arith.constant dense<-2.5> : tensor<3xbf16>
  %v2 = arith.fptosi %v1 : tensor<3xbf16> to tensor<3xi1>
  %v3 = arith.constant 15 : i128
  %v4 = arith.andi %v3, %v3 : i128
  %v5 = arith.minui %arg0, %v0 : index
  %v6 = arith.constant dense<-3.0e-05> : tensor<3xbf16>
  %v7 = arith.cmpf olt, %v6, %v6 fastmath<arcp,afn> : tensor<3xbf16>
  %v8 = arith.cmpi ugt, %v0, %arg0 : index
  %v9 = arith.cmpf ord, %v6, %v1 : tensor<3xbf16>
  %v10 = arith.constant true
  %v11 = arith.extui %v10 : i1 to i16
  %v12 = arith.constant dense<-0.75> : vector<2xf64>
  %v13 = arith.truncf %v12 fastmath<fast> : vector<2xf64> to vector<2xf16>
  %v14 = arith.cmpf olt, %v6, %v6 fastmath<arcp,afn> : tensor<3xbf16>
  %v15 = arith.bitcast %v1 : tensor<3xbf16> to tensor<3xi16>
  %v16 = arith.constant 4 : i32
  %v17 = arith.ceildivui %v16, %v16 : i32
  %v18 = arith.constant 15 : i33
  %v19 = arith.constant dense<6> : vector<2xi32>
  %v20 = arith.constant dense<-3.0e-05> : vector<2xf16>
  %v21:4 = func.call @f1(%v18, %v19, %v8, %v20) : (i33, vector<2xi32>, i1, vector<2xf16>) -> (tensor<2x2xbf16>, vector<2xf16>, vector<2xf16>, vector<2xf16>)
  %v22 = arith.constant true
  %v23 = arith.floordivsi %v8, %v22 : i1
  %v24 = arith.minimumf %v21#3, %v21#2 : vector<2xf16>
  %v25 = arith.constant false
  %v26 = arith.ori %v25, %v8 : i1
  %v27 = arith.constant dense<4.0> : vector<2xf16>
  %v28 = arith.minnumf %v24, %v27 : vector<2xf16>
  %v29 = arith.constant false
  %v30 = arith.select %v26, %v29, %v8 : i1
  return %v21#3 : vector<2xf16>
}
func.func @f3(%arg0: i32, %arg1: f8E5M2, %arg2: i128) -> (i128, f32) {
  %v0 = arith.constant -2 : i32
  %v1 = arith.bitcast %v0 : i32 to f32
  %v2 = arith.constant 1024 : i32
  %v3 = arith.constant 1 : i32
  %v4:2 = arith.mului_extended %v2, %v3 : i32
  %v5 = arith.maxui %arg2, %arg2 : i128
  %v6 = arith.negf %arg1 : f8E5M2
  %v7 = arith.negf %v6 fastmath<none> : f8E5M2
  %v8 = arith.constant dense<0x7FC00000> : vector<4xf32>
  %v9 = arith.bitcast %v8 : vector<4xf32> to vector<4xi32>
  %v10 = arith.cmpf ult, %v6, %v7 : f8E5M2
  %v11 = arith.constant 1 : i32
  %v12 = arith.constant 32 : i32
  %v13 = arith.cmpi sle, %v11, %v12 : i32
  %v14:2 = arith.mului_extended %arg0, %v4#0 : i32
  %v15 = arith.constant 1.0 : f32
  %v16 = arith.constant 0x7FC00000 : f32
  %v17 = arith.select %v10, %v15, %v16 : f32
  %v18 = arith.constant 0 : i128
  %v19 = arith.maxsi %v18, %v5 : i128
  %v20 = arith.constant 3 : i64
  %v21 = arith.minui %v20, %v20 : i64
  %v22 = arith.bitcast %v14#1 : i32 to f32
  %v23 = arith.bitcast %v22 : f32 to i32
  return %v19, %v22 : i128, f32
}
