// Random func/arith module, seed 161.
func.func @f0(%arg0: i32, %arg1: vector<i64>) -> (vector<i64>, vector<i64>, vector<i64>) {
  %v0 = arith.constant dense<10> : vector<i64>
  %v1 = arith.divui %v0, %arg1 : vector<i64>
  %v2 = arith.constant 0xEE42 : bf16
  %v3 = arith.cmpf ueq, %v2, %v2 fastmath<ninf> : bf16
  %v4 = arith.constant dense<-4982982021896301814> : vector<2xi64>
  %v5 = arith.constant dense<64> : vector<2xi64>
  %v6 = arith.cmpi slt, %v4, %v5 : vector<2xi64>
  %v7 = arith.constant 0.5 : bf16
  %v8 = arith.cmpf ueq, %v7, %v2 fastmath<nnan> : bf16
  %v9 = arith.constant dense<7> : vector<i64>
  %v10 = arith.xori %v0, %v9 {tag = 0 : i64} : vector<i64>
  %v11 = arith.constant dense<-1> : vector<i64>
  %v12 = arith.xori %arg1, %v11 : vector<i64>
  %v13 = arith.xori %v12, %v11 : vector<i64>
  %v14 = arith.constant 32 : i32
  %v15 = arith.constant -2147483648 : i32
  %v16 = arith.minsi %v14, %v15 : i32
  %v17 = arith.cmpi slt, %v4, %v5 : vector<2xi64>
  %v18 = arith.cmpf one, %v7, %v2 fastmath<nnan,ninf> : bf16
  %v19 = arith.shrsi %v16, %v14 : i32
  return %v12, %v12, %v12 : vector<i64>, vector<i64>, vector<i64>
}
func.func @f1(%arg0: f8E3M4, %arg1: i16, %arg2: f8E4M3FN, %arg3: f16) -> (i1, i1) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.constant -8773121676076950604 : index
  %v2 = arith.maxui %v0, %v1 : index
  %v3 = arith.constant true
  %v4 = arith.constant -1.0 : f8E3M4
  %v5 = arith.constant 0x6F : f8E3M4
  %v6 = arith.select %v3, %v4, %v5 : f8E3M4
  %v7 = arith.remsi %v3, %v3 {tag = 1 : i64} : i1
  %v8 = arith.constant 0x7E00 : f16
  %v9 = arith.constant 0x7BFF : f16
  %v10 = arith.remf %v8, %v9 : f16
  %v11 = arith.constant 1 : index
  %v12 = arith.index_castui %v11 : index to i32
  %v13:2 = arith.addui_extended %arg1, %arg1 : i16, i1
  %v14 = arith.remsi %v3, %v3 {tag = 1 : i64} : i1
  %v15 = arith.cmpf one, %arg3, %v8 : f16
  %v16 = arith.bitcast %arg3 : f16 to bf16
  %v17 = arith.index_castui %v0 : index to i16
  %v18 = arith.constant 1 : i16
  %v19 = arith.maxui %v18, %v17 : i16
  %v20 = arith.cmpi slt, %v13#1, %v15 : i1
  %v21 = arith.bitcast %v13#0 : i16 to f16
  %v22 = arith.bitcast %v21 : f16 to i16
  %v23 = arith.cmpi slt, %v13#1, %v15 : i1
  %v24 = arith.constant true
  %v25 = arith.addi %v24, %v23 overflow<nsw> : i1
  %v26 = arith.truncf %arg0 fastmath<arcp,afn> : f8E3M4 to f4E2M1FN
  %v27 = arith.negf %v5 fastmath<reassoc,contract> : f8E3M4
  %v28 = arith.constant -1.0 : f8E4M3FN
  %v29 = arith.mulf %v28, %v28 fastmath<nnan,ninf> : f8E4M3FN
  %v30 = arith.constant 0xA : f4E2M1FN
  %v31 = arith.mulf %v30, %v26 : f4E2M1FN
  return %v20, %v3 : i1, i1
}
func.func @f2(%arg0: f64, %arg1: f32, %arg2: f32) {
  %v0 = arith.constant dense<1377793074479124607> : vector<[4]xindex>
  %v1 = arith.floordivsi %v0, %v0 : vector<[4]xindex>
  %v2 = arith.cmpf false, %arg2, %arg1 fastmath<reassoc,contract> : f32
  %v3 = arith.mulf %arg1, %arg2 fastmath<nsz> : f32
  %v4 = arith.constant -3.0e-05 : f8E8M0FNU
  %v5 = arith.constant 0x00 : f8E8M0FNU
  %v6 = arith.select %v2, %v4, %v5 : f8E8M0FNU
  %v7 = arith.truncf %arg0 fastmath<nnan,ninf> : f64 to f8E4M3FNUZ
  %v8 = arith.constant -2.5 : f64
  %v9 = arith.negf %v8 fastmath<none> {tag = 0 : i64} : f64
  %v10 = arith.negf %v3 : f32
  %v11 = arith.negf %v10 fastmath<none> : f32
  %v12 = arith.constant 0xBF800000 : f32
  %v13 = arith.divf %v12, %v3 : f32
  return
}
