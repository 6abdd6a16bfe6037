// Random func/arith module, seed 100.
func.func @f0(%arg0: i16, %arg1: i7, %arg2: f8E5M2) -> f8E5M2 {
  %v0 = arith.constant 16 : i8
  %v1 = arith.index_cast %v0 : i8 to index
  %v2 = arith.constant 15 : i16
  %v3:2 = arith.mului_extended %v2, %v2 : i16
  %v4 = arith.constant 32767 : i16
  %v5 = arith.muli %arg0, %v4 overflow<none> : i16
  %v6 = arith.cmpf true, %arg2, %arg2 fastmath<fast> : f8E5M2
  %v7 = arith.constant true
  %v8 = arith.extsi %v7 : i1 to i64
  %v9 = arith.cmpf true, %arg2, %arg2 fastmath<fast> : f8E5M2
  %v10 = arith.constant 0x01 : f8E5M2
  %v11 = arith.mulf %v10, %arg2 fastmath<reassoc,contract> : f8E5M2
  %v12 = arith.constant false
  %v13 = arith.select %v12, %arg2, %v11 : f8E5M2
  %v14 = arith.constant 1 : i64
  %v15 = arith.constant 11 : i64
  %v16 = arith.divui %v14, %v15 : i64
  %v17 = arith.constant -9223372036854775808 : index
  %v18 = arith.cmpi ugt, %v1, %v17 : index
  %v19 = arith.constant -3.0e-05 : f8E5M2
  %v20 = arith.bitcast %v19 : f8E5M2 to f8E4M3FNUZ
  return %v13 : f8E5M2
}
func.func @f1(%arg0: i64, %arg1: vector<2x3xf32>) -> (i1, i64, tensor<2x2xi64>) {
  %v0 = arith.constant 5 : i64
  %v1 = arith.ceildivsi %arg0, %v0 : i64
  %v2 = arith.constant 1099511627776 : i64
  %v3 = arith.ceildivsi %arg0, %v2 : i64
  %v4:2 = arith.mulsi_extended %arg0, %v1 : i64
  %v5 = arith.constant 67108864 : i64
  %v6 = arith.addi %v4#0, %v5 : i64
  %v7 = arith.constant -9223372036854775808 : i64
  %v8 = arith.addi %v7, %v6 : i64
  %v9 = arith.constant 0 : i64
  %v10 = arith.shrsi %v9, %v6 : i64
  %v11 = arith.divf %arg1, %arg1 fastmath<nnan> : vector<2x3xf32>
  %v12 = arith.constant 2 : i64
  %v13 = arith.muli %v10, %v12 : i64
  %v14 = arith.constant 3 : i64
  %v15 = arith.muli %v14, %v13 : i64
  %v16 = arith.cmpi sle, %v4#1, %v3 : i64
  %v17 = arith.extf %v11 fastmath<nnan,ninf> : vector<2x3xf32> to vector<2x3xf64>
  %v18 = arith.extf %v11 : vector<2x3xf32> to vector<2x3xf64>
  %v19 = arith.constant dense<[[-9223372036854775808, 63], [9223372036854775807, 2]]> : tensor<2x2xi64>
  %v20 = arith.constant dense<[[1, -7841687420011407007], [65, -3]]> : tensor<2x2xi64>
  %v21 = arith.remui %v19, %v20 : tensor<2x2xi64>
  %v22 = arith.constant 9223372036854775807 : i64
  %v23 = arith.constant 1 : i64
  %v24 = arith.subi %v22, %v23 : i64
  %v25 = arith.constant 9223372036854775808 : i64
  %v26 = arith.subi %v24, %v25 : i64
  %v27 = arith.subi %v22, %v23 : i64
  %v28 = arith.constant dense<0x00800000> : vector<2x3xf32>
  %v29 = arith.cmpf one, %v28, %v11 : vector<2x3xf32>
  %v30 = arith.constant dense<0xBF800000> : tensor<0xf32>
  %v31 = arith.negf %v30 fastmath<ninf> : tensor<0xf32>
  %v32 = arith.maximumf %v28, %arg1 fastmath<fast> : vector<2x3xf32>
  %v33 = arith.cmpf ueq, %v28, %v11 : vector<2x3xf32>
  %v34 = arith.constant 1 : i64
  %v35 = arith.maxui %arg0, %v34 : i64
  %v36 = arith.constant dense<4.0> : vector<2x3xf32>
  %v37 = arith.subf %v36, %v32 fastmath<fast> : vector<2x3xf32>
  %v38 = arith.negf %v30 fastmath<ninf> : tensor<0xf32>
  %v39 = arith.constant dense<-0.75> : vector<2x3xf32>
  %v40 = arith.negf %v39 fastmath<nsz> : vector<2x3xf32>
  return %v16, %v27, %v21 : i1, i64, tensor<2x2xi64>
}
func.func @f2(%arg0: f64, %arg1: vector<4xf64>) -> (i1, i1) {
  %v0 = arith.constant 0 : index
  %v1 = arith.cmpi slt, %v0, %v0 : index
  %v2 = arith.constant -1.0 : f64
  %v3 = arith.remf %v2, %arg0 fastmath<nnan> : f64
  %v4 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v5 = arith.divf %v4, %v2 : f64
  %v6 = arith.constant 2 : i16
  %v7 = arith.constant -48 : i7
  %v8 = arith.constant 0x04 : f8E5M2
  %v9 = func.call @f0(%v6, %v7, %v8) : (i16, i7, f8E5M2) -> f8E5M2
  %v10 = arith.constant -9223372036854775808 : index
  %v11 = arith.ceildivui %v0, %v10 : index
  %v12 = arith.constant 0x3FF0000000000000 : f64
  %v13 = arith.divf %v12, %v4 fastmath<ninf> : f64
  %v14 = arith.constant true
  %v15 = arith.constant true
  %v16 = arith.select %v1, %v14, %v15 : i1
  %v17 = arith.fptosi %v2 : f64 to i128
  %v18 = arith.constant 0.0 : f64
  %v19 = arith.subf %v3, %v18 : f64
  %v20 = arith.constant false
  %v21 = arith.extui %v20 : i1 to i33
  %v22 = arith.select %v1, %v14, %v15 : i1
  %v23 = arith.constant 13 : i33
  %v24 = arith.sitofp %v23 : i33 to f8E8M0FNU
  %v25 = arith.constant 7 : i64
  %v26 = arith.constant dense<100.0> : vector<2x3xf32>
  %v27:3 = func.call @f1(%v25, %v26) : (i64, vector<2x3xf32>) -> (i1, i64, tensor<2x2xi64>)
  %v28 = arith.constant dense<32> : tensor<0xi32>
  %v29 = arith.index_castui %v28 : tensor<0xi32> to tensor<0xindex>
  %v30:3 = func.call @f1(%v25, %v26) : (i64, vector<2x3xf32>) -> (i1, i64, tensor<2x2xi64>)
  return %v27#0, %v30#0 : i1, i1
}
