// Random func/arith module, seed 56.
func.func @f0(%arg0: i64, %arg1: f6E2M3FN) {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.constant 65 : i64
  %v2 = arith.cmpi ule, %v0, %v1 : i64
  %v3 = arith.maximumf %arg1, %arg1 fastmath<ninf> {tag = 0 : i64} : f6E2M3FN
  %v4 = arith.constant 0x17 : f6E2M3FN
  %v5 = arith.fptoui %v4 : f6E2M3FN to i1
  %v6 = arith.constant -5 : i64
  %v7 = arith.constant -8 : i64
  %v8 = arith.minsi %v6, %v7 : i64
  %v9 = arith.constant 0 : i64
  %v10 = arith.maxui %arg0, %v9 : i64
  %v11 = arith.constant 12 : i64
  %v12 = arith.maxui %arg0, %v11 : i64
  %v13 = arith.constant 1 : i64
  %v14 = arith.trunci %v13 overflow<nuw> : i64 to i32
  %v15 = arith.constant 2147483647 : i32
  %v16:2 = arith.addui_extended %v15, %v14 : i32, i1
  %v17 = arith.cmpi eq, %v0, %v11 : i64
  %v18:2 = arith.addui_extended %v15, %v14 : i32, i1
  return
}
func.func @f1(%arg0: vector<[4]xf32>, %arg1: index, %arg2: f32) -> (i1, i1, vector<[4]xi1>) {
  %v0 = arith.cmpi sge, %arg1, %arg1 : index
  %v1 = arith.constant true
  %v2 = arith.subi %v0, %v1 overflow<nuw> : i1
  %v3 = arith.constant 0x00800000 : f32
  %v4 = arith.extf %v3 : f32 to f80
  %v5 = arith.constant 0x00 : f8E8M0FNU
  %v6 = arith.maxnumf %v5, %v5 : f8E8M0FNU
  %v7 = arith.constant 16 : index
  %v8 = arith.minsi %v7, %arg1 : index
  %v9 = arith.constant 0 : i8
  %v10 = arith.extsi %v9 : i8 to i64
  %v11 = arith.constant -9015892175580296631 : i64
  %v12 = arith.cmpi ult, %v10, %v11 : i64
  %v13 = arith.constant 15 : i8
  %v14 = arith.divsi %v13, %v9 : i8
  %v15 = arith.extui %v0 : i1 to i64
  %v16 = arith.constant -6 : i64
  %v17 = arith.cmpi slt, %v15, %v16 : i64
  %v18 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v19 = arith.constant 1.0e+10 : f8E4M3B11FNUZ
  %v20 = arith.mulf %v18, %v19 fastmath<fast> : f8E4M3B11FNUZ
  %v21 = arith.constant 1 : i8
  %v22 = arith.cmpi ugt, %v13, %v21 : i8
  %v23 = arith.select %v22, %v21, %v13 : i8
  %v24 = arith.cmpf une, %arg0, %arg0 : vector<[4]xf32>
  %v25 = arith.remf %arg2, %v3 : f32
  %v26 = arith.constant true
  %v27 = arith.subi %v26, %v0 : i1
  %v28 = arith.minnumf %v25, %arg2 : f32
  %v29 = arith.constant -9223372036854775808 : i64
  %v30 = arith.shli %v15, %v29 : i64
  %v31 = arith.cmpf false, %v3, %v28 : f32
  %v32 = arith.maxsi %v2, %v0 : i1
  %v33 = arith.cmpi uge, %v7, %v8 : index
  %v34 = arith.constant 0x18 : f6E2M3FN
  func.call @f0(%v30, %v34) : (i64, f6E2M3FN) -> ()
  return %v27, %v31, %v24 : i1, i1, vector<[4]xi1>
}
func.func @f2(%arg0: vector<f32>, %arg1: f64) -> (i1, i1, index) {
  %v0 = arith.constant 15 : index
  %v1 = arith.constant 137438953472 : index
  %v2 = arith.minui %v0, %v1 : index
  %v3 = arith.constant 9223372036854775807 : i64
  %v4:2 = arith.mulsi_extended %v3, %v3 : i64
  %v5 = arith.constant 9 : index
  %v6 = arith.andi %v1, %v5 : index
  %v7 = arith.constant -1 : index
  %v8 = arith.shrsi %v7, %v5 : index
  %v9 = arith.maxui %v4#0, %v3 : i64
  %v10 = arith.constant dense<0.0> : vector<f32>
  %v11 = arith.addf %v10, %v10 : vector<f32>
  %v12 = arith.constant 7 : index
  %v13 = arith.constant -6994898568089398144 : index
  %v14 = arith.muli %v12, %v13 : index
  %v15 = arith.constant true
  %v16 = arith.select %v15, %v1, %v7 : index
  %v17 = arith.constant dense<0.1> : vector<[4]xf32>
  %v18 = arith.constant -1 : index
  %v19 = arith.constant 4.0 : f32
  %v20:3 = func.call @f1(%v17, %v18, %v19) : (vector<[4]xf32>, index, f32) -> (i1, i1, vector<[4]xi1>)
  %v21 = arith.addf %v10, %v10 : vector<f32>
  return %v20#0, %v20#1, %v1 : i1, i1, index
}
