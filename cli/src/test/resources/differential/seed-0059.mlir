// Random func/arith module, seed 59.
func.func @f0(%arg0: vector<4xi64>) -> (f8E5M2, vector<4xi64>) {
  %v0 = arith.constant 3393611238640758129 : i64
  %v1 = arith.maxsi %v0, %v0 : i64
  %v2 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v3 = arith.constant dense<0xBF800000> : vector<2x3xf32>
  %v4 = arith.remf %v2, %v3 : vector<2x3xf32>
  %v5 = arith.constant dense<[[0x7F7FFFFF, 0x7F800000, 0x736899CF], [7.0, 0xFF800000, 0x3F800000]]> : vector<2x3xf32>
  %v6 = arith.bitcast %v5 : vector<2x3xf32> to vector<2x3xi32>
  %v7 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v8 = arith.addi %arg0, %v7 : vector<4xi64>
  %v9 = arith.cmpf oeq, %v5, %v4 : vector<2x3xf32>
  %v10 = arith.constant false
  %v11 = arith.constant dense<0xBEE9EE709B92218B> : vector<2xf64>
  %v12 = arith.select %v10, %v11, %v11 : vector<2xf64>
  %v13 = arith.constant dense<[0x7FF0000000000000, -0.0]> : vector<2xf64>
  %v14 = arith.divf %v12, %v13 : vector<2xf64>
  %v15 = arith.index_castui %v8 : vector<4xi64> to vector<4xindex>
  %v16 = arith.constant dense<0.0> : vector<2x3xf32>
  %v17 = arith.constant dense<0xFF800000> : vector<2x3xf32>
  %v18 = arith.maximumf %v16, %v17 fastmath<ninf> : vector<2x3xf32>
  %v19 = arith.constant 100.0 : f64
  %v20 = arith.cmpf ule, %v19, %v19 fastmath<nsz> : f64
  %v21 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v22 = arith.index_castui %v21 : vector<4xindex> to vector<4xi8>
  %v23 = arith.constant 0.5 : f8E5M2
  %v24 = arith.constant 0x7C : f8E5M2
  %v25 = arith.subf %v23, %v24 : f8E5M2
  %v26 = arith.constant dense<9223372036854775807> : vector<4xindex>
  %v27 = arith.index_castui %v26 : vector<4xindex> to vector<4xi8>
  %v28 = arith.remf %v11, %v13 : vector<2xf64>
  %v29:2 = arith.mului_extended %v8, %v7 : vector<4xi64>
  %v30 = arith.constant dense<true> : vector<2x3xi1>
  %v31 = arith.remsi %v30, %v30 : vector<2x3xi1>
  return %v25, %v29#0 : f8E5M2, vector<4xi64>
}
func.func @f1(%arg0: f64, %arg1: f8E3M4, %arg2: vector<2xi8>) -> (vector<2xi1>, f8E3M4) {
  %v0 = arith.constant 0xF0 : f8E3M4
  %v1 = arith.constant 0x78 : f8E3M4
  %v2 = arith.cmpf uge, %v0, %v1 fastmath<fast> : f8E3M4
  %v3 = arith.constant 3.0 : f64
  %v4 = arith.cmpf une, %arg0, %v3 fastmath<none> : f64
  %v5 = arith.constant true
  %v6 = arith.cmpi sge, %v2, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.minui %v7, %v2 : i1
  %v9 = arith.constant 8 : i33
  %v10 = arith.constant 4294967296 : i33
  %v11 = arith.remsi %v9, %v10 : i33
  %v12 = arith.cmpf ole, %arg1, %arg1 : f8E3M4
  %v13 = arith.minui %v7, %v2 : i1
  %v14 = arith.constant dense<[34, 127]> : vector<2xi8>
  %v15 = arith.cmpi eq, %v14, %arg2 : vector<2xi8>
  %v16 = arith.constant dense<false> : vector<2xi1>
  %v17 = arith.addi %v15, %v16 : vector<2xi1>
  %v18 = arith.constant 33 : i32
  %v19 = arith.constant 16 : i32
  %v20:2 = arith.mulsi_extended %v18, %v19 : i32
  %v21 = arith.subf %arg0, %v3 fastmath<arcp,afn> : f64
  %v22 = arith.extui %v7 : i1 to i128
  %v23 = arith.constant 0x6F : f8E3M4
  %v24 = arith.maximumf %v23, %arg1 : f8E3M4
  %v25 = arith.minui %v7, %v2 : i1
  %v26 = arith.constant 8 : i16
  %v27 = arith.constant -32768 : i16
  %v28 = arith.cmpi eq, %v26, %v27 : i16
  %v29 = arith.constant 1048576 : i32
  %v30 = arith.minsi %v18, %v29 : i32
  %v31 = arith.minnumf %v21, %v3 fastmath<ninf> : f64
  return %v17, %v24 : vector<2xi1>, f8E3M4
}
