// Random func/arith module, seed 78.
func.func @f0(%arg0: f6E2M3FN, %arg1: i64, %arg2: f8E5M2) -> i1 {
  %v0 = arith.constant 11609739792592702920 : i64
  %v1 = arith.cmpi ne, %arg1, %v0 : i64
  %v2 = arith.cmpi ne, %arg1, %v0 : i64
  %v3 = arith.constant 4.0 : f8E5M2
  %v4 = arith.constant 0xFC : f8E5M2
  %v5 = arith.cmpf oeq, %v3, %v4 fastmath<ninf> : f8E5M2
  %v6 = arith.cmpf oeq, %v3, %v4 fastmath<ninf> : f8E5M2
  %v7 = arith.constant true
  %v8 = arith.select %v7, %v5, %v7 : i1
  %v9 = arith.cmpi sge, %v1, %v1 : i1
  %v10 = arith.cmpi sle, %v1, %v2 : i1
  return %v10 : i1
}
func.func @f1(%arg0: f8E3M4) -> (f8E3M4, i128) {
  %v0 = arith.constant 2.0 : f8E3M4
  %v1 = arith.mulf %arg0, %v0 : f8E3M4
  %v2 = arith.constant 1 : i64
  %v3 = arith.cmpi slt, %v2, %v2 : i64
  %v4 = arith.constant 0 : i64
  %v5:2 = arith.mulsi_extended %v2, %v4 : i64
  %v6 = arith.negf %v1 : f8E3M4
  %v7 = arith.mulf %arg0, %v0 : f8E3M4
  %v8 = arith.sitofp %v3 : i1 to f6E2M3FN
  %v9 = arith.constant 3.0 : f6E2M3FN
  %v10 = arith.mulf %v9, %v8 fastmath<nnan,ninf> : f6E2M3FN
  %v11 = arith.fptoui %v7 : f8E3M4 to i128
  %v12 = arith.index_cast %v4 : i64 to index
  return %v7, %v11 : f8E3M4, i128
}
func.func @f2(%arg0: f8E4M3, %arg1: f32, %arg2: index, %arg3: vector<2x3xi32>) -> (vector<2x3xi32>, index) {
  %v0 = arith.constant dense<[[-6, 0, -4], [-1, 1, 13]]> : vector<2x3xi32>
  %v1 = arith.extui %v0 : vector<2x3xi32> to vector<2x3xi64>
  %v2 = arith.extui %v0 : vector<2x3xi32> to vector<2x3xi64>
  %v3 = arith.constant 3.0 : f32
  %v4 = arith.remf %v3, %arg1 : f32
  %v5 = arith.constant false
  %v6 = arith.select %v5, %arg2, %arg2 : index
  %v7 = arith.constant 17592186044416 : index
  %v8 = arith.floordivsi %v7, %v6 : index
  %v9 = arith.addi %v5, %v5 : i1
  return %v0, %v6 : vector<2x3xi32>, index
}
