// Random func/arith module, seed 49.
func.func @f0(%arg0: vector<2x3xi8>, %arg1: f8E3M4) -> (index, vector<2x3xi1>) {
  %v0 = arith.subf %arg1, %arg1 fastmath<nnan> : f8E3M4
  %v1 = arith.constant dense<0xC96350DBE61D635E> : vector<f64>
  %v2 = arith.subf %v1, %v1 : vector<f64>
  %v3 = arith.constant 0x78 : f8E3M4
  %v4 = arith.minnumf %v3, %v0 : f8E3M4
  %v5 = arith.divsi %arg0, %arg0 : vector<2x3xi8>
  %v6 = arith.constant dense<[[8, -128, 1], [7, 127, 1]]> : vector<2x3xi8>
  %v7:2 = arith.addui_extended %v6, %v5 : vector<2x3xi8>, vector<2x3xi1>
  %v8 = arith.subf %v1, %v1 : vector<f64>
  %v9 = arith.constant 0 : index
  %v10 = arith.constant -7 : index
  %v11 = arith.muli %v9, %v10 : index
  %v12 = arith.constant 12 : index
  %v13 = arith.muli %v12, %v11 : index
  return %v11, %v7#1 : index, vector<2x3xi1>
}
func.func @f1(%arg0: index, %arg1: f8E4M3) -> (i7, f8E4M3) {
  %v0 = arith.constant 17 : i16
  %v1 = arith.constant 0 : i16
  %v2 = arith.shrsi %v0, %v1 : i16
  %v3 = arith.constant 0 : i64
  %v4:2 = arith.mulsi_extended %v3, %v3 : i64
  %v5:2 = arith.mulsi_extended %v3, %v3 : i64
  %v6 = arith.constant -1 : index
  %v7 = arith.ceildivsi %arg0, %v6 : index
  %v8:2 = arith.mulsi_extended %v3, %v3 : i64
  %v9 = arith.constant 65 : i64
  %v10 = arith.constant 64 : i64
  %v11:2 = arith.addui_extended %v9, %v10 : i64, i1
  %v12 = arith.constant 7247134574555255733 : i64
  %v13 = arith.addi %v3, %v12 : i64
  %v14 = arith.constant 0xFC : f8E4M3
  %v15 = arith.fptoui %v14 : f8E4M3 to i7
  %v16 = arith.constant -62 : i7
  %v17 = arith.ceildivui %v15, %v16 : i7
  %v18 = arith.constant 0x80 : f8E4M3
  %v19 = arith.truncf %v18 : f8E4M3 to f6E3M2FN
  %v20 = arith.negf %arg1 : f8E4M3
  %v21 = arith.negf %v20 : f8E4M3
  %v22 = arith.constant -1.0 : f8E4M3
  %v23 = arith.mulf %v20, %v22 fastmath<fast> : f8E4M3
  %v24 = arith.cmpf olt, %v23, %v20 : f8E4M3
  %v25 = arith.sitofp %v24 : i1 to f32
  %v26 = arith.sitofp %v24 : i1 to f32
  return %v17, %v20 : i7, f8E4M3
}
