// Random func/arith module, seed 175.
func.func @f0(%arg0: f16, %arg1: vector<4xi16>, %arg2: vector<[4]xf16>, %arg3: i33) {
  %v0 = arith.constant dense<[32767, 32767, -5, 0]> : vector<4xi16>
  %v1 = arith.minui %v0, %arg1 : vector<4xi16>
  %v2 = arith.constant dense<1> : vector<4xi16>
  %v3:2 = arith.mului_extended %arg1, %v2 : vector<4xi16>
  %v4 = arith.minui %v0, %arg1 : vector<4xi16>
  %v5 = arith.index_cast %arg3 : i33 to index
  %v6 = arith.minui %v0, %arg1 : vector<4xi16>
  %v7 = arith.constant -2.5 : f64
  %v8 = arith.constant 0x0000000000000000 : f64
  %v9 = arith.cmpf ugt, %v7, %v8 : f64
  %v10 = arith.constant 3 : i64
  %v11 = arith.constant 9223372036854775807 : i64
  %v12 = arith.shli %v10, %v11 : i64
  %v13 = arith.minui %v0, %arg1 : vector<4xi16>
  %v14 = arith.constant dense<0xFE00> : vector<[4]xf16>
  %v15 = arith.cmpf ueq, %arg2, %v14 : vector<[4]xf16>
  %v16 = arith.constant 0xFC00 : f16
  %v17 = arith.remf %v16, %arg0 : f16
  %v18 = arith.minui %v0, %arg1 : vector<4xi16>
  %v19 = arith.cmpf uge, %arg0, %v17 : f16
  %v20 = arith.constant dense<0x0001> : vector<[4]xf16>
  %v21 = arith.cmpf ule, %arg2, %v20 fastmath<none> : vector<[4]xf16>
  %v22 = arith.ceildivui %v1, %v13 : vector<4xi16>
  %v23 = arith.extf %arg2 : vector<[4]xf16> to vector<[4]xf64>
  %v24 = arith.constant dense<0xE548> : vector<[4]xf16>
  %v25 = arith.remf %arg2, %v24 : vector<[4]xf16>
  %v26 = arith.constant dense<false> : vector<[4]xi1>
  %v27 = arith.constant dense<true> : vector<[4]xi1>
  %v28 = arith.remsi %v26, %v27 : vector<[4]xi1>
  %v29 = arith.remf %arg2, %v24 : vector<[4]xf16>
  %v30 = arith.constant dense<0x8000> : vector<[4]xf16>
  %v31 = arith.cmpf oeq, %v30, %v20 : vector<[4]xf16>
  return
}
func.func @f1(%arg0: i32, %arg1: i16, %arg2: f8E5M2FNUZ, %arg3: i128) -> (i16, i1, i1) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.andi %arg3, %v0 : i128
  %v2 = arith.cmpf uno, %arg2, %arg2 fastmath<nnan> : f8E5M2FNUZ
  %v3 = arith.negf %arg2 : f8E5M2FNUZ
  %v4 = arith.negf %v3 : f8E5M2FNUZ
  %v5 = arith.negf %v3 : f8E5M2FNUZ
  %v6 = arith.remf %arg2, %v3 : f8E5M2FNUZ
  %v7 = arith.constant 3.0 : f8E5M2FNUZ
  %v8 = arith.constant 0x7B : f8E5M2FNUZ
  %v9 = arith.subf %v7, %v8 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v10 = arith.constant 0x7C : f8E5M2FNUZ
  %v11 = arith.bitcast %v10 : f8E5M2FNUZ to f8E3M4
  %v12 = arith.constant -1.0 : f8E3M4
  %v13 = arith.fptoui %v12 : f8E3M4 to i16
  %v14 = arith.constant -159504475274901923766455898458636699879 : i128
  %v15 = arith.cmpi eq, %v1, %v14 : i128
  %v16 = arith.select %v15, %v1, %v14 : i128
  %v17 = arith.constant 0x0400 : f16
  %v18 = arith.constant dense<10> : vector<4xi16>
  %v19 = arith.constant dense<4.0> : vector<[4]xf16>
  %v20 = arith.constant -3 : i33
  func.call @f0(%v17, %v18, %v19, %v20) : (f16, vector<4xi16>, vector<[4]xf16>, i33) -> ()
  %v22 = arith.subf %v10, %v6 : f8E5M2FNUZ
  %v23 = arith.constant true
  %v24 = arith.shli %v23, %v2 overflow<nuw> : i1
  %v25 = arith.floordivsi %v13, %arg1 : i16
  %v26 = arith.constant 0x0000 : bf16
  %v27 = arith.maximumf %v26, %v26 fastmath<fast> : bf16
  %v28 = arith.extsi %v23 : i1 to i16
  %v29 = arith.subf %v7, %v8 fastmath<reassoc,contract> : f8E5M2FNUZ
  %v30 = arith.constant 0x6C : f8E5M2FNUZ
  %v31 = arith.cmpf ugt, %v30, %v3 fastmath<arcp,afn> : f8E5M2FNUZ
  %v32 = arith.constant -170141183460469231731687303715884105728 : i128
  %v33 = arith.addi %v1, %v32 : i128
  %v34 = arith.constant -6 : i128
  %v35 = arith.addi %v33, %v34 : i128
  return %v25, %v24, %v24 : i16, i1, i1
}
func.func @f2(%arg0: tf32, %arg1: i32, %arg2: f8E5M2) -> i1 {
  %v0 = arith.constant 1 : i32
  %v1 = arith.constant 0 : i32
  %v2 = arith.minsi %v0, %v1 : i32
  %v3 = arith.remsi %arg1, %v0 : i32
  %v4 = arith.ori %v3, %v1 : i32
  %v5 = arith.constant 0x04 : f8E5M2
  %v6 = arith.cmpf ult, %v5, %arg2 : f8E5M2
  %v7 = arith.constant false
  %v8 = arith.select %v7, %v6, %v6 : i1
  %v9 = arith.select %v7, %arg0, %arg0 : tf32
  %v10 = arith.maxnumf %arg0, %arg0 : tf32
  %v11 = arith.constant 0x1FC00 : tf32
  %v12 = arith.cmpf one, %arg0, %v11 : tf32
  %v13 = arith.constant 32767 : i16
  %v14 = arith.constant 0x80 : f8E5M2FNUZ
  %v15 = arith.constant 170141183460469231731687303715884105727 : i128
  %v16:3 = func.call @f1(%arg1, %v13, %v14, %v15) : (i32, i16, f8E5M2FNUZ, i128) -> (i16, i1, i1)
  %v17 = arith.constant -1 : i32
  %v18 = arith.xori %v4, %v17 : i32
  %v19 = arith.xori %v18, %v17 : i32
  %v20 = arith.constant 13530 : i16
  %v21:2 = arith.addui_extended %v16#0, %v20 : i16, i1
  %v22 = arith.constant 1804581060 : i32
  %v23 = arith.cmpi ugt, %v18, %v22 : i32
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.select %v23, %v24, %v25 : i1
  return %v21#1 : i1
}
