// Random func/arith module, seed 193.
func.func @f0(%arg0: vector<bf16>, %arg1: i16, %arg2: i32, %arg3: vector<[4]xf64>) -> (vector<[4]xf64>, vector<[4]xf64>) {
  %v0 = arith.constant dense<0x3FF0000000000000> : vector<[4]xf64>
  %v1 = arith.minnumf %arg3, %v0 fastmath<none> : vector<[4]xf64>
  %v2 = arith.trunci %arg1 : i16 to i8
  %v3 = arith.constant dense<0.0> : vector<bf16>
  %v4 = arith.subf %arg0, %v3 fastmath<nsz> : vector<bf16>
  %v5 = arith.constant 2147483647 : i32
  %v6 = arith.minsi %v5, %arg2 : i32
  %v7 = arith.cmpi ult, %v2, %v2 : i8
  %v8 = arith.constant 7 : i32
  %v9 = arith.remui %v8, %v6 : i32
  %v10 = arith.constant 32 : i32
  %v11 = arith.ceildivsi %v5, %v10 : i32
  %v12 = arith.fptoui %arg3 : vector<[4]xf64> to vector<[4]xi16>
  %v13 = arith.minnumf %arg3, %v0 fastmath<none> : vector<[4]xf64>
  %v14 = arith.select %v7, %v13, %v1 : vector<[4]xf64>
  %v15 = arith.constant dense<[[3.0, 0x7F80], [0xBF80, 1.0e+10]]> : tensor<2x2xbf16>
  %v16 = arith.constant dense<0x007F> : tensor<2x2xbf16>
  %v17 = arith.remf %v15, %v16 fastmath<fast> : tensor<2x2xbf16>
  %v18 = arith.constant 2 : i8
  %v19 = arith.extsi %v18 : i8 to i32
  %v20 = arith.constant dense<0x7FC0> : vector<bf16>
  %v21 = arith.addf %v3, %v20 : vector<bf16>
  %v22 = arith.constant dense<0x8000> : vector<bf16>
  %v23 = arith.minimumf %v22, %v4 : vector<bf16>
  %v24 = arith.negf %arg0 : vector<bf16>
  %v25 = arith.negf %v24 : vector<bf16>
  %v26 = arith.cmpi ult, %v2, %v2 : i8
  return %v13, %v14 : vector<[4]xf64>, vector<[4]xf64>
}
func.func @f1(%arg0: f32) -> vector<[4]xf64> {
  %v0 = arith.constant false
  %v1 = arith.constant dense<-2> : vector<4xi8>
  %v2 = arith.select %v0, %v1, %v1 : vector<4xi8>
  %v3 = arith.constant -7344223821979980820 : i64
  %v4 = arith.constant 67108864 : i64
  %v5 = arith.subi %v3, %v4 : i64
  %v6 = arith.constant false
  %v7 = arith.constant true
  %v8 = arith.muli %v6, %v7 : i1
  %v9 = arith.constant dense<[8, -3, 0, -1]> : vector<4xi8>
  %v10 = arith.cmpi sge, %v1, %v9 : vector<4xi8>
  %v11 = arith.select %v10, %v1, %v9 : vector<4xi1>, vector<4xi8>
  %v12 = arith.constant 0x00000000 : f32
  %v13 = arith.addf %arg0, %v12 : f32
  %v14 = arith.constant dense<1> : vector<4xi8>
  %v15 = arith.addi %v14, %v11 : vector<4xi8>
  %v16 = arith.constant dense<100.0> : vector<2xbf16>
  %v17 = arith.remf %v16, %v16 fastmath<ninf> : vector<2xbf16>
  %v18 = arith.constant dense<0x9AC0> : vector<bf16>
  %v19 = arith.constant 1024 : i16
  %v20 = arith.constant 1 : i32
  %v21 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<[4]xf64>
  %v22:2 = func.call @f0(%v18, %v19, %v20, %v21) : (vector<bf16>, i16, i32, vector<[4]xf64>) -> (vector<[4]xf64>, vector<[4]xf64>)
  %v23 = arith.constant false
  return %v22#1 : vector<[4]xf64>
}
func.func @f2(%arg0: i16, %arg1: vector<i8>, %arg2: tensor<3xbf16>) -> (vector<[4]xf64>, vector<index>) {
  %v0 = arith.constant dense<-2.5> : tensor<3xbf16>
  %v1 = arith.maxnumf %v0, %arg2 fastmath<nsz> : tensor<3xbf16>
  %v2 = arith.muli %arg0, %arg0 overflow<nsw> : i16
  %v3 = arith.constant 17 : i16
  %v4 = arith.maxui %v3, %arg0 : i16
  %v5 = arith.constant 0.5 : f32
  %v6 = arith.extf %v5 : f32 to f80
  %v7 = arith.constant dense<7.0> : vector<bf16>
  %v8 = arith.constant 33 : i32
  %v9 = arith.constant dense<0x9707B2FB9AAC1162> : vector<[4]xf64>
  %v10:2 = func.call @f0(%v7, %arg0, %v8, %v9) : (vector<bf16>, i16, i32, vector<[4]xf64>) -> (vector<[4]xf64>, vector<[4]xf64>)
  %v11 = arith.sitofp %arg1 : vector<i8> to vector<f32>
  %v12 = arith.index_castui %arg1 : vector<i8> to vector<index>
  %v13 = arith.constant -2147483648 : i32
  %v14 = arith.constant -1 : i32
  %v15 = arith.cmpi eq, %v13, %v14 : i32
  %v16 = arith.constant 4.0 : f8E8M0FNU
  %v17 = arith.fptoui %v16 : f8E8M0FNU to i16
  %v18 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<f64>
  %v19 = arith.constant dense<2.0> : vector<f64>
  %v20 = arith.mulf %v18, %v19 fastmath<none> : vector<f64>
  return %v10#1, %v12 : vector<[4]xf64>, vector<index>
}
