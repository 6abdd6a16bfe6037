// Random func/arith module, seed 153.
func.func @f0(%arg0: i32, %arg1: i64, %arg2: f128) -> f128 {
  %v0 = arith.constant 0.5 : f128
  %v1 = arith.divf %arg2, %v0 fastmath<ninf> : f128
  %v2 = arith.constant dense<0xFFF0000000000000> : vector<f64>
  %v3 = arith.fptosi %v2 : vector<f64> to vector<i64>
  %v4 = arith.constant 9223372036854775808 : i64
  %v5 = arith.muli %arg1, %v4 overflow<nsw> : i64
  %v6 = arith.fptosi %v2 : vector<f64> to vector<i64>
  %v7 = arith.constant -1.0 : f128
  %v8 = arith.mulf %v1, %v7 : f128
  %v9 = arith.fptosi %v2 : vector<f64> to vector<i64>
  %v10 = arith.fptosi %v7 : f128 to i64
  %v11 = arith.constant 3 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.extsi %v11 : i8 to i64
  %v14 = arith.cmpi ult, %v12, %v13 : i64
  %v15 = arith.cmpi sgt, %v4, %v4 : i64
  %v16 = arith.cmpi sgt, %v4, %v4 : i64
  %v17 = arith.constant dense<6> : vector<[4]xi32>
  %v18 = arith.constant dense<-5> : vector<[4]xi32>
  %v19 = arith.andi %v17, %v18 {tag = 1 : i64} : vector<[4]xi32>
  %v20 = arith.constant 0xFF800000 : f32
  %v21 = arith.mulf %v20, %v20 : f32
  %v22 = arith.constant 63 : i64
  %v23 = arith.subi %v12, %v22 : i64
  %v24 = arith.constant 10802 : i16
  %v25 = arith.constant 16 : i16
  %v26 = arith.cmpi sge, %v24, %v25 : i16
  %v27 = arith.constant 0 : i64
  %v28 = arith.maxui %v22, %v27 : i64
  %v29 = arith.constant 1.0 : f128
  %v30 = arith.mulf %v8, %v29 : f128
  return %v30 : f128
}
func.func @f1(%arg0: f32, %arg1: index) {
  %v0 = arith.negf %arg0 : f32
  %v1 = arith.constant -9223372036854775808 : index
  %v2 = arith.shli %arg1, %v1 : index
  %v3 = arith.shli %arg1, %v1 : index
  %v4 = arith.ceildivui %arg1, %v2 : index
  %v5 = arith.constant 1 : index
  %v6 = arith.ceildivsi %v4, %v5 : index
  %v7 = arith.constant 16 : index
  %v8 = arith.cmpi slt, %v7, %v6 : index
  %v9 = arith.constant false
  %v10:2 = arith.addui_extended %v9, %v8 : i1, i1
  %v11 = arith.constant false
  %v12 = arith.divui %v11, %v10#1 : i1
  %v13 = arith.constant -0.75 : f32
  %v14 = arith.extf %v13 : f32 to f80
  return
}
