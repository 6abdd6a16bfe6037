// Random func/arith module, seed 15.
func.func @f0(%arg0: i33, %arg1: vector<4xi16>, %arg2: i128, %arg3: bf16) -> i1 {
  %v0 = arith.constant 0xFFC0 : bf16
  %v1 = arith.minimumf %arg3, %v0 fastmath<fast> : bf16
  %v2 = arith.constant -2092471128 : i33
  %v3 = arith.cmpi ult, %arg0, %v2 : i33
  %v4 = arith.shrui %v3, %v3 : i1
  %v5 = arith.minimumf %arg3, %v0 fastmath<fast> : bf16
  %v6 = arith.cmpi ult, %arg0, %v2 : i33
  %v7 = arith.minimumf %v1, %arg3 fastmath<fast> : bf16
  %v8 = arith.constant 0 : i32
  %v9 = arith.constant 12 : i32
  %v10 = arith.maxui %v8, %v9 : i32
  %v11 = arith.constant dense<[5, 32767, 1, 32767]> : vector<4xi16>
  %v12 = arith.remsi %v11, %arg1 : vector<4xi16>
  %v13 = arith.cmpi sle, %v2, %v2 : i33
  %v14 = arith.constant dense<-3> : vector<4xi16>
  %v15 = arith.andi %v12, %v14 : vector<4xi16>
  %v16 = arith.constant dense<[1, -1, -4, 32767]> : vector<4xi16>
  %v17 = arith.andi %v16, %v15 : vector<4xi16>
  %v18 = arith.cmpi ult, %arg0, %arg0 : i33
  %v19 = arith.index_castui %v3 : i1 to index
  %v20 = arith.mulf %v1, %arg3 : bf16
  %v21 = arith.constant 7 : i8
  %v22 = arith.extui %v21 : i8 to i64
  %v23 = arith.extui %v21 : i8 to i64
  %v24 = arith.cmpi uge, %v22, %v23 : i64
  return %v18 : i1
}
func.func @f1(%arg0: f32, %arg1: f8E3M4, %arg2: vector<[4]xbf16>) -> (vector<[4]xbf16>, i1, vector<[4]xbf16>, vector<[4]xi1>) {
  %v0 = arith.cmpf une, %arg2, %arg2 fastmath<none> : vector<[4]xbf16>
  %v1 = arith.andi %v0, %v0 : vector<[4]xi1>
  %v2 = arith.andi %v0, %v0 : vector<[4]xi1>
  %v3 = arith.constant dense<false> : vector<[4]xi1>
  %v4 = arith.addi %v3, %v0 : vector<[4]xi1>
  %v5 = arith.constant -7 : i33
  %v6 = arith.constant dense<[-1, -13821, 12, 17701]> : vector<4xi16>
  %v7 = arith.constant 281474976710656 : i128
  %v8 = arith.constant -1.0 : bf16
  %v9 = func.call @f0(%v5, %v6, %v7, %v8) : (i33, vector<4xi16>, i128, bf16) -> i1
  %v10 = arith.cmpi ult, %v9, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.constant false
  %v13 = arith.select %v10, %v12, %v11 : i1
  %v14 = arith.cmpi sle, %v0, %v3 : vector<[4]xi1>
  %v15 = arith.constant dense<0x75B4> : vector<[4]xbf16>
  %v16 = arith.maximumf %arg2, %v15 fastmath<none> : vector<[4]xbf16>
  %v17 = arith.constant dense<false> : vector<[4]xi1>
  %v18 = arith.shli %v4, %v17 overflow<nsw, nuw> : vector<[4]xi1>
  %v19 = arith.sitofp %v2 : vector<[4]xi1> to vector<[4]xbf16>
  %v20 = arith.constant true
  %v21 = arith.andi %v20, %v9 : i1
  return %v15, %v13, %v16, %v3 : vector<[4]xbf16>, i1, vector<[4]xbf16>, vector<[4]xi1>
}
