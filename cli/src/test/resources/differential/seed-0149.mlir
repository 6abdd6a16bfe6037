// Random func/arith module, seed 149.
func.func @f0(%arg0: f8E3M4, %arg1: i1) -> (f8E3M4, i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.floordivsi %v0, %arg1 : i1
  %v2 = arith.constant true
  %v3 = arith.select %v0, %v2, %v0 : i1
  %v4 = arith.constant false
  %v5 = arith.xori %v2, %v4 : i1
  %v6 = arith.constant 0x6F : f8E3M4
  %v7 = arith.negf %v6 fastmath<ninf> : f8E3M4
  %v8 = arith.constant true
  %v9 = arith.cmpi ule, %v4, %v8 : i1
  %v10 = arith.cmpf oge, %v6, %arg0 : f8E3M4
  %v11 = arith.cmpi ule, %v4, %v8 : i1
  %v12 = arith.divui %v8, %arg1 : i1
  %v13 = arith.divui %v8, %arg1 : i1
  %v14 = arith.constant true
  %v15 = arith.select %v14, %arg0, %v6 : f8E3M4
  %v16 = arith.constant 0xF0 : f8E3M4
  %v17 = arith.bitcast %v16 : f8E3M4 to i8
  %v18 = arith.constant 0x1B : f8E3M4
  %v19 = arith.maxnumf %v18, %v15 : f8E3M4
  %v20 = arith.negf %v6 fastmath<ninf> : f8E3M4
  %v21 = arith.constant 0x72 : f8E3M4
  %v22 = arith.constant 0x30 : f8E3M4
  %v23 = arith.cmpf true, %v21, %v22 fastmath<arcp,afn> : f8E3M4
  %v24 = arith.xori %v2, %v4 : i1
  %v25 = arith.select %v3, %v1, %v4 : i1
  %v26 = arith.muli %v4, %v13 : i1
  %v27 = arith.ceildivui %v2, %v10 : i1
  %v28 = arith.constant true
  %v29 = arith.constant 0xFFF8000000000000 : f64
  %v30 = arith.constant 0x0000000000000000 : f64
  %v31 = arith.select %v28, %v29, %v30 : f64
  %v32 = arith.sitofp %arg1 : i1 to f16
  %v33 = arith.cmpf ule, %v7, %v6 : f8E3M4
  %v34 = arith.cmpi sle, %v4, %v13 : i1
  %v35 = arith.sitofp %arg1 : i1 to f16
  return %v19, %v34, %v5 : f8E3M4, i1, i1
}
func.func @f1(%arg0: f16) -> (i1, i8) {
  %v0 = arith.constant 1 : i8
  %v1 = arith.index_castui %v0 : i8 to index
  %v2:2 = arith.addui_extended %v0, %v0 : i8, i1
  %v3 = arith.constant 2147483647 : i32
  %v4 = arith.maxsi %v3, %v3 : i32
  %v5 = arith.maxsi %v3, %v3 : i32
  %v6 = arith.index_castui %v0 : i8 to index
  %v7 = arith.constant 1 : i8
  %v8 = arith.extsi %v7 : i8 to i16
  %v9 = arith.constant 0x80 : f8E3M4
  %v10:3 = func.call @f0(%v9, %v2#1) : (f8E3M4, i1) -> (f8E3M4, i1, i1)
  %v11 = arith.constant true
  %v12 = arith.shli %v2#1, %v11 : i1
  %v13 = arith.cmpf ord, %arg0, %arg0 : f16
  return %v10#1, %v2#0 : i1, i8
}
func.func @f2(%arg0: i16, %arg1: vector<2xf16>) -> (i1, i1) {
  %v0 = arith.constant dense<[0x7C00, -3.0e-05]> : vector<2xf16>
  %v1 = arith.cmpf false, %v0, %arg1 : vector<2xf16>
  %v2 = arith.constant dense<0x8000> : vector<2xf16>
  %v3 = arith.subf %arg1, %v2 : vector<2xf16>
  %v4 = arith.subf %arg1, %v2 : vector<2xf16>
  %v5 = arith.minimumf %v0, %v3 fastmath<nsz> : vector<2xf16>
  %v6 = arith.constant 32767 : i16
  %v7 = arith.maxsi %arg0, %v6 : i16
  %v8 = arith.ori %v6, %v7 : i16
  %v9 = arith.constant dense<[0x03FF, 100.0]> : vector<2xf16>
  %v10 = arith.mulf %v2, %v9 fastmath<none> : vector<2xf16>
  %v11 = arith.maxsi %arg0, %v6 : i16
  %v12 = arith.subf %arg1, %v2 : vector<2xf16>
  %v13 = arith.constant dense<true> : vector<2xi1>
  %v14 = arith.constant dense<true> : vector<2xi1>
  %v15 = arith.shrsi %v13, %v14 : vector<2xi1>
  %v16 = arith.subf %v9, %v2 : vector<2xf16>
  %v17 = arith.cmpi ne, %v7, %v8 : i16
  %v18 = arith.index_castui %v1 : vector<2xi1> to vector<2xindex>
  %v19 = arith.divf %v4, %v2 : vector<2xf16>
  %v20:2 = arith.mului_extended %v15, %v1 : vector<2xi1>
  %v21 = arith.constant true
  %v22 = arith.cmpi ult, %v17, %v21 : i1
  %v23 = arith.constant true
  %v24:2 = arith.mulsi_extended %v17, %v23 : i1
  %v25 = arith.minnumf %arg1, %v2 : vector<2xf16>
  %v26 = arith.constant 9 : i16
  %v27:2 = arith.addui_extended %v26, %arg0 : i16, i1
  %v28 = arith.maxui %v1, %v14 : vector<2xi1>
  return %v17, %v24#1 : i1, i1
}
