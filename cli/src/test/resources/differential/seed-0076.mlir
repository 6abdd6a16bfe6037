// Random func/arith module, seed 76.
func.func @f0(%arg0: i8, %arg1: vector<2x3xf32>) -> i1 {
  %v0 = arith.cmpi uge, %arg0, %arg0 {tag = 0 : i64} : i8
  %v1 = arith.constant 0 : i8
  %v2 = arith.constant 1 : i8
  %v3 = arith.remsi %v1, %v2 : i8
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.cmpi slt, %v4, %v5 : i1
  %v7 = arith.ceildivui %v0, %v6 : i1
  %v8 = arith.constant dense<0.0> : vector<2x3xf32>
  %v9 = arith.constant dense<[[2.0, 0x80000000, 4.0], [0x00000000, 0.0, 0.1]]> : vector<2x3xf32>
  %v10 = arith.minnumf %v8, %v9 fastmath<reassoc,contract> : vector<2x3xf32>
  %v11 = arith.extui %arg0 : i8 to i64
  %v12 = arith.constant -128 : i8
  %v13 = arith.extui %v12 : i8 to i64
  %v14 = arith.cmpi ne, %v11, %v13 : i64
  %v15 = arith.cmpi ne, %v11, %v13 : i64
  %v16 = arith.index_castui %v0 : i1 to index
  %v17 = arith.uitofp %v11 : i64 to f16
  return %v15 : i1
}
func.func @f1(%arg0: tensor<2x2xi32>, %arg1: bf16, %arg2: f64) -> (tensor<2x2xi32>, tensor<2x2xi32>, i1) {
  %v0 = arith.constant 0xFC : f8E4M3
  %v1 = arith.maxnumf %v0, %v0 : f8E4M3
  %v2 = arith.constant dense<[[-1, -4], [15, 1421792847]]> : tensor<2x2xi32>
  %v3:2 = arith.mului_extended %arg0, %v2 : tensor<2x2xi32>
  %v4 = arith.constant 0x3F80 : bf16
  %v5 = arith.addf %arg1, %v4 : bf16
  %v6 = arith.constant dense<2147483647> : tensor<2x2xi32>
  %v7 = arith.extsi %v6 : tensor<2x2xi32> to tensor<2x2xi64>
  %v8 = arith.extsi %v6 : tensor<2x2xi32> to tensor<2x2xi64>
  %v9 = arith.extsi %v6 : tensor<2x2xi32> to tensor<2x2xi64>
  %v10 = arith.muli %v2, %arg0 : tensor<2x2xi32>
  %v11 = arith.cmpf ugt, %arg1, %arg1 fastmath<nnan> : bf16
  return %v10, %v10, %v11 : tensor<2x2xi32>, tensor<2x2xi32>, i1
}
func.func @f2(%arg0: f32, %arg1: i32) -> (index, i32) {
  %v0 = arith.remui %arg1, %arg1 : i32
  %v1 = arith.index_castui %v0 : i32 to index
  %v2 = arith.constant 0x7F7FFFFF : f32
  %v3 = arith.minnumf %v2, %v2 fastmath<fast> : f32
  %v4 = arith.subf %arg0, %v2 fastmath<none> {tag = 0 : i64} : f32
  %v5 = arith.index_castui %v0 : i32 to index
  %v6 = arith.constant -3 : i32
  %v7 = arith.maxsi %v0, %v6 {tag = 1 : i64} : i32
  %v8 = arith.constant -1 : i32
  %v9 = arith.maxsi %v7, %v8 : i32
  %v10 = arith.maxnumf %arg0, %v2 fastmath<reassoc,contract> : f32
  return %v5, %v7 : index, i32
}
func.func @f3(%arg0: f128, %arg1: tensor<0xf32>, %arg2: i16, %arg3: i32) -> (f64, f64) {
  %v0 = arith.uitofp %arg2 : i16 to f16
  %v1 = arith.uitofp %arg2 : i16 to f16
  %v2 = arith.constant 1 : index
  %v3 = arith.constant -9223372036854775808 : index
  %v4 = arith.minui %v2, %v3 : index
  %v5 = arith.uitofp %arg3 : i32 to f64
  %v6 = arith.fptoui %v5 : f64 to i32
  %v7 = arith.constant false
  %v8 = arith.constant 0x678FFE07180F9694 : f64
  %v9 = arith.constant 100.0 : f64
  %v10 = arith.select %v7, %v8, %v9 : f64
  %v11 = arith.constant 0x3F800000 : f32
  %v12 = arith.mulf %v11, %v11 : f32
  return %v5, %v5 : f64, f64
}
