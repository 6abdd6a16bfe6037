// Random func/arith module, seed 180.
func.func @f0(%arg0: tensor<3xf64>, %arg1: i1, %arg2: i16, %arg3: f8E4M3FN) {
  %v0 = arith.constant false
  %v1 = arith.minui %arg1, %v0 : i1
  %v2 = arith.minui %arg1, %v0 : i1
  %v3 = arith.constant 32767 : i16
  %v4 = arith.cmpi ne, %arg2, %v3 : i16
  %v5 = arith.index_cast %v1 : i1 to index
  %v6 = arith.minui %arg1, %v0 : i1
  %v7 = arith.index_castui %v5 : index to i33
  %v8 = arith.constant true
  %v9 = arith.cmpi eq, %v8, %arg1 : i1
  %v10 = arith.constant -32768 : i16
  %v11 = arith.divui %v10, %arg2 exact : i16
  %v12 = arith.constant 4 : i33
  %v13 = arith.muli %v7, %v12 overflow<none> : i33
  %v14 = arith.index_castui %v5 : index to i7
  %v15 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<3xf64>
  %v16 = arith.constant dense<0x000FFFFFFFFFFFFF> : tensor<3xf64>
  %v17 = arith.cmpf ogt, %v15, %v16 : tensor<3xf64>
  %v18 = arith.cmpi sge, %v11, %arg2 : i16
  %v19 = arith.constant 2.0 : f16
  %v20 = arith.bitcast %v19 : f16 to i16
  %v21 = arith.minui %arg1, %v0 : i1
  %v22 = arith.constant 1 : i7
  %v23 = arith.divui %v22, %v14 : i7
  %v24 = arith.constant -3 : i7
  %v25 = arith.cmpi ult, %v23, %v24 : i7
  return
}
func.func @f1(%arg0: f64, %arg1: i32, %arg2: f64) -> i32 {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.minui %arg1, %v0 : i32
  %v2 = arith.constant 0x0000000000000001 : f64
  %v3 = arith.minimumf %arg0, %v2 fastmath<fast> : f64
  %v4 = arith.minsi %arg1, %v1 : i32
  %v5 = arith.constant dense<7.0> : tensor<3xf64>
  %v6 = arith.constant true
  %v7 = arith.constant -32768 : i16
  %v8 = arith.constant 0x08 : f8E4M3FN
  func.call @f0(%v5, %v6, %v7, %v8) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> ()
  func.call @f0(%v5, %v6, %v7, %v8) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> ()
  %v11 = arith.constant -2147483648 : i32
  %v12 = arith.maxsi %v1, %v11 : i32
  %v13 = arith.minimumf %v2, %arg0 fastmath<fast> : f64
  %v14 = arith.constant -0.0 : f8E4M3FN
  %v15 = arith.constant 0x00 : f8E4M3FN
  %v16 = arith.addf %v14, %v15 : f8E4M3FN
  %v17 = arith.cmpi sgt, %v12, %v4 : i32
  %v18 = arith.minsi %arg1, %v1 : i32
  %v19 = arith.andi %v6, %v17 : i1
  %v20 = arith.cmpi sle, %v11, %v4 : i32
  %v21 = arith.constant 0x344C330087D1CF6D : f64
  %v22 = arith.addf %v21, %v13 : f64
  %v23 = arith.remf %v13, %v22 : f64
  %v24:2 = arith.mulsi_extended %v6, %v20 : i1
  %v25 = arith.constant -1 : i64
  %v26 = arith.ceildivsi %v25, %v25 : i64
  func.call @f0(%v5, %v6, %v7, %v8) : (tensor<3xf64>, i1, i16, f8E4M3FN) -> ()
  %v28 = arith.floordivsi %v1, %v11 : i32
  %v29 = arith.constant dense<4> : tensor<2x2xi8>
  %v30 = arith.constant dense<-1> : tensor<2x2xi8>
  %v31:2 = arith.mulsi_extended %v29, %v30 : tensor<2x2xi8>
  %v32 = arith.constant 0x80 : f8E4M3
  %v33 = arith.maxnumf %v32, %v32 : f8E4M3
  %v34 = arith.minui %v11, %v28 : i32
  %v35 = arith.truncf %v23 fastmath<none> : f64 to f8E4M3FNUZ
  %v36 = arith.extsi %v0 : i32 to i128
  return %v28 : i32
}
