// Random func/arith module, seed 64.
func.func @f0(%arg0: i32) -> (i32, i64) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.ceildivui %arg0, %v0 : i32
  %v2 = arith.andi %v1, %arg0 : i32
  %v3 = arith.constant 0.5 : f8E8M0FNU
  %v4 = arith.fptoui %v3 : f8E8M0FNU to i33
  %v5 = arith.constant false
  %v6 = arith.constant 0x9C : f8E8M0FNU
  %v7 = arith.select %v5, %v3, %v6 : f8E8M0FNU
  %v8 = arith.fptoui %v3 : f8E8M0FNU to i33
  %v9 = arith.uitofp %v2 : i32 to f64
  %v10 = arith.extui %v2 : i32 to i64
  %v11 = arith.andi %v1, %arg0 : i32
  %v12 = arith.divui %v10, %v10 : i64
  %v13 = arith.cmpf ole, %v9, %v9 fastmath<none> {tag = 0 : i64} : f64
  %v14 = arith.uitofp %v13 : i1 to f8E8M0FNU
  %v15 = arith.select %v5, %v3, %v6 : f8E8M0FNU
  return %v11, %v10 : i32, i64
}
func.func @f1(%arg0: f32, %arg1: f64, %arg2: f8E4M3FNUZ, %arg3: i16) -> (f8E4M3FNUZ, f8E4M3FNUZ, i1) {
  %v0 = arith.cmpi sle, %arg3, %arg3 : i16
  %v1 = arith.select %v0, %arg3, %arg3 : i16
  %v2 = arith.constant 0xFF800000 : f32
  %v3 = arith.remf %arg0, %v2 {tag = 0 : i64} : f32
  %v4 = arith.constant true
  %v5 = arith.ceildivsi %v0, %v4 {tag = 0 : i64} : i1
  %v6 = arith.constant true
  %v7 = arith.ori %v4, %v6 : i1
  %v8 = arith.constant -1.0 : f32
  %v9 = arith.negf %v8 fastmath<fast> : f32
  %v10 = arith.constant 0x01 : f8E5M2FNUZ
  %v11 = arith.constant 0x00 : f8E5M2FNUZ
  %v12 = arith.subf %v10, %v11 fastmath<fast> : f8E5M2FNUZ
  %v13 = arith.constant 0x80 : f8E4M3FNUZ
  %v14 = arith.minimumf %arg2, %v13 fastmath<nsz> : f8E4M3FNUZ
  %v15 = arith.constant -6 : i16
  %v16 = arith.cmpi sle, %arg3, %v15 : i16
  %v17 = arith.constant true
  %v18:2 = arith.addui_extended %v17, %v6 : i1, i1
  %v19 = arith.minimumf %v3, %arg0 : f32
  %v20 = arith.constant 0x00800000 : f32
  %v21 = arith.maximumf %v20, %v19 fastmath<nnan> : f32
  return %v14, %v14, %v17 : f8E4M3FNUZ, f8E4M3FNUZ, i1
}
func.func @f2(%arg0: i32, %arg1: f6E2M3FN, %arg2: i32, %arg3: i128) -> i32 {
  %v0 = arith.divsi %arg3, %arg3 : i128
  %v1 = arith.constant 3.0 : f8E5M2FNUZ
  %v2 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v3 = arith.maxnumf %v1, %v2 : f8E5M2FNUZ
  %v4 = arith.constant 0x18 : f6E2M3FN
  %v5 = arith.remf %v4, %arg1 : f6E2M3FN
  %v6 = arith.minui %arg3, %v0 : i128
  %v7 = arith.cmpf ult, %v4, %arg1 : f6E2M3FN
  %v8 = arith.cmpf ult, %v4, %arg1 : f6E2M3FN
  %v9 = arith.constant 0 : i32
  %v10 = arith.remsi %v9, %arg0 : i32
  %v11 = arith.constant 0x8000000000000000 : f64
  %v12 = arith.constant 4.0 : f64
  %v13 = arith.maximumf %v11, %v12 fastmath<nnan> : f64
  %v14 = arith.extui %v10 : i32 to i64
  %v15 = arith.trunci %v14 : i64 to i32
  %v16 = arith.select %v7, %v9, %arg0 : i32
  %v17 = arith.constant 4294967294 : i32
  %v18 = arith.muli %v16, %v17 : i32
  %v19 = arith.constant 31 : i32
  %v20 = arith.muli %v19, %v18 : i32
  %v21 = arith.cmpf ult, %v4, %arg1 : f6E2M3FN
  %v22 = arith.index_cast %v0 : i128 to index
  %v23 = arith.constant 0xF0 : f8E3M4
  %v24 = arith.constant 0xB0 : f8E3M4
  %v25 = arith.select %v8, %v23, %v24 : f8E3M4
  %v26 = arith.constant 0x17 : f6E2M3FN
  %v27 = arith.select %v8, %v5, %v26 : f6E2M3FN
  %v28 = arith.negf %v12 : f64
  %v29 = arith.negf %v28 : f64
  %v30 = arith.constant 0xFC : f8E5M2FNUZ
  %v31 = arith.addf %v30, %v1 fastmath<nsz> : f8E5M2FNUZ
  %v32 = arith.constant 830610580002923343 : index
  %v33 = arith.constant -1 : index
  %v34 = arith.subi %v32, %v33 : index
  %v35 = arith.constant 17592186044416 : index
  %v36 = arith.subi %v34, %v35 : index
  %v37 = arith.constant -1 : i32
  %v38 = arith.ceildivsi %arg2, %v37 : i32
  return %v38 : i32
}
func.func @f3(%arg0: i8, %arg1: i16, %arg2: i8, %arg3: vector<[4]xf32>) -> (vector<[4]xi1>, i8) {
  %v0 = arith.constant dense<1.0e+10> : vector<[4]xf32>
  %v1 = arith.maximumf %v0, %arg3 : vector<[4]xf32>
  %v2 = arith.cmpi sgt, %arg0, %arg2 {tag = 0 : i64} : i8
  %v3 = arith.floordivsi %v2, %v2 : i1
  %v4 = arith.constant false
  %v5:2 = arith.addui_extended %v3, %v4 : i1, i1
  %v6 = arith.constant -32768 : i16
  %v7 = arith.ceildivsi %v6, %arg1 : i16
  %v8 = arith.divf %arg3, %v1 : vector<[4]xf32>
  %v9 = arith.ceildivui %v7, %v7 : i16
  %v10 = arith.constant 32767 : i16
  %v11 = arith.floordivsi %v9, %v10 : i16
  %v12 = arith.constant 1622837639 : i32
  %v13:2 = func.call @f0(%v12) : (i32) -> (i32, i64)
  %v14 = arith.cmpf uge, %arg3, %v1 : vector<[4]xf32>
  %v15 = arith.cmpi sgt, %v9, %v6 : i16
  %v16 = arith.constant -1 : i8
  %v17:2 = arith.mului_extended %arg2, %v16 : i8
  %v18 = arith.constant dense<0x7FF8000000000000> : tensor<3xf64>
  %v19 = arith.mulf %v18, %v18 : tensor<3xf64>
  %v20 = arith.constant 32768 : i32
  %v21 = arith.floordivsi %v13#0, %v20 : i32
  %v22 = arith.constant dense<2.0> : vector<[4]xf32>
  %v23 = arith.cmpf uno, %v1, %v22 fastmath<none> : vector<[4]xf32>
  return %v23, %v17#1 : vector<[4]xi1>, i8
}
