// Random func/arith module, seed 98.
func.func @f0(%arg0: index) -> (index, f8E4M3B11FNUZ, f80) {
  %v0 = arith.shli %arg0, %arg0 overflow<none> : index
  %v1 = arith.constant -2 : index
  %v2 = arith.shli %v1, %v0 : index
  %v3 = arith.ceildivsi %v2, %v0 : index
  %v4 = arith.constant 0x00010000000000000000000000000000 : f128
  %v5 = arith.constant 1.0 : f128
  %v6 = arith.mulf %v4, %v5 : f128
  %v7 = arith.constant -3196539038635701934 : index
  %v8 = arith.andi %v3, %v7 : index
  %v9 = arith.constant 0 : index
  %v10 = arith.andi %v9, %v8 : index
  %v11 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v12 = arith.cmpf uge, %v5, %v11 : f128
  %v13 = arith.ceildivsi %v2, %v0 {tag = 0 : i64} : index
  %v14 = arith.ceildivsi %v2, %v0 : index
  %v15 = arith.constant dense<0.0> : vector<[4]xf32>
  %v16 = arith.extf %v15 fastmath<nsz> : vector<[4]xf32> to vector<[4]xf64>
  %v17 = arith.cmpi ule, %arg0, %v7 : index
  %v18 = arith.ceildivsi %v2, %v0 : index
  %v19 = arith.constant true
  %v20:2 = arith.mului_extended %v17, %v19 : i1
  %v21 = arith.select %v17, %v15, %v15 : vector<[4]xf32>
  %v22 = arith.cmpi ule, %arg0, %v7 : index
  %v23 = arith.divsi %v12, %v22 : i1
  %v24 = arith.cmpf uge, %v16, %v16 : vector<[4]xf64>
  %v25 = arith.constant 1.0 : f80
  %v26 = arith.constant 0x00010000000000000000 : f80
  %v27 = arith.maximumf %v25, %v26 fastmath<nnan> {tag = 1 : i64} : f80
  %v28 = arith.maxsi %arg0, %v1 {tag = 0 : i64} : index
  %v29 = arith.constant dense<0x00839759> : vector<4xf32>
  %v30 = arith.negf %v29 : vector<4xf32>
  %v31 = arith.constant 0x0D : f8E4M3B11FNUZ
  %v32 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v33 = arith.select %v20#1, %v31, %v32 : f8E4M3B11FNUZ
  %v34 = arith.constant 0x55105A6004A393A5402A : f80
  %v35 = arith.constant 0.5 : f80
  %v36 = arith.minimumf %v34, %v35 fastmath<ninf> : f80
  return %v13, %v33, %v27 : index, f8E4M3B11FNUZ, f80
}
func.func @f1(%arg0: i64, %arg1: i64, %arg2: vector<2xbf16>, %arg3: f32) -> i64 {
  %v0 = arith.constant 0 : i64
  %v1 = arith.andi %v0, %arg1 : i64
  %v2:2 = arith.mului_extended %v1, %arg0 : i64
  %v3:2 = arith.mului_extended %v1, %arg0 : i64
  %v4 = arith.constant dense<[-3.0e-05, 0xFF80]> : vector<2xbf16>
  %v5 = arith.bitcast %v4 : vector<2xbf16> to vector<2xf16>
  %v6 = arith.divf %arg2, %arg2 fastmath<nsz> : vector<2xbf16>
  %v7 = arith.constant dense<1.0> : vector<2xbf16>
  %v8 = arith.mulf %v6, %v7 : vector<2xbf16>
  %v9:2 = arith.mului_extended %v1, %arg0 : i64
  %v10 = arith.constant 11 : i7
  %v11 = arith.constant -64 : i7
  %v12 = arith.maxsi %v10, %v11 : i7
  %v13 = arith.constant 1 : i8
  %v14 = arith.extsi %v13 : i8 to i64
  %v15 = arith.constant 0 : i8
  %v16 = arith.extsi %v15 : i8 to i64
  %v17 = arith.cmpi eq, %v14, %v16 : i64
  %v18 = arith.constant 1 : i64
  %v19 = arith.xori %v9#1, %v18 : i64
  %v20 = arith.constant 0 : i64
  %v21 = arith.shrsi %v20, %v19 : i64
  %v22 = arith.extui %v15 : i8 to i64
  %v23 = arith.extui %v13 : i8 to i64
  %v24 = arith.cmpi ult, %v22, %v23 : i64
  %v25 = arith.cmpi sle, %v19, %arg0 : i64
  %v26 = arith.cmpi ult, %v22, %v23 : i64
  return %v21 : i64
}
