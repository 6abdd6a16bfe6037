// Random func/arith module, seed 166.
func.func @f0(%arg0: index, %arg1: vector<2xf64>, %arg2: vector<i64>) -> (i33, vector<2xi8>) {
  %v0 = arith.constant dense<-6> : vector<i64>
  %v1 = arith.shrsi %arg2, %v0 : vector<i64>
  %v2 = arith.bitcast %arg1 : vector<2xf64> to vector<2xi64>
  %v3 = arith.constant 0xFFFF8000000000000000000000000000 : f128
  %v4 = arith.remf %v3, %v3 : f128
  %v5 = arith.constant dense<0> : vector<2xi64>
  %v6 = arith.divui %v2, %v5 : vector<2xi64>
  %v7 = arith.negf %arg1 : vector<2xf64>
  %v8 = arith.index_cast %arg0 : index to i1
  %v9 = arith.negf %arg1 : vector<2xf64>
  %v10 = arith.constant 3 : i33
  %v11 = arith.constant 4294967295 : i33
  %v12:2 = arith.mulsi_extended %v10, %v11 : i33
  %v13 = arith.select %v8, %v1, %arg2 : vector<i64>
  %v14 = arith.constant dense<[-1.0, -3.0e-05]> : vector<2xf64>
  %v15 = arith.fptosi %v14 {tag = 1 : i64} : vector<2xf64> to vector<2xi8>
  %v16 = arith.constant dense<0x0000000000000000> : vector<2xf64>
  %v17 = arith.minimumf %v16, %v9 fastmath<fast> : vector<2xf64>
  %v18 = arith.constant dense<-8> : vector<2xi64>
  %v19 = arith.xori %v6, %v18 : vector<2xi64>
  %v20 = arith.constant dense<-4> : vector<2xi64>
  %v21 = arith.xori %v19, %v20 : vector<2xi64>
  %v22 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v23 = arith.cmpf uge, %v16, %v22 : vector<2xf64>
  %v24 = arith.constant dense<0> : vector<2xi8>
  %v25 = arith.divsi %v15, %v24 : vector<2xi8>
  return %v12#1, %v24 : i33, vector<2xi8>
}
func.func @f1(%arg0: f64, %arg1: f16, %arg2: vector<2x3xindex>) -> f64 {
  %v0 = arith.constant dense<[[17179869184, -1, 0], [-3, 8, -1044386057356726913]]> : vector<2x3xindex>
  %v1 = arith.ceildivui %arg2, %v0 : vector<2x3xindex>
  %v2 = arith.constant dense<[[-2, 15, 35184372088832], [9223372036854775807, 9223372036854775807, -8]]> : vector<2x3xindex>
  %v3 = arith.xori %v2, %arg2 : vector<2x3xindex>
  %v4 = arith.constant -2.5 : f64
  %v5 = arith.minnumf %v4, %v4 : f64
  %v6 = arith.muli %v1, %v0 : vector<2x3xindex>
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.constant dense<[0.1, 0x31E08011C1F8A701]> : vector<2xf64>
  %v9 = arith.constant dense<1> : vector<i64>
  %v10:2 = func.call @f0(%v7, %v8, %v9) : (index, vector<2xf64>, vector<i64>) -> (i33, vector<2xi8>)
  %v11 = arith.constant 1 : i33
  %v12 = arith.constant -4294967296 : i33
  %v13:2 = arith.addui_extended %v11, %v12 : i33, i1
  %v14 = arith.constant dense<9223372036854775807> : vector<i64>
  %v15 = arith.constant dense<16> : vector<i64>
  %v16 = arith.cmpi ne, %v14, %v15 : vector<i64>
  %v17 = arith.select %v16, %v15, %v14 : vector<i1>, vector<i64>
  %v18 = arith.fptoui %arg0 : f64 to i64
  %v19 = arith.constant dense<true> : vector<i1>
  %v20 = arith.cmpi eq, %v16, %v19 : vector<i1>
  %v21 = arith.constant dense<128> : tensor<0xi16>
  %v22 = arith.constant dense<1> : tensor<0xi16>
  %v23 = arith.andi %v21, %v22 : tensor<0xi16>
  %v24 = arith.constant dense<128> : tensor<0xi16>
  %v25 = arith.andi %v24, %v23 : tensor<0xi16>
  %v26 = arith.constant dense<-1> : vector<2x3xi64>
  %v27 = arith.constant dense<[[63, 3057475062729884894, 9223372036854775807], [0, -9223372036854775808, -4]]> : vector<2x3xi64>
  %v28:2 = arith.mulsi_extended %v26, %v27 : vector<2x3xi64>
  %v29 = arith.divf %v5, %arg0 fastmath<arcp,afn> : f64
  return %v29 : f64
}
func.func @f2(%arg0: vector<i16>, %arg1: i64, %arg2: i32) -> (i32, i64, i64) {
  %v0 = arith.uitofp %arg1 : i64 to f80
  %v1 = arith.extf %v0 : f80 to f128
  %v2 = arith.constant false
  %v3 = arith.constant 0.1 : f128
  %v4 = arith.select %v2, %v1, %v3 : f128
  %v5 = arith.constant 0x80 : f8E3M4
  %v6 = arith.constant 100.0 : f8E3M4
  %v7 = arith.remf %v5, %v6 : f8E3M4
  %v8 = arith.constant true
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.select %v8, %arg2, %v9 : i32
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.constant 9 : i32
  %v13:2 = arith.mulsi_extended %v11, %v12 : i32
  %v14 = arith.constant 0x8A : f8E3M4
  %v15 = arith.select %v2, %v5, %v14 : f8E3M4
  %v16 = arith.constant 0xFF : f8E8M0FNU
  %v17 = arith.constant 0x00 : f8E8M0FNU
  %v18 = arith.maximumf %v16, %v17 : f8E8M0FNU
  %v19 = arith.constant dense<-1> : vector<i16>
  %v20 = arith.minsi %arg0, %v19 : vector<i16>
  %v21 = arith.minnumf %v4, %v4 : f128
  %v22 = arith.constant dense<[[0x7BFF, 0xBC00, 0xBC00], [0x0400, 4.0, 0xBC00]]> : vector<2x3xf16>
  %v23 = arith.remf %v22, %v22 : vector<2x3xf16>
  %v24 = arith.constant false
  %v25 = arith.select %v24, %arg1, %arg1 : i64
  %v26 = arith.constant 33 : i32
  %v27 = arith.addi %v26, %v10 : i32
  return %v27, %v25, %v25 : i32, i64, i64
}
func.func @f3(%arg0: i32, %arg1: f64, %arg2: f64, %arg3: bf16) -> i1 {
  %v0 = arith.constant true
  %v1 = arith.constant 0xB8 : f8E4M3
  %v2 = arith.constant 3.0 : f8E4M3
  %v3 = arith.select %v0, %v1, %v2 : f8E4M3
  %v4 = arith.constant -0.75 : f64
  %v5 = arith.cmpf ugt, %v4, %arg2 fastmath<none> : f64
  %v6 = arith.cmpf une, %arg3, %arg3 : bf16
  %v7 = arith.constant 32 : i32
  %v8 = arith.cmpi ult, %v7, %arg0 : i32
  %v9 = arith.cmpi sge, %v8, %v0 : i1
  %v10 = arith.select %v9, %v8, %v0 : i1
  %v11 = arith.cmpf une, %arg3, %arg3 : bf16
  %v12 = arith.constant 0x0080 : bf16
  %v13 = arith.cmpf ogt, %v12, %arg3 : bf16
  %v14 = arith.constant 7.0 : f16
  %v15 = arith.constant dense<[[-3, -1, 9223372036854775807], [0, 9, -1]]> : vector<2x3xindex>
  %v16 = func.call @f1(%arg2, %v14, %v15) : (f64, f16, vector<2x3xindex>) -> f64
  %v17 = arith.floordivsi %v10, %v11 : i1
  return %v17 : i1
}
