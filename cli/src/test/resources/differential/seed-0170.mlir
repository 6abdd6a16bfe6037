// Random func/arith module, seed 170.
func.func @f0(%arg0: f6E2M3FN, %arg1: vector<2x3xbf16>, %arg2: i33) -> (index, i33) {
  %v0 = arith.index_castui %arg2 : i33 to index
  %v1 = arith.constant 2 : index
  %v2 = arith.muli %v1, %v0 overflow<nuw> : index
  %v3 = arith.constant -1 : i33
  %v4 = arith.remsi %arg2, %v3 : i33
  %v5:2 = arith.mului_extended %arg2, %v4 : i33
  %v6 = arith.constant 4294967295 : i33
  %v7 = arith.ceildivsi %v6, %v6 : i33
  %v8 = arith.constant -3 : index
  %v9 = arith.cmpi sle, %v0, %v8 : index
  %v10:2 = arith.mului_extended %arg2, %v4 : i33
  return %v1, %v5#1 : index, i33
}
func.func @f1(%arg0: tensor<2x2xi32>, %arg1: index) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.divsi %arg1, %v0 : index
  %v2 = arith.divsi %arg1, %v0 : index
  %v3 = arith.divsi %arg1, %v0 : index
  %v4 = arith.constant false
  %v5 = arith.constant 0x5B : f8E3M4
  %v6 = arith.select %v4, %v5, %v5 : f8E3M4
  %v7 = arith.constant dense<-1> : tensor<2x2xi32>
  %v8 = arith.xori %v7, %v7 : tensor<2x2xi32>
  %v9 = arith.xori %v8, %v7 : tensor<2x2xi32>
  %v10 = arith.extui %arg0 : tensor<2x2xi32> to tensor<2x2xi64>
  %v11 = arith.extui %v7 : tensor<2x2xi32> to tensor<2x2xi64>
  %v12 = arith.cmpi sle, %v10, %v11 : tensor<2x2xi64>
  %v13 = arith.cmpi sle, %arg1, %v2 : index
  return
}
func.func @f2(%arg0: f32, %arg1: i32, %arg2: tensor<3xi64>, %arg3: i8) -> (tensor<3xi1>, f8E4M3FN) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shrui %arg1, %v0 : i32
  %v2 = arith.fptosi %arg0 : f32 to i8
  %v3 = arith.constant -1 : i8
  %v4 = arith.minui %v2, %v3 : i8
  %v5 = arith.sitofp %v2 : i8 to f8E4M3FN
  %v6 = arith.constant dense<1> : tensor<3xi64>
  %v7 = arith.cmpi ugt, %v6, %arg2 : tensor<3xi64>
  %v8 = arith.cmpi ugt, %v6, %arg2 : tensor<3xi64>
  %v9 = arith.constant dense<[false, true, false]> : tensor<3xi1>
  %v10 = arith.select %v9, %v9, %v9 : tensor<3xi1>, tensor<3xi1>
  %v11 = arith.constant dense<-5> : tensor<2x2xi32>
  %v12 = arith.constant -9223372036854775808 : index
  func.call @f1(%v11, %v12) : (tensor<2x2xi32>, index) -> ()
  %v14 = arith.extsi %v8 : tensor<3xi1> to tensor<3xi16>
  %v15 = arith.uitofp %v7 : tensor<3xi1> to tensor<3xf32>
  %v16 = arith.extsi %v8 : tensor<3xi1> to tensor<3xi16>
  return %v10, %v5 : tensor<3xi1>, f8E4M3FN
}
