// Random func/arith module, seed 17.
func.func @f0(%arg0: f8E3M4, %arg1: i32, %arg2: i8, %arg3: f32) -> (i1, i32) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg3, %arg3 : f32
  %v2 = arith.index_cast %arg2 : i8 to index
  %v3 = arith.constant 0x0F : f8E3M4
  %v4 = arith.addf %v3, %v3 fastmath<none> : f8E3M4
  %v5 = arith.ceildivui %arg2, %arg2 : i8
  %v6 = arith.minsi %v2, %v2 : index
  %v7 = arith.constant 0xCBA4F549 : f32
  %v8 = arith.cmpf une, %v7, %v1 fastmath<nsz> : f32
  %v9 = arith.cmpf ugt, %arg0, %v4 : f8E3M4
  %v10 = arith.minsi %v2, %v2 : index
  %v11 = arith.constant 0x80 : f8E3M4
  %v12 = arith.fptosi %v11 : f8E3M4 to i33
  %v13:2 = arith.mulsi_extended %arg1, %arg1 : i32
  %v14 = arith.cmpf ugt, %arg0, %v4 : f8E3M4
  %v15 = arith.shrsi %v8, %v9 : i1
  return %v14, %v13#0 : i1, i32
}
func.func @f1(%arg0: bf16, %arg1: f8E4M3FN, %arg2: f16, %arg3: vector<2x3xi32>) -> (vector<2x3xi1>, vector<2x3xi32>, vector<2x3xi1>) {
  %v0 = arith.constant dense<5> : vector<2x3xi32>
  %v1 = arith.cmpi uge, %arg3, %v0 : vector<2x3xi32>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg3, %arg3 : vector<2x3xi32>
  %v4 = arith.constant 4.0 : f8E4M3FN
  %v5 = arith.maximumf %arg1, %v4 : f8E4M3FN
  %v6 = arith.constant 0x6F : f8E3M4
  %v7 = arith.constant 2147483647 : i32
  %v8 = arith.constant 16 : i8
  %v9 = arith.constant -3.0e-05 : f32
  %v10:2 = func.call @f0(%v6, %v7, %v8, %v9) : (f8E3M4, i32, i8, f32) -> (i1, i32)
  %v11:2 = arith.mulsi_extended %v10#1, %v10#1 : i32
  %v12 = arith.bitcast %arg1 : f8E4M3FN to f8E5M2
  %v13 = arith.constant 0x7B : f8E5M2
  %v14 = arith.constant 0x7E : f8E5M2
  %v15 = arith.addf %v13, %v14 : f8E5M2
  %v16 = arith.constant dense<[[true, true, true], [false, false, true]]> : vector<2x3xi1>
  %v17 = arith.floordivsi %v1, %v16 : vector<2x3xi1>
  %v18:2 = arith.mulsi_extended %v10#1, %v10#1 : i32
  %v19 = arith.index_cast %v17 : vector<2x3xi1> to vector<2x3xindex>
  %v20 = arith.constant dense<12> : vector<2x3xi32>
  %v21 = arith.muli %v20, %v20 : vector<2x3xi32>
  %v22 = arith.index_cast %v19 : vector<2x3xindex> to vector<2x3xi32>
  return %v17, %v21, %v1 : vector<2x3xi1>, vector<2x3xi32>, vector<2x3xi1>
}
