// Random func/arith module, seed 38.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xi16>, %arg2: tensor<2x2xi64>, %arg3: i8) -> (tensor<2x2xi64>, i1) {
  %v0 = arith.constant 1 : i8
  %v1:2 = arith.addui_extended %arg3, %v0 : i8, i1
  %v2 = arith.constant dense<[[-32768, -1], [16, 6]]> : tensor<2x2xi16>
  %v3 = arith.muli %v2, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v4 = arith.constant true
  %v5 = arith.cmpi ugt, %v1#1, %v4 : i1
  %v6 = arith.select %v5, %v1#1, %v4 : i1
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.constant 1 : index
  %v9 = arith.ceildivsi %v7, %v8 : index
  %v10 = arith.constant dense<0x7F7FFFFF> : tensor<3xf32>
  %v11 = arith.minimumf %v10, %v10 fastmath<nnan> : tensor<3xf32>
  %v12 = arith.constant dense<0x80000000> : tensor<3xf32>
  %v13 = arith.constant dense<0x00000000> : tensor<3xf32>
  %v14 = arith.mulf %v12, %v13 : tensor<3xf32>
  %v15 = arith.mulf %v12, %v13 : tensor<3xf32>
  %v16 = arith.minsi %v1#1, %v5 : i1
  %v17 = arith.divf %v14, %v14 : tensor<3xf32>
  %v18 = arith.constant dense<1> : tensor<2x2xi64>
  %v19 = arith.ceildivsi %arg2, %v18 : tensor<2x2xi64>
  %v20 = arith.cmpi ugt, %v1#0, %arg3 : i8
  %v21 = arith.muli %v2, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v22 = arith.constant dense<-1> : tensor<2x2xi64>
  %v23 = arith.constant dense<64> : tensor<2x2xi64>
  %v24 = arith.xori %v23, %v22 : tensor<2x2xi64>
  %v25 = arith.xori %v24, %v22 : tensor<2x2xi64>
  %v26 = arith.constant dense<[[false, false], [true, false]]> : tensor<2x2xi1>
  %v27 = arith.select %v26, %v19, %arg2 : tensor<2x2xi1>, tensor<2x2xi64>
  %v28:2 = arith.addui_extended %arg3, %v0 : i8, i1
  %v29 = arith.constant dense<-0.0> : tensor<3xf32>
  %v30 = arith.negf %v29 : tensor<3xf32>
  %v31 = arith.constant dense<0x7FC00000> : vector<2x3xf32>
  %v32 = arith.truncf %v31 fastmath<ninf> : vector<2x3xf32> to vector<2x3xbf16>
  %v33 = arith.addf %v31, %v31 : vector<2x3xf32>
  %v34 = arith.constant 3.0 : f64
  %v35 = arith.bitcast %v34 : f64 to i64
  return %v25, %v28#1 : tensor<2x2xi64>, i1
}
func.func @f1(%arg0: i32) -> (f64, f32, i1, f32) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.index_cast %v2 : i32 to index
  %v4 = arith.cmpi eq, %v1, %v2 : i32
  %v5 = arith.constant 0xBFF0000000000000 : f64
  %v6 = arith.fptoui %v5 : f64 to i64
  %v7 = arith.bitcast %v1 : i32 to f32
  %v8 = arith.shrsi %v4, %v0 : i1
  return %v5, %v7, %v8, %v7 : f64, f32, i1, f32
}
