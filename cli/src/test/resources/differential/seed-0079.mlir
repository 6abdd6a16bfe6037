// Random func/arith module, seed 79.
func.func @f0(%arg0: f16) -> (f8E4M3FNUZ, i1) {
  %v0 = arith.constant false
  %v1 = arith.sitofp %v0 : i1 to f32
  %v2 = arith.fptosi %v1 : f32 to i1
  %v3 = arith.fptosi %v1 : f32 to i1
  %v4 = arith.constant true
  %v5 = arith.cmpi slt, %v4, %v0 : i1
  %v6 = arith.fptosi %v1 : f32 to i1
  %v7 = arith.constant false
  %v8 = arith.cmpi sle, %v7, %v5 : i1
  %v9 = arith.constant 1.0 : f16
  %v10 = arith.mulf %arg0, %v9 fastmath<ninf> : f16
  %v11 = arith.fptosi %v1 : f32 to i1
  %v12 = arith.addi %v11, %v7 : i1
  %v13 = arith.subi %v7, %v0 : i1
  %v14 = arith.cmpi sle, %v0, %v3 : i1
  %v15 = arith.constant 0xF8 : f8E4M3FNUZ
  %v16 = arith.select %v4, %v15, %v15 : f8E4M3FNUZ
  %v17 = arith.maxnumf %v15, %v16 : f8E4M3FNUZ
  %v18 = arith.negf %v15 : f8E4M3FNUZ
  %v19 = arith.constant -466448706 : i32
  %v20 = arith.constant 7 : i32
  %v21 = arith.muli %v19, %v20 : i32
  %v22 = arith.constant 0 : i32
  %v23 = arith.muli %v22, %v21 : i32
  %v24 = arith.addi %v11, %v7 : i1
  return %v17, %v13 : f8E4M3FNUZ, i1
}
func.func @f1(%arg0: i128, %arg1: f16) -> (i128, i128) {
  %v0 = arith.constant 0xFE00 : f16
  %v1:2 = func.call @f0(%v0) : (f16) -> (f8E4M3FNUZ, i1)
  %v2 = arith.constant false
  %v3 = arith.shli %v1#1, %v2 overflow<nsw, nuw> : i1
  %v4 = arith.cmpf uge, %v0, %v0 : f16
  %v5 = arith.constant false
  %v6 = arith.cmpi slt, %v1#1, %v5 : i1
  %v7 = arith.cmpi slt, %v1#1, %v5 : i1
  %v8 = arith.constant 3 : i128
  %v9:2 = arith.mului_extended %v8, %arg0 : i128
  %v10 = arith.constant 0 : i128
  %v11 = arith.cmpi eq, %v10, %v9#0 : i128
  %v12 = arith.constant false
  %v13 = arith.select %v12, %v9#1, %v10 : i128
  %v14 = arith.constant 121157717386976620869123125979980248228 : i128
  %v15 = arith.maxsi %v14, %v13 : i128
  %v16 = arith.divf %v1#0, %v1#0 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v17 = arith.select %v12, %v9#1, %v10 : i128
  return %v9#0, %v9#1 : i128, i128
}
func.func @f2(%arg0: i32) -> (f8E4M3FNUZ, i32) {
  %v0 = arith.constant -19 : i8
  %v1 = arith.constant -3 : i8
  %v2 = arith.maxsi %v0, %v1 : i8
  %v3 = arith.index_cast %arg0 : i32 to index
  %v4 = arith.constant dense<0x7FF0000000000000> : vector<2x3xf64>
  %v5 = arith.constant dense<-1.0> : vector<2x3xf64>
  %v6 = arith.cmpf true, %v4, %v5 : vector<2x3xf64>
  %v7 = arith.index_cast %arg0 : i32 to index
  %v8 = arith.minimumf %v5, %v4 : vector<2x3xf64>
  %v9 = arith.cmpf one, %v4, %v5 fastmath<fast> : vector<2x3xf64>
  %v10 = arith.index_cast %arg0 : i32 to index
  %v11 = arith.divsi %arg0, %arg0 exact {tag = 1 : i64} : i32
  %v12 = arith.index_cast %arg0 : i32 to index
  %v13 = arith.index_cast %arg0 : i32 to index
  %v14 = arith.constant dense<0x7FF0000000000000> : vector<2x3xf64>
  %v15 = arith.fptoui %v14 : vector<2x3xf64> to vector<2x3xi32>
  %v16 = arith.constant dense<[[0x3FF0000000000000, 0x7FF8000000000000, -0.75], [0x8000000000000000, 0x36CF68CD756C75F8, 0x7FEFFFFFFFFFFFFF]]> : vector<2x3xf64>
  %v17 = arith.cmpf olt, %v16, %v14 fastmath<none> : vector<2x3xf64>
  %v18 = arith.constant 1 : index
  %v19 = arith.remsi %v10, %v18 : index
  %v20 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v21 = arith.constant dense<0xBB9BF9925725527B> : vector<4xf64>
  %v22 = arith.mulf %v20, %v21 fastmath<none> : vector<4xf64>
  %v23 = arith.ceildivsi %v11, %arg0 : i32
  %v24 = arith.constant dense<-3.0e-05> : vector<4xf64>
  %v25 = arith.cmpf ult, %v22, %v24 fastmath<nnan,ninf> : vector<4xf64>
  %v26 = arith.constant 0x0001 : f16
  %v27:2 = func.call @f0(%v26) : (f16) -> (f8E4M3FNUZ, i1)
  %v28 = arith.constant 0.5 : f8E4M3FNUZ
  %v29 = arith.negf %v28 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v30 = arith.negf %v28 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v31 = arith.constant 127 : i128
  %v32:2 = func.call @f1(%v31, %v26) : (i128, f16) -> (i128, i128)
  return %v27#0, %v23 : f8E4M3FNUZ, i32
}
func.func @f3(%arg0: i16) -> (i16, i16, i16, i16) {
  %v0 = arith.constant 55466 : i16
  %v1 = arith.cmpi ule, %arg0, %v0 : i16
  %v2 = arith.minui %arg0, %v0 : i16
  %v3 = arith.minui %v0, %arg0 : i16
  %v4 = arith.constant 3.0 : tf32
  %v5 = arith.constant 0x3FE00 : tf32
  %v6 = arith.cmpf uge, %v4, %v5 : tf32
  %v7 = arith.constant 15 : i16
  %v8 = arith.floordivsi %v0, %v7 : i16
  %v9 = arith.constant 1 : i64
  %v10 = arith.constant 1 : i64
  %v11 = arith.divui %v9, %v10 : i64
  return %v8, %v8, %v8, %v8 : i16, i16, i16, i16
}
