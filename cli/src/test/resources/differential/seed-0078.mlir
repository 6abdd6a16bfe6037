// Random func/arith module, seed 78.
func.func @f0(%arg0: f32, %arg1: i64, %arg2: f64) -> (i1, i1) {
  %v0 = arith.constant 11609739792592702920 : i64
  %v1 = arith.cmpi ne, %arg1, %v0 : i64
  %v2 = arith.constant 4.0 : f64
  %v3 = arith.truncf %v2 downward : f64 to f8E5M2FNUZ
  %v4 = arith.subf %arg2, %v2 : f64
  %v5 = arith.constant true
  %v6 = arith.maxui %v1, %v5 : i1
  %v7 = arith.cmpf false, %v4, %v4 : f64
  %v8 = arith.cmpi sle, %v1, %v6 : i1
  %v9 = arith.remui %arg1, %arg1 : i64
  return %v7, %v8 : i1, i1
}
func.func @f1(%arg0: f64, %arg1: index, %arg2: vector<4xi64>) -> f64 {
  %v0 = arith.constant 1024 : index
  %v1 = arith.divsi %v0, %arg1 : index
  %v2 = arith.constant -3.0e-05 : f64
  %v3 = arith.minimumf %arg0, %v2 fastmath<reassoc,contract> : f64
  %v4 = arith.cmpf ult, %v3, %arg0 : f64
  %v5 = arith.cmpf ult, %v3, %arg0 : f64
  %v6 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v7 = arith.constant 0x7FF8000000000000 : f64
  %v8 = arith.mulf %v6, %v7 fastmath<nnan,ninf> : f64
  %v9 = arith.constant 1.0e+10 : f64
  %v10 = arith.cmpf one, %v9, %v3 : f64
  %v11 = arith.constant dense<false> : vector<4xi1>
  %v12 = arith.constant dense<10> : vector<4xi64>
  %v13 = arith.select %v11, %v12, %arg2 : vector<4xi1>, vector<4xi64>
  %v14 = arith.constant 0x00000000 : f32
  %v15 = arith.constant 9223372036854775807 : i64
  %v16 = arith.constant -0.75 : f64
  %v17:2 = func.call @f0(%v14, %v15, %v16) : (f32, i64, f64) -> (i1, i1)
  %v18 = arith.constant 6 : i64
  %v19 = arith.minui %v15, %v18 : i64
  %v20 = arith.select %v11, %v12, %arg2 : vector<4xi1>, vector<4xi64>
  %v21 = arith.constant 0x3FF0000000000000 : f64
  %v22 = arith.remf %v21, %v3 : f64
  %v23:2 = func.call @f0(%v14, %v15, %v7) : (f32, i64, f64) -> (i1, i1)
  %v24 = arith.constant true
  %v25 = arith.ori %v24, %v5 : i1
  %v26 = arith.constant dense<-1> : vector<4xi64>
  %v27 = arith.addi %v12, %v26 overflow<nsw, nuw> : vector<4xi64>
  %v28 = arith.addi %v1, %arg1 : index
  %v29 = arith.constant dense<[63, 64, 8, 1]> : vector<4xi64>
  %v30 = arith.shrsi %arg2, %v29 : vector<4xi64>
  %v31 = arith.constant false
  %v32 = arith.select %v24, %v17#0, %v31 : i1
  %v33 = arith.constant dense<true> : vector<4xi1>
  %v34 = arith.divui %v33, %v11 : vector<4xi1>
  %v35 = arith.constant -9223372036854775808 : index
  %v36 = arith.ceildivsi %v35, %v0 : index
  return %v22 : f64
}
func.func @f2(%arg0: f32, %arg1: f16, %arg2: f16, %arg3: tensor<3xi64>) -> (i1, f16) {
  %v0 = arith.remsi %arg3, %arg3 : tensor<3xi64>
  %v1 = arith.constant 0.1 : f16
  %v2 = arith.divf %arg2, %v1 fastmath<reassoc,contract> : f16
  %v3 = arith.constant dense<2> : tensor<3xi64>
  %v4:2 = arith.mului_extended %v0, %v3 : tensor<3xi64>
  %v5 = arith.constant 3.0 : f32
  %v6 = arith.subf %arg0, %v5 : f32
  %v7 = arith.negf %v5 fastmath<nsz> : f32
  %v8 = arith.constant dense<0> : tensor<3xi64>
  %v9 = arith.shli %arg3, %v8 overflow<nsw> : tensor<3xi64>
  %v10 = arith.constant 16 : i64
  %v11 = arith.constant 0x0000000000000000 : f64
  %v12:2 = func.call @f0(%arg0, %v10, %v11) : (f32, i64, f64) -> (i1, i1)
  %v13 = arith.constant 0xBF800000 : f32
  %v14 = arith.subf %v13, %arg0 : f32
  %v15 = arith.addf %v14, %arg0 fastmath<reassoc,contract> : f32
  %v16:2 = arith.mului_extended %v0, %v3 : tensor<3xi64>
  %v17 = arith.index_cast %v9 : tensor<3xi64> to tensor<3xindex>
  %v18 = arith.constant true
  %v19 = arith.divsi %v18, %v12#1 : i1
  %v20 = arith.constant 64 : i64
  %v21 = arith.minsi %v10, %v20 : i64
  %v22 = arith.constant dense<[[0x84BA30ECFCDE35FC, 0x7FEFFFFFFFFFFFFF, -1.0], [2.0, 0x0010000000000000, 0xFFF0000000000000]]> : vector<2x3xf64>
  %v23 = arith.remf %v22, %v22 : vector<2x3xf64>
  %v24 = arith.constant 0x7E00 : f16
  %v25 = arith.constant 0x0001 : f16
  %v26 = arith.minnumf %v24, %v25 : f16
  %v27 = arith.constant dense<[3, 9, 1]> : tensor<3xindex>
  %v28 = arith.xori %v17, %v27 : tensor<3xindex>
  %v29 = arith.constant dense<-1> : tensor<3xindex>
  %v30 = arith.xori %v29, %v28 : tensor<3xindex>
  %v31 = arith.constant dense<1> : tensor<3xi64>
  %v32:2 = arith.mului_extended %v4#0, %v31 : tensor<3xi64>
  %v33 = arith.cmpi sgt, %v19, %v12#0 : i1
  %v34 = arith.constant dense<0> : vector<2xi16>
  %v35 = arith.shli %v34, %v34 : vector<2xi16>
  %v36 = arith.constant 0x0010000000000000 : f64
  %v37 = arith.negf %v36 : f64
  %v38:2 = func.call @f0(%arg0, %v21, %v11) : (f32, i64, f64) -> (i1, i1)
  %v39 = arith.constant dense<-9223372036854775808> : tensor<3xindex>
  %v40 = arith.remui %v17, %v39 : tensor<3xindex>
  return %v38#1, %v24 : i1, f16
}
