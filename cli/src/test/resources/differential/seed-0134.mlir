// Random func/arith module, seed 134.
func.func @f0(%arg0: f32, %arg1: f16, %arg2: f8E3M4, %arg3: f32) -> i1 {
  %v0 = arith.constant dense<1> : vector<2x3xi32>
  %v1 = arith.bitcast %v0 : vector<2x3xi32> to vector<2x3xf32>
  %v2 = arith.constant 56294679481147200770193955665938463652 : i128
  %v3 = arith.constant 128 : i128
  %v4 = arith.cmpi ult, %v2, %v3 : i128
  %v5 = arith.bitcast %v0 : vector<2x3xi32> to vector<2x3xf32>
  %v6 = arith.constant true
  %v7 = arith.shrui %v4, %v6 : i1
  %v8 = arith.cmpi ult, %v2, %v3 : i128
  %v9 = arith.constant 133849370250945178295639589859719734616 : i128
  %v10 = arith.constant -170141183460469231731687303715884105728 : i128
  %v11 = arith.maxsi %v9, %v10 : i128
  %v12 = arith.cmpi ne, %v0, %v0 : vector<2x3xi32>
  %v13 = arith.constant dense<[[true, true, true], [false, true, true]]> : vector<2x3xi1>
  %v14 = arith.cmpi ule, %v13, %v12 : vector<2x3xi1>
  %v15:2 = arith.mului_extended %v13, %v14 : vector<2x3xi1>
  %v16 = arith.constant false
  %v17 = arith.cmpi sgt, %v8, %v16 : i1
  %v18 = arith.select %v17, %v16, %v8 : i1
  %v19 = arith.constant dense<-2147483648> : tensor<2x2xi32>
  %v20 = arith.constant dense<[[0, -1], [2, 13]]> : tensor<2x2xi32>
  %v21:2 = arith.addui_extended %v19, %v20 : tensor<2x2xi32>, tensor<2x2xi1>
  %v22:2 = arith.mului_extended %v13, %v14 : vector<2x3xi1>
  %v23 = arith.index_castui %v6 : i1 to index
  %v24 = arith.constant dense<-128> : vector<4xi8>
  %v25 = arith.constant dense<[-5, 0, 16, -1]> : vector<4xi8>
  %v26 = arith.cmpi ult, %v24, %v25 : vector<4xi8>
  %v27 = arith.cmpi ne, %v0, %v0 : vector<2x3xi32>
  %v28 = arith.constant 7 : i8
  %v29 = arith.sitofp %v28 : i8 to f8E4M3FN
  %v30 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v31 = arith.cmpi ugt, %v26, %v30 : vector<4xi1>
  %v32 = arith.constant 0.1 : f8E4M3FN
  %v33 = arith.maximumf %v29, %v32 : f8E4M3FN
  %v34 = arith.constant 12 : i8
  %v35 = arith.maxui %v28, %v34 : i8
  %v36 = arith.cmpf ugt, %arg2, %arg2 fastmath<nnan,ninf> : f8E3M4
  return %v36 : i1
}
func.func @f1(%arg0: i16, %arg1: i1, %arg2: f64, %arg3: vector<4xf16>) -> (i1, i1, i1) {
  %v0 = arith.maxnumf %arg3, %arg3 fastmath<nnan,ninf> : vector<4xf16>
  %v1 = arith.constant dense<-9223372036854775808> : vector<2xindex>
  %v2 = arith.constant dense<65> : vector<2xindex>
  %v3 = arith.ceildivsi %v1, %v2 : vector<2xindex>
  %v4 = arith.constant false
  %v5 = arith.select %v4, %arg1, %arg1 : i1
  %v6 = arith.constant dense<[1024, 0]> : vector<2xindex>
  %v7 = arith.maxsi %v1, %v6 : vector<2xindex>
  %v8 = arith.constant false
  %v9 = arith.maxsi %v5, %v8 : i1
  %v10 = arith.minsi %v8, %v9 : i1
  %v11 = arith.constant 0 : i16
  %v12 = arith.addi %v11, %arg0 : i16
  %v13 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v14 = arith.cmpf uno, %v13, %arg2 : f64
  %v15 = arith.constant 1294212019100228155 : index
  %v16 = arith.index_castui %v15 : index to i8
  %v17 = arith.extsi %v12 : i16 to i64
  %v18 = arith.constant 9223372036854775807 : i64
  %v19 = arith.cmpi sle, %v17, %v18 : i64
  %v20 = arith.constant 63 : i64
  %v21 = arith.andi %v17, %v20 : i64
  %v22 = arith.fptoui %v0 : vector<4xf16> to vector<4xi16>
  %v23 = arith.constant true
  %v24 = arith.divui %v5, %v23 exact : i1
  %v25 = arith.shli %arg1, %v14 : i1
  %v26 = arith.constant dense<-1> : vector<2x3xi8>
  %v27 = arith.extui %v26 : vector<2x3xi8> to vector<2x3xi64>
  %v28 = arith.ceildivsi %v11, %v11 : i16
  %v29 = arith.constant 0x80000000 : f32
  %v30 = arith.constant 1.0 : f16
  %v31 = arith.constant 0x6F : f8E3M4
  %v32 = func.call @f0(%v29, %v30, %v31, %v29) : (f32, f16, f8E3M4, f32) -> i1
  %v33 = arith.constant true
  %v34 = arith.ceildivui %v9, %v33 : i1
  %v35 = arith.cmpf uno, %v13, %arg2 : f64
  %v36 = arith.constant dense<127> : vector<2x3xi8>
  %v37 = arith.divui %v26, %v36 exact : vector<2x3xi8>
  %v38 = arith.shrsi %v23, %v34 : i1
  return %v38, %v35, %v38 : i1, i1, i1
}
func.func @f2(%arg0: i8, %arg1: vector<2xf64>, %arg2: f8E5M2FNUZ) -> (i1, i1) {
  %v0 = arith.constant 0x24 : f8E5M2FNUZ
  %v1 = arith.cmpf oge, %arg2, %v0 : f8E5M2FNUZ
  %v2 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v3 = arith.cmpf ule, %v2, %v2 : vector<2x3xf32>
  %v4 = arith.cmpf ule, %v2, %v2 : vector<2x3xf32>
  %v5 = arith.constant dense<[[true, true, true], [false, true, false]]> : vector<2x3xi1>
  %v6 = arith.extui %v5 : vector<2x3xi1> to vector<2x3xi64>
  %v7 = arith.constant dense<true> : vector<2x3xi1>
  %v8 = arith.extui %v7 : vector<2x3xi1> to vector<2x3xi64>
  %v9 = arith.cmpi eq, %v6, %v8 : vector<2x3xi64>
  %v10 = arith.cmpf ule, %v2, %v2 : vector<2x3xf32>
  %v11 = arith.cmpi eq, %v6, %v8 : vector<2x3xi64>
  %v12 = arith.constant 9 : i8
  %v13 = arith.constant -14 : i8
  %v14:2 = arith.mului_extended %v12, %v13 : i8
  %v15 = arith.constant dense<100.0> : vector<2xf64>
  %v16 = arith.constant dense<3.0> : vector<2xf64>
  %v17 = arith.minimumf %v15, %v16 fastmath<nnan,ninf> : vector<2xf64>
  %v18 = arith.cmpi ne, %arg0, %arg0 : i8
  return %v18, %v18 : i1, i1
}
func.func @f3(%arg0: i64) -> i1 {
  %v0 = arith.andi %arg0, %arg0 : i64
  %v1 = arith.constant 0x0F : f8E3M4
  %v2 = arith.fptosi %v1 : f8E3M4 to i33
  %v3 = arith.maxsi %v0, %v0 : i64
  %v4 = arith.fptosi %v1 : f8E3M4 to i33
  %v5 = arith.constant 0x0F : f8E3M4
  %v6 = arith.constant 1.0 : f8E3M4
  %v7 = arith.divf %v5, %v6 : f8E3M4
  %v8 = arith.constant 7 : i33
  %v9 = arith.constant 1 : i33
  %v10 = arith.remui %v8, %v9 : i33
  %v11 = arith.maxsi %v0, %v0 : i64
  %v12 = arith.minsi %v0, %arg0 : i64
  %v13:2 = arith.addui_extended %v12, %v12 : i64, i1
  %v14 = arith.remf %v5, %v1 : f8E3M4
  %v15 = arith.constant 0x10 : f8E3M4
  %v16 = arith.select %v13#1, %v1, %v15 : f8E3M4
  return %v13#1 : i1
}
