// Random func/arith module, seed 130.
func.func @f0(%arg0: i16, %arg1: f64, %arg2: i8, %arg3: tensor<2x2xi1>) {
  %v0 = arith.constant 15 : i16
  %v1 = arith.remsi %v0, %arg0 : i16
  %v2 = arith.constant dense<[[true, true], [true, false]]> : tensor<2x2xi1>
  %v3 = arith.shli %v2, %arg3 overflow<none> : tensor<2x2xi1>
  %v4 = arith.index_castui %v1 : i16 to index
  %v5 = arith.index_castui %v1 : i16 to index
  %v6 = arith.index_castui %v1 : i16 to index
  %v7 = arith.negf %arg1 : f64
  %v8 = arith.negf %v7 : f64
  %v9 = arith.minsi %arg2, %arg2 : i8
  %v10 = arith.negf %arg1 : f64
  return
}
func.func @f1(%arg0: tensor<3xindex>, %arg1: vector<2x3xf32>, %arg2: i128, %arg3: vector<2x3xi1>) -> (i1, i1, i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.constant false
  %v2 = arith.divui %v0, %v1 : i1
  %v3 = arith.divui %v0, %v1 : i1
  %v4 = arith.constant 4294967295 : i32
  %v5 = arith.constant 9 : i32
  %v6 = arith.ceildivsi %v4, %v5 : i32
  %v7 = arith.constant dense<0x00000001> : vector<2x3xf32>
  %v8 = arith.fptoui %v7 : vector<2x3xf32> to vector<2x3xi32>
  %v9 = arith.ceildivsi %v4, %v5 : i32
  %v10 = arith.cmpi uge, %arg2, %arg2 : i128
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v11, %v12 : i1
  %v14 = arith.cmpi ule, %v10, %v0 : i1
  return %v1, %v14, %v0, %v10 : i1, i1, i1, i1
}
