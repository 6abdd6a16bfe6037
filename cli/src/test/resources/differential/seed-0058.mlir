// Random func/arith module, seed 58.
func.func @f0(%arg0: tensor<3xbf16>, %arg1: vector<4xf16>, %arg2: vector<4xi1>, %arg3: f8E4M3FNUZ) -> (vector<4xi1>, vector<4xi1>) {
  %v0 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v1 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v2 = arith.select %v0, %arg2, %v1 : vector<4xi1>, vector<4xi1>
  %v3 = arith.select %v0, %arg2, %v1 : vector<4xi1>, vector<4xi1>
  %v4 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v5 = arith.shli %v4, %arg2 : vector<4xi1>
  %v6 = arith.constant dense<[-1, 9223372036854775807, 36028797018963968]> : tensor<3xi64>
  %v7 = arith.constant dense<0> : tensor<3xi64>
  %v8 = arith.addi %v6, %v7 overflow<none> : tensor<3xi64>
  %v9 = arith.constant 0xD77B721CF848FBD0 : f64
  %v10 = arith.minimumf %v9, %v9 : f64
  %v11 = arith.maxui %v2, %v3 : vector<4xi1>
  %v12 = arith.constant dense<true> : vector<4xi1>
  %v13 = arith.cmpi sle, %v1, %v12 : vector<4xi1>
  %v14 = arith.shli %v2, %v11 : vector<4xi1>
  %v15 = arith.cmpi sgt, %v2, %arg2 : vector<4xi1>
  return %v15, %v13 : vector<4xi1>, vector<4xi1>
}
func.func @f1(%arg0: i1) -> (i32, i1) {
  %v0 = arith.constant true
  %v1 = arith.index_cast %v0 : i1 to index
  %v2 = arith.sitofp %arg0 : i1 to f64
  %v3 = arith.constant false
  %v4 = arith.andi %v3, %arg0 : i1
  %v5 = arith.constant true
  %v6 = arith.cmpi sgt, %v4, %v5 : i1
  %v7 = arith.constant 0.0 : f64
  %v8 = arith.cmpf ueq, %v7, %v2 : f64
  %v9 = arith.constant 32 : i32
  %v10 = arith.constant 13 : i32
  %v11 = arith.minui %v9, %v10 : i32
  %v12 = arith.constant 3.0 : f64
  %v13 = arith.maximumf %v7, %v12 : f64
  %v14 = arith.constant true
  %v15 = arith.muli %v6, %v14 : i1
  %v16 = arith.uitofp %v0 : i1 to f8E5M2
  return %v11, %v8 : i32, i1
}
