// Random func/arith module, seed 161.
func.func @f0(%arg0: i32, %arg1: vector<i64>) -> (i32, i1, vector<i64>, vector<f16>) {
  %v0 = arith.constant dense<10> : vector<i64>
  %v1 = arith.divui %v0, %arg1 : vector<i64>
  %v2 = arith.constant dense<0x0000> : vector<f16>
  %v3 = arith.remf %v2, %v2 fastmath<reassoc,contract> : vector<f16>
  %v4 = arith.divui %v0, %arg1 : vector<i64>
  %v5 = arith.constant dense<[true, true]> : vector<2xi1>
  %v6 = arith.constant dense<64> : vector<2xi64>
  %v7 = arith.constant dense<[-6591152393547465543, 5]> : vector<2xi64>
  %v8 = arith.select %v5, %v6, %v7 : vector<2xi1>, vector<2xi64>
  %v9 = arith.divf %v2, %v3 fastmath<fast> : vector<f16>
  %v10 = arith.constant dense<7> : vector<i64>
  %v11 = arith.addi %v1, %v10 : vector<i64>
  %v12 = arith.constant -2 : i32
  %v13 = arith.cmpi ule, %arg0, %v12 : i32
  %v14 = arith.constant dense<9223372036854775807> : vector<i64>
  %v15 = arith.cmpi ule, %v0, %v14 : vector<i64>
  %v16 = arith.constant 893398166 : i32
  %v17 = arith.cmpi sle, %arg0, %v16 : i32
  %v18 = arith.constant dense<8> : tensor<3xindex>
  %v19 = arith.constant dense<[64, 0, -3]> : tensor<3xindex>
  %v20 = arith.cmpi ult, %v18, %v19 : tensor<3xindex>
  return %arg0, %v17, %v11, %v9 : i32, i1, vector<i64>, vector<f16>
}
func.func @f1(%arg0: f32, %arg1: index, %arg2: i8, %arg3: f80) -> (i1, vector<f16>) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.divui %arg2, %v0 : i8
  %v2 = arith.divui %arg2, %v0 : i8
  %v3 = arith.cmpf ugt, %arg0, %arg0 fastmath<nsz> : f32
  %v4 = arith.divui %arg2, %v0 : i8
  %v5 = arith.cmpi slt, %v3, %v3 : i1
  %v6 = arith.constant false
  %v7 = arith.addi %v5, %v6 overflow<nsw> : i1
  %v8 = arith.index_cast %arg1 : index to i16
  %v9 = arith.constant 0xBFF0000000000000 : f64
  %v10 = arith.remf %v9, %v9 : f64
  %v11 = arith.constant 18446744073709551609 : i64
  %v12 = arith.constant 2 : i64
  %v13 = arith.shrui %v11, %v12 : i64
  %v14 = arith.constant 1.0 : f32
  %v15 = arith.divf %v14, %arg0 : f32
  %v16 = arith.constant 2.0 : f32
  %v17 = arith.negf %v16 : f32
  %v18 = arith.constant 0xBF800000 : f32
  %v19 = arith.addf %v14, %v18 : f32
  %v20 = arith.constant -415980647 : i32
  %v21 = arith.constant dense<1> : vector<i64>
  %v22:4 = func.call @f0(%v20, %v21) : (i32, vector<i64>) -> (i32, i1, vector<i64>, vector<f16>)
  %v23 = arith.ceildivsi %v0, %arg2 : i8
  %v24 = arith.cmpf one, %v9, %v10 : f64
  %v25 = arith.constant dense<-4605207271639668724> : vector<i64>
  %v26 = arith.ori %v25, %v22#2 : vector<i64>
  %v27 = arith.negf %v9 : f64
  %v28 = arith.negf %v27 fastmath<ninf> : f64
  %v29 = arith.constant -128 : i8
  %v30 = arith.ceildivsi %v1, %v29 : i8
  return %v22#1, %v22#3 : i1, vector<f16>
}
func.func @f2(%arg0: tensor<3xbf16>, %arg1: index) -> index {
  %v0 = arith.constant 0 : i64
  %v1:2 = arith.mulsi_extended %v0, %v0 : i64
  %v2 = arith.constant 7 : index
  %v3 = arith.maxsi %arg1, %v2 : index
  %v4 = arith.constant dense<true> : tensor<3xi1>
  %v5 = arith.select %v4, %arg0, %arg0 : tensor<3xi1>, tensor<3xbf16>
  %v6 = arith.constant 32767 : i16
  %v7 = arith.constant 25674 : i16
  %v8 = arith.shrsi %v6, %v7 : i16
  %v9 = arith.constant -7 : index
  %v10 = arith.shli %v3, %v9 : index
  %v11 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v12:2 = arith.mului_extended %v11, %v4 : tensor<3xi1>
  %v13 = arith.constant dense<-0.0> : tensor<3xbf16>
  %v14 = arith.addf %arg0, %v13 fastmath<ninf> : tensor<3xbf16>
  %v15 = arith.minnumf %v14, %v14 : tensor<3xbf16>
  return %v10 : index
}
