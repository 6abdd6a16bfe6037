// Random func/arith module, seed 19.
func.func @f0(%arg0: i16, %arg1: tf32) -> (i1, i16, i1, i1) {
  %v0 = arith.constant 0x3FE00 : tf32
  %v1 = arith.remf %v0, %arg1 fastmath<reassoc,contract> : tf32
  %v2 = arith.constant 0x003FF : tf32
  %v3 = arith.minnumf %v2, %v1 : tf32
  %v4 = arith.cmpf oge, %v3, %v1 fastmath<reassoc,contract> : tf32
  %v5 = arith.constant dense<-2.5> : vector<f16>
  %v6 = arith.fptoui %v5 : vector<f16> to vector<i8>
  %v7 = arith.constant 32767 : i16
  %v8 = arith.constant 1 : i16
  %v9 = arith.cmpi ule, %v7, %v8 : i16
  %v10 = arith.cmpf oge, %v3, %v1 fastmath<reassoc,contract> : tf32
  %v11 = arith.constant -1 : i16
  %v12 = arith.andi %arg0, %v11 : i16
  %v13 = arith.constant 15 : i16
  %v14 = arith.cmpi slt, %v13, %arg0 : i16
  %v15 = arith.addi %v10, %v4 : i1
  %v16 = arith.minsi %v12, %v13 : i16
  %v17 = arith.constant 64 : i8
  %v18 = arith.subi %v17, %v17 : i8
  %v19 = arith.muli %arg0, %v16 : i16
  %v20 = arith.constant dense<0x00000000> : vector<[4]xf32>
  %v21 = arith.fptoui %v20 {tag = 1 : i64} : vector<[4]xf32> to vector<[4]xi16>
  %v22 = arith.cmpi ne, %v19, %v13 : i16
  %v23 = arith.select %v22, %v13, %v19 : i16
  return %v22, %v19, %v15, %v22 : i1, i16, i1, i1
}
func.func @f1(%arg0: i16, %arg1: f8E3M4, %arg2: i16) -> f8E3M4 {
  %v0 = arith.xori %arg0, %arg0 : i16
  %v1 = arith.ori %v0, %arg0 : i16
  %v2 = arith.constant 4.0 : f8E3M4
  %v3 = arith.maximumf %arg1, %v2 : f8E3M4
  %v4 = arith.index_castui %arg2 : i16 to index
  %v5 = arith.constant 32767 : i16
  %v6 = arith.constant 16384 : i16
  %v7 = arith.minui %v5, %v6 : i16
  %v8 = arith.constant false
  %v9 = arith.select %v8, %v3, %arg1 : f8E3M4
  %v10 = arith.constant 9223372036854775807 : i64
  %v11 = arith.constant 65 : i64
  %v12:2 = arith.addui_extended %v10, %v11 : i64, i1
  %v13 = arith.constant 15002 : i16
  %v14 = arith.cmpi ugt, %v13, %arg2 : i16
  %v15 = arith.select %v14, %v1, %arg2 : i16
  %v16 = arith.constant true
  %v17 = arith.select %v16, %v9, %v3 : f8E3M4
  %v18 = arith.constant true
  %v19 = arith.constant -1 : index
  %v20 = arith.select %v18, %v4, %v19 : index
  %v21 = arith.constant true
  %v22 = arith.shli %v14, %v21 : i1
  %v23 = arith.constant 0x80 : f8E3M4
  %v24 = arith.maximumf %v23, %v3 : f8E3M4
  %v25 = arith.constant -721479816943731957 : i64
  %v26 = arith.constant 0 : i64
  %v27:2 = arith.mului_extended %v25, %v26 : i64
  %v28 = arith.shli %v14, %v21 : i1
  return %arg1 : f8E3M4
}
func.func @f2(%arg0: i128, %arg1: f8E5M2FNUZ, %arg2: f32, %arg3: f32) -> (f8E5M2FNUZ, i1) {
  %v0 = arith.constant 170052163194586229988330603021857751597 : i128
  %v1 = arith.index_castui %v0 : i128 to index
  %v2 = arith.andi %arg0, %arg0 : i128
  %v3 = arith.constant 0 : i32
  %v4 = arith.trunci %v3 {tag = 1 : i64} : i32 to i16
  %v5 = arith.trunci %v3 {tag = 1 : i64} : i32 to i16
  %v6 = arith.trunci %v3 {tag = 1 : i64} : i32 to i16
  %v7 = arith.constant 11 : i16
  %v8 = arith.floordivsi %v4, %v7 : i16
  %v9 = arith.constant 0.1 : f8E5M2FNUZ
  %v10 = arith.minimumf %v9, %arg1 : f8E5M2FNUZ
  %v11 = arith.fptoui %arg3 : f32 to i64
  %v12 = arith.constant 0 : i64
  %v13 = arith.constant -9223372036854775808 : i64
  %v14 = arith.muli %v12, %v13 : i64
  %v15 = arith.divf %v10, %arg1 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v16 = arith.cmpf ogt, %v15, %v9 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v17 = arith.constant true
  %v18 = arith.xori %v16, %v17 : i1
  %v19 = arith.xori %v18, %v17 : i1
  %v20 = arith.cmpi sge, %v17, %v16 : i1
  return %v15, %v18 : f8E5M2FNUZ, i1
}
func.func @f3(%arg0: i1, %arg1: f32) -> (i1, i16, vector<[4]xf64>, i7) {
  %v0 = arith.constant 0xBF800000 : f32
  %v1 = arith.divf %arg1, %v0 : f32
  %v2 = arith.constant 32767 : i16
  %v3 = arith.constant 0x00000 : tf32
  %v4:4 = func.call @f0(%v2, %v3) : (i16, tf32) -> (i1, i16, i1, i1)
  %v5 = arith.constant 32767 : i16
  %v6 = arith.cmpi ult, %v4#1, %v5 : i16
  %v7 = arith.constant true
  %v8 = arith.extui %v7 : i1 to i64
  %v9 = arith.constant 0x0A7BDB69 : f32
  %v10 = arith.constant 4.0 : f32
  %v11 = arith.minnumf %v9, %v10 {tag = 1 : i64} : f32
  %v12 = arith.constant 0x70E7E86B : f32
  %v13 = arith.cmpf true, %v1, %v12 : f32
  %v14 = arith.cmpi ule, %v5, %v4#1 : i16
  %v15 = arith.extsi %arg0 : i1 to i7
  %v16 = arith.constant 0 : i16
  %v17 = arith.muli %v4#1, %v16 : i16
  %v18 = arith.constant dense<0x3FF0000000000000> : vector<[4]xf64>
  %v19 = arith.negf %v18 fastmath<none> : vector<[4]xf64>
  %v20 = arith.cmpi ule, %v5, %v4#1 {tag = 1 : i64} : i16
  return %v13, %v17, %v19, %v15 : i1, i16, vector<[4]xf64>, i7
}
