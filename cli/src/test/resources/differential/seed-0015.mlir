// Random func/arith module, seed 15.
func.func @f0(%arg0: i33, %arg1: vector<4xi16>, %arg2: i128, %arg3: f8E4M3FNUZ) -> i1 {
  %v0 = arith.constant 0xFC : f8E4M3FNUZ
  %v1 = arith.minimumf %arg3, %v0 fastmath<fast> : f8E4M3FNUZ
  %v2 = arith.constant -2092471128 : i33
  %v3 = arith.cmpi ult, %arg0, %v2 : i33
  %v4 = arith.shrui %v3, %v3 : i1
  %v5 = arith.minimumf %arg3, %v0 fastmath<fast> : f8E4M3FNUZ
  %v6 = arith.cmpi ult, %arg0, %v2 : i33
  %v7 = arith.minimumf %v1, %arg3 fastmath<fast> : f8E4M3FNUZ
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
  %v20 = arith.mulf %v1, %arg3 : f8E4M3FNUZ
  %v21 = arith.constant 7 : i8
  %v22 = arith.extui %v21 : i8 to i64
  %v23 = arith.extui %v21 : i8 to i64
  %v24 = arith.cmpi uge, %v22, %v23 : i64
  return %v18 : i1
}
func.func @f1(%arg0: f32, %arg1: f64, %arg2: vector<4xbf16>) {
  %v0 = arith.cmpf une, %arg2, %arg2 fastmath<none> : vector<4xbf16>
  %v1 = arith.andi %v0, %v0 : vector<4xi1>
  %v2 = arith.andi %v0, %v0 : vector<4xi1>
  %v3 = arith.constant dense<[false, true, true, true]> : vector<4xi1>
  %v4 = arith.addi %v3, %v2 : vector<4xi1>
  %v5 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v6 = arith.floordivsi %v3, %v5 : vector<4xi1>
  %v7 = arith.extui %v4 : vector<4xi1> to vector<4xi64>
  %v8 = arith.extui %v2 : vector<4xi1> to vector<4xi64>
  %v9 = arith.cmpi sle, %v7, %v8 : vector<4xi64>
  %v10 = arith.extui %v2 : vector<4xi1> to vector<4xi64>
  %v11 = arith.floordivsi %v3, %v5 : vector<4xi1>
  %v12 = arith.constant dense<true> : vector<4xi1>
  %v13 = arith.xori %v4, %v12 : vector<4xi1>
  %v14 = arith.xori %v13, %v12 : vector<4xi1>
  %v15 = arith.constant dense<true> : vector<4xi1>
  %v16 = arith.cmpi eq, %v13, %v15 : vector<4xi1>
  %v17 = arith.select %v16, %v15, %v13 : vector<4xi1>, vector<4xi1>
  %v18 = arith.constant dense<false> : vector<4xi1>
  %v19 = arith.maxui %v13, %v18 : vector<4xi1>
  return
}
