// Random func/arith module, seed 42.
func.func @f0(%arg0: vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>) {
  %v0 = arith.constant 0 : index
  %v1 = arith.constant -2 : index
  %v2 = arith.muli %v0, %v1 : index
  %v3 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v4 = arith.fptoui %v3 : vector<4xf64> to vector<4xi32>
  %v5 = arith.constant dense<0> : vector<4xindex>
  %v6 = arith.constant dense<[7, 4, 1, 65]> : vector<4xindex>
  %v7 = arith.cmpi ule, %v5, %v6 : vector<4xindex>
  %v8 = arith.constant dense<0x8000000000000000> : vector<4xf64>
  %v9 = arith.negf %v8 : vector<4xf64>
  %v10 = arith.negf %v8 : vector<4xf64>
  %v11 = arith.constant dense<0x8000000000000000> : vector<4xf64>
  %v12 = arith.cmpf uge, %arg0, %v11 fastmath<reassoc,contract> : vector<4xf64>
  %v13 = arith.constant dense<[0, -9223372036854775808, -9223372036854775808, 15]> : vector<4xindex>
  %v14 = arith.muli %v6, %v13 : vector<4xindex>
  %v15 = arith.divf %arg0, %arg0 fastmath<reassoc,contract> : vector<4xf64>
  %v16 = arith.extui %v7 : vector<4xi1> to vector<4xi64>
  %v17 = arith.constant dense<false> : vector<4xi1>
  %v18 = arith.shli %v12, %v17 : vector<4xi1>
  %v19 = arith.fptosi %arg0 : vector<4xf64> to vector<4xi32>
  return %v15, %v13, %v19, %v15 : vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>
}
func.func @f1(%arg0: index, %arg1: f64, %arg2: f64, %arg3: f32) {
  %v0 = arith.constant 0x0000000000000000 : f64
  %v1 = arith.maximumf %arg1, %v0 : f64
  %v2 = arith.maximumf %arg1, %v0 : f64
  %v3 = arith.constant 0xA2A95F8C : f32
  %v4 = arith.addf %v3, %arg3 fastmath<arcp,afn> : f32
  %v5 = arith.constant 0x00 : f8E4M3FNUZ
  %v6 = arith.fptosi %v5 : f8E4M3FNUZ to i64
  %v7 = arith.cmpi sle, %arg0, %arg0 : index
  %v8 = arith.cmpf une, %v3, %v4 : f32
  %v9 = arith.constant dense<-2.5> : vector<4xf64>
  %v10:4 = func.call @f0(%v9) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v11:4 = func.call @f0(%v10#0) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v12 = arith.constant dense<[1, -2147483648, 33]> : tensor<3xi32>
  %v13 = arith.subi %v12, %v12 overflow<nuw> : tensor<3xi32>
  %v14 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<4xf64>
  %v15 = arith.truncf %v14 : vector<4xf64> to vector<4xf32>
  %v16 = arith.negf %v1 fastmath<fast> : f64
  %v17 = arith.constant 0xBFF0000000000000 : f64
  %v18 = arith.mulf %v17, %v1 : f64
  return
}
func.func @f2(%arg0: i7, %arg1: tensor<3xi64>, %arg2: tensor<2x2xi8>, %arg3: i16) -> (vector<2xi1>, vector<4xindex>, vector<4xf64>) {
  %v0 = arith.minsi %arg1, %arg1 : tensor<3xi64>
  %v1 = arith.minsi %arg1, %arg1 : tensor<3xi64>
  %v2 = arith.constant 0.1 : f8E4M3
  %v3 = arith.extf %v2 : f8E4M3 to bf16
  %v4 = arith.constant dense<true> : vector<2xi1>
  %v5 = arith.constant dense<false> : vector<2xi1>
  %v6 = arith.addi %v4, %v5 : vector<2xi1>
  %v7 = arith.constant dense<1> : tensor<2x2xi8>
  %v8 = arith.index_castui %v7 : tensor<2x2xi8> to tensor<2x2xindex>
  %v9 = arith.minsi %arg1, %arg1 : tensor<3xi64>
  %v10 = arith.constant 4096 : i16
  %v11 = arith.divsi %arg3, %v10 exact : i16
  %v12 = arith.constant 0x7F7FFFFF : f32
  %v13 = arith.bitcast %v12 : f32 to i32
  %v14 = arith.constant 0x7F80 : bf16
  %v15 = arith.addf %v3, %v14 : bf16
  %v16 = arith.constant 65 : i64
  %v17 = arith.constant 9223372036854775807 : i64
  %v18 = arith.ori %v16, %v17 : i64
  %v19 = arith.constant dense<7.0> : vector<4xf64>
  %v20:4 = func.call @f0(%v19) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v21 = arith.constant 1 : i7
  %v22 = arith.divsi %v21, %arg0 : i7
  %v23 = arith.constant dense<1.0e+10> : vector<4xf64>
  %v24 = arith.mulf %v23, %v19 : vector<4xf64>
  %v25 = arith.negf %v12 fastmath<reassoc,contract> : f32
  %v26 = arith.extf %v2 : f8E4M3 to bf16
  %v27 = arith.truncf %v20#3 : vector<4xf64> to vector<4xf32>
  %v28 = arith.constant 65 : i64
  %v29 = arith.divui %v17, %v28 exact : i64
  %v30 = arith.constant dense<1> : tensor<2x2xindex>
  %v31 = arith.constant dense<1125899906842624> : tensor<2x2xindex>
  %v32 = arith.cmpi ne, %v30, %v31 : tensor<2x2xindex>
  %v33 = arith.constant 0 : index
  %v34 = arith.constant 0x7FF8000000000000 : f64
  func.call @f1(%v33, %v34, %v34, %v12) : (index, f64, f64, f32) -> ()
  %v36 = arith.negf %v27 fastmath<nnan,ninf> : vector<4xf32>
  %v37 = arith.ceildivsi %arg3, %v11 : i16
  return %v6, %v20#1, %v19 : vector<2xi1>, vector<4xindex>, vector<4xf64>
}
func.func @f3(%arg0: vector<2x3xi1>) -> vector<4xf64> {
  %v0 = arith.constant dense<false> : vector<2x3xi1>
  %v1 = arith.ceildivui %v0, %v0 : vector<2x3xi1>
  %v2 = arith.constant dense<false> : vector<2x3xi1>
  %v3 = arith.cmpi sle, %arg0, %v2 : vector<2x3xi1>
  %v4 = arith.constant dense<[[0x3F800000, 0x00000000, 0x00000000], [0x7FC00000, 0x7F800000, 0.0]]> : vector<2x3xf32>
  %v5 = arith.constant dense<[[7.0, 0x80000000, 0x00800000], [0x3F800000, 0x2FD88CB0, 0x3F800000]]> : vector<2x3xf32>
  %v6 = arith.minnumf %v4, %v5 : vector<2x3xf32>
  %v7 = arith.constant true
  %v8 = arith.constant 16 : i7
  %v9 = arith.constant 10 : i7
  %v10 = arith.select %v7, %v8, %v9 : i7
  %v11 = arith.cmpi ugt, %arg0, %v3 : vector<2x3xi1>
  %v12 = arith.index_cast %v0 : vector<2x3xi1> to vector<2x3xindex>
  %v13 = arith.constant dense<[[0x00000001, 4.0, 2.0], [0x00800000, 0x6913B3D1, 0x80000000]]> : vector<2x3xf32>
  %v14 = arith.constant dense<[[0xFFC00000, 3.0, -0.0], [-1.0, 3.0, 0x00000000]]> : vector<2x3xf32>
  %v15 = arith.maxnumf %v13, %v14 : vector<2x3xf32>
  %v16 = arith.constant dense<0x3FF0000000000000> : vector<4xf64>
  %v17:4 = func.call @f0(%v16) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v18:4 = func.call @f0(%v16) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v19 = arith.constant dense<1.0e+10> : vector<4xf64>
  %v20 = arith.remf %v19, %v17#0 fastmath<nnan,ninf> : vector<4xf64>
  %v21 = arith.cmpi ugt, %v17#2, %v17#2 : vector<4xi32>
  %v22:4 = func.call @f0(%v16) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v23 = arith.constant dense<[[true, true, true], [false, false, false]]> : vector<2x3xi1>
  %v24 = arith.constant dense<[[false, false, false], [false, false, false]]> : vector<2x3xi1>
  %v25 = arith.cmpi sgt, %v23, %v24 : vector<2x3xi1>
  %v26:4 = func.call @f0(%v16) : (vector<4xf64>) -> (vector<4xf64>, vector<4xindex>, vector<4xi32>, vector<4xf64>)
  %v27:2 = arith.addui_extended %v11, %v2 : vector<2x3xi1>, vector<2x3xi1>
  %v28 = arith.constant -27 : i7
  %v29 = arith.select %v7, %v9, %v28 : i7
  %v30 = arith.negf %v22#3 fastmath<arcp,afn> : vector<4xf64>
  %v31 = arith.minnumf %v18#3, %v16 : vector<4xf64>
  %v32 = arith.constant dense<-0.0> : vector<4xf64>
  %v33 = arith.subf %v32, %v18#0 : vector<4xf64>
  %v34 = arith.constant dense<true> : vector<4xi1>
  %v35 = arith.cmpi ne, %v21, %v34 : vector<4xi1>
  %v36 = arith.divsi %v22#1, %v17#1 : vector<4xindex>
  return %v32 : vector<4xf64>
}
