// Random func/arith module, seed 77.
func.func @f0(%arg0: i64, %arg1: i1, %arg2: i64) -> (i1, i1) {
  %v0 = arith.constant 0x78 : f8E4M3
  %v1 = arith.constant 0x80 : f8E4M3
  %v2 = arith.minnumf %v0, %v1 : f8E4M3
  %v3 = arith.constant 10 : i64
  %v4 = arith.shrsi %v3, %arg2 exact : i64
  %v5 = arith.cmpi ugt, %v3, %arg2 : i64
  %v6 = arith.constant true
  %v7 = arith.remui %v6, %v5 : i1
  %v8 = arith.shli %v3, %arg0 overflow<none> : i64
  %v9 = arith.divui %arg2, %v3 exact : i64
  %v10 = arith.addi %arg1, %v6 : i1
  %v11 = arith.remui %v6, %v5 : i1
  %v12 = arith.minnumf %v0, %v1 : f8E4M3
  %v13 = arith.constant 100.0 : f8E4M3
  %v14 = arith.cmpf ord, %v13, %v1 fastmath<reassoc,contract> : f8E4M3
  %v15 = arith.addi %v5, %v7 : i1
  %v16 = arith.cmpi ne, %arg1, %v7 : i1
  return %v10, %v11 : i1, i1
}
func.func @f1(%arg0: vector<f32>) -> (i1, i128) {
  %v0 = arith.constant 4951760157141521099596496896 : i128
  %v1 = arith.constant 0 : i128
  %v2 = arith.shli %v0, %v1 : i128
  %v3 = arith.constant 0 : i8
  %v4 = arith.extui %v3 {tag = 1 : i64} : i8 to i64
  %v5 = arith.constant 137438953472 : i64
  %v6 = arith.cmpi ugt, %v4, %v5 : i64
  %v7 = arith.cmpi ugt, %v4, %v5 : i64
  %v8 = arith.shli %v0, %v1 : i128
  %v9 = arith.constant dense<0x7FC00000> : vector<f32>
  %v10 = arith.constant dense<3.0> : vector<f32>
  %v11 = arith.subf %v9, %v10 fastmath<nnan> : vector<f32>
  %v12 = arith.constant -8 : i128
  %v13 = arith.index_cast %v12 : i128 to index
  return %v7, %v8 : i1, i128
}
