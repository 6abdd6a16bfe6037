// Random func/arith module, seed 50.
func.func @f0(%arg0: f8E4M3, %arg1: index, %arg2: f64) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.xori %v0, %v1 : i1
  %v3 = arith.xori %v1, %v0 : i1
  %v4 = arith.xori %v0, %v1 : i1
  %v5 = arith.constant true
  %v6 = arith.andi %v0, %v5 : i1
  %v7 = arith.floordivsi %arg1, %arg1 : index
  %v8 = arith.cmpi ugt, %arg1, %v7 : index
  %v9 = arith.constant true
  %v10:2 = arith.addui_extended %v9, %v8 {tag = 1 : i64} : i1, i1
  %v11 = arith.constant 9223372036854775807 : index
  %v12 = arith.cmpi sle, %arg1, %v11 : index
  return %v10#1 : i1
}
func.func @f1(%arg0: f16) -> (f16, f16, i1) {
  %v0 = arith.constant -1 : i64
  %v1 = arith.constant 2147483648 : i64
  %v2 = arith.ceildivsi %v0, %v1 : i64
  %v3 = arith.constant false
  %v4 = arith.select %v3, %arg0, %arg0 {tag = 0 : i64} : f16
  %v5 = arith.constant false
  %v6 = arith.constant true
  %v7 = arith.maxui %v5, %v6 : i1
  %v8 = arith.constant 0x3F800000 : f32
  %v9 = arith.constant 3.0 : f32
  %v10 = arith.divf %v8, %v9 fastmath<none> : f32
  %v11 = arith.constant true
  %v12 = arith.constant true
  %v13 = arith.ceildivsi %v11, %v12 : i1
  %v14 = arith.constant 6024364898530347279 : i64
  %v15 = arith.andi %v0, %v14 : i64
  %v16 = arith.andi %v0, %v14 : i64
  %v17 = arith.constant 0x7C : f8E4M3
  %v18 = arith.constant -5461584236421385291 : index
  %v19 = arith.constant 4.0 : f64
  %v20 = func.call @f0(%v17, %v18, %v19) : (f8E4M3, index, f64) -> i1
  %v21 = arith.constant 7.0 : f16
  %v22 = arith.subf %arg0, %v21 : f16
  %v23 = arith.constant 15 : index
  %v24 = func.call @f0(%v17, %v23, %v19) : (f8E4M3, index, f64) -> i1
  %v25 = arith.constant false
  %v26 = arith.cmpi ult, %v12, %v25 : i1
  %v27 = arith.uitofp %v16 : i64 to f32
  %v28 = arith.constant -9223372036854775808 : i64
  %v29 = arith.andi %v14, %v28 : i64
  %v30 = arith.extsi %v25 : i1 to i64
  %v31 = arith.cmpi ne, %v24, %v20 : i1
  %v32 = arith.select %v31, %v24, %v20 : i1
  %v33 = arith.select %v31, %v24, %v20 : i1
  %v34 = arith.mulf %v22, %v21 : f16
  %v35 = arith.maxui %v5, %v6 : i1
  %v36 = arith.addi %v18, %v23 : index
  %v37 = arith.constant dense<64> : vector<index>
  %v38 = arith.constant dense<65> : vector<index>
  %v39 = arith.shrui %v37, %v38 : vector<index>
  %v40 = arith.constant 0 : i33
  %v41 = arith.ceildivui %v40, %v40 : i33
  %v42 = arith.extsi %v26 : i1 to i64
  %v43 = arith.constant 18446744073709551609 : i64
  %v44 = arith.cmpi eq, %v42, %v43 : i64
  %v45 = arith.constant 0xF8 : f8E4M3
  %v46 = arith.constant 0x07 : f8E4M3
  %v47 = arith.cmpf ult, %v45, %v46 fastmath<reassoc,contract> : f8E4M3
  return %v34, %v34, %v31 : f16, f16, i1
}
func.func @f2(%arg0: f64) -> (f64, i1) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 11 : i32
  %v2 = arith.cmpi sgt, %v0, %v1 : i32
  %v3 = arith.constant 0.1 : f64
  %v4 = arith.cmpf ole, %arg0, %v3 fastmath<none> : f64
  %v5 = arith.shrui %v4, %v4 : i1
  %v6 = arith.negf %arg0 fastmath<ninf> : f64
  %v7 = arith.constant 1 : i32
  %v8 = arith.extui %v7 : i32 to i64
  %v9 = arith.extui %v0 : i32 to i64
  %v10 = arith.cmpi sle, %v8, %v9 : i64
  %v11 = arith.negf %v3 : f64
  %v12 = arith.constant 15 : i64
  %v13 = arith.constant 5 : i64
  %v14 = arith.cmpi uge, %v12, %v13 : i64
  %v15 = arith.negf %arg0 fastmath<ninf> : f64
  %v16 = arith.constant false
  %v17 = arith.constant 1 : i64
  %v18 = arith.constant 65 : i64
  %v19 = arith.select %v16, %v17, %v18 : i64
  return %v15, %v10 : f64, i1
}
