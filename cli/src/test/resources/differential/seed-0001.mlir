// Random func/arith module, seed 1.
func.func @f0(%arg0: i1) -> i1 {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.subf %v0, %v0 : f32
  %v2 = arith.constant true
  %v3 = arith.xori %arg0, %v2 : i1
  %v4 = arith.xori %v3, %v2 : i1
  %v5 = arith.select %arg0, %v2, %v3 : i1
  %v6 = arith.constant 0x7F7FFFFF : f32
  %v7 = arith.bitcast %v6 : f32 to i32
  %v8 = arith.divf %v6, %v0 fastmath<fast> : f32
  %v9 = arith.select %arg0, %v2, %v3 : i1
  %v10 = arith.select %arg0, %v2, %v3 : i1
  %v11 = arith.minui %arg0, %v4 : i1
  %v12 = arith.bitcast %v6 : f32 to i32
  %v13 = arith.constant dense<1> : tensor<2x2xi32>
  %v14 = arith.ceildivsi %v13, %v13 : tensor<2x2xi32>
  return %v11 : i1
}
func.func @f1(%arg0: f8E4M3FN, %arg1: index, %arg2: i1) -> (i1, i1, i1) {
  %v0 = arith.constant 131072 : index
  %v1 = arith.constant 7 : index
  %v2 = arith.addi %v0, %v1 overflow<nuw> : index
  %v3 = arith.constant -5 : i32
  %v4 = arith.bitcast %v3 : i32 to f32
  %v5 = arith.bitcast %v4 : f32 to i32
  %v6 = arith.constant true
  %v7 = arith.remui %arg2, %v6 : i1
  %v8 = arith.bitcast %v4 : f32 to i32
  %v9 = arith.bitcast %v4 : f32 to i32
  %v10 = arith.constant 1.0e+10 : f8E4M3FN
  %v11 = arith.mulf %v10, %v10 : f8E4M3FN
  %v12 = arith.constant dense<[0, 2]> : vector<2xi32>
  %v13 = arith.xori %v12, %v12 : vector<2xi32>
  %v14 = arith.minsi %arg1, %arg1 : index
  %v15 = arith.xori %v12, %v12 : vector<2xi32>
  %v16 = arith.cmpi uge, %arg2, %v6 : i1
  %v17 = arith.constant false
  %v18:2 = arith.addui_extended %v6, %v17 : i1, i1
  %v19 = arith.constant true
  %v20 = arith.select %v19, %arg0, %arg0 : f8E4M3FN
  return %v18#0, %v16, %v18#0 : i1, i1, i1
}
