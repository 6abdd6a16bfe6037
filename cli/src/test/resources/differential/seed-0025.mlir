// Random func/arith module, seed 25.
func.func @f0(%arg0: i64, %arg1: vector<2x3xi1>, %arg2: i64, %arg3: i64) {
  %v0 = arith.constant 0x007FFFFF : f32
  %v1 = arith.constant 0x3F800000 : f32
  %v2 = arith.minimumf %v0, %v1 fastmath<nnan> : f32
  %v3 = arith.divf %v1, %v2 : f32
  %v4 = arith.divf %v1, %v0 : f32
  %v5 = arith.constant -1 : i64
  %v6 = arith.andi %arg3, %v5 : i64
  %v7 = arith.constant 18446744073709551612 : i64
  %v8 = arith.andi %v6, %v7 : i64
  %v9 = arith.cmpf oeq, %v1, %v1 : f32
  %v10 = arith.divf %v1, %v2 : f32
  %v11 = arith.addf %v0, %v1 fastmath<reassoc,contract> : f32
  %v12 = arith.bitcast %v7 : i64 to f64
  %v13 = arith.constant dense<[-0.75, 2.0]> : vector<2xf16>
  %v14 = arith.constant dense<[0x0400, 0x03FF]> : vector<2xf16>
  %v15 = arith.maximumf %v13, %v14 : vector<2xf16>
  %v16 = arith.constant dense<false> : vector<2x3xi1>
  %v17 = arith.constant dense<false> : vector<2x3xi1>
  %v18 = arith.andi %v16, %v17 : vector<2x3xi1>
  %v19 = arith.index_cast %v18 : vector<2x3xi1> to vector<2x3xindex>
  %v20 = arith.select %v16, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi1>
  %v21 = arith.constant dense<524288> : vector<2x3xi64>
  %v22 = arith.constant dense<2> : vector<2x3xi64>
  %v23:2 = arith.addui_extended %v21, %v22 : vector<2x3xi64>, vector<2x3xi1>
  %v24 = arith.select %v16, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi1>
  %v25 = arith.fptosi %v14 : vector<2xf16> to vector<2xi16>
  %v26 = arith.constant dense<100.0> : vector<2xf16>
  %v27 = arith.mulf %v15, %v26 fastmath<ninf> : vector<2xf16>
  %v28 = arith.constant 1 : i16
  %v29 = arith.constant 8 : i16
  %v30 = arith.muli %v28, %v29 : i16
  %v31 = arith.constant 0x03 : f8E5M2
  %v32 = arith.constant 4.0 : f8E5M2
  %v33 = arith.cmpf one, %v31, %v32 : f8E5M2
  return
}
func.func @f1(%arg0: f8E5M2FNUZ) -> (f8E5M2FNUZ, f8E5M2FNUZ) {
  %v0 = arith.constant 10 : index
  %v1 = arith.cmpi sgt, %v0, %v0 : index
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v2, %v3 : i1
  %v5 = arith.constant true
  %v6 = arith.ori %v3, %v5 : i1
  %v7 = arith.bitcast %arg0 : f8E5M2FNUZ to f8E3M4
  %v8 = arith.extui %v5 : i1 to i16
  %v9 = arith.trunci %v8 : i16 to i1
  %v10 = arith.trunci %v8 : i16 to i1
  %v11 = arith.constant 0xBC : f8E5M2FNUZ
  %v12 = arith.select %v3, %arg0, %v11 : f8E5M2FNUZ
  %v13 = arith.constant true
  %v14 = arith.constant 100.0 : f8E3M4
  %v15 = arith.select %v13, %v14, %v7 : f8E3M4
  %v16 = arith.constant 7.0 : f8E5M2FNUZ
  %v17 = arith.maximumf %arg0, %v16 : f8E5M2FNUZ
  %v18 = arith.cmpi sgt, %v0, %v0 : index
  return %v17, %v17 : f8E5M2FNUZ, f8E5M2FNUZ
}
func.func @f2(%arg0: i1) -> (i1, i1) {
  %v0 = arith.constant false
  %v1 = arith.remui %v0, %arg0 : i1
  %v2 = arith.constant 1.0e+10 : f32
  %v3 = arith.subf %v2, %v2 : f32
  %v4 = arith.constant true
  %v5 = arith.cmpi ule, %v1, %v4 : i1
  %v6 = arith.select %v5, %v1, %v4 : i1
  %v7 = arith.floordivsi %v5, %v1 : i1
  %v8 = arith.ceildivsi %v7, %v5 : i1
  %v9 = arith.constant 1.0 : f32
  %v10 = arith.cmpf une, %v3, %v9 fastmath<none> : f32
  %v11 = arith.cmpi sle, %v0, %v4 : i1
  %v12 = arith.negf %v2 : f32
  %v13 = arith.ceildivui %v6, %v7 : i1
  %v14 = arith.constant 0x7F7FFFFF : f32
  %v15 = arith.constant 0x1BFB5B98 : f32
  %v16 = arith.remf %v14, %v15 fastmath<nnan> : f32
  %v17 = arith.constant false
  %v18 = arith.cmpi ule, %v1, %v17 : i1
  %v19 = arith.constant 1.0 : f32
  %v20 = arith.mulf %v14, %v19 : f32
  %v21 = arith.mulf %v14, %v19 : f32
  %v22 = arith.andi %v4, %v8 : i1
  %v23 = arith.extsi %v22 : i1 to i64
  %v24 = arith.constant 0.1 : f16
  %v25 = arith.constant 0x7196 : f16
  %v26 = arith.addf %v24, %v25 fastmath<nsz> : f16
  %v27 = arith.floordivsi %v1, %v5 : i1
  %v28 = arith.mulf %v14, %v19 : f32
  %v29 = arith.floordivsi %v1, %v5 : i1
  %v30 = arith.constant true
  %v31 = arith.floordivsi %v7, %v30 : i1
  return %v18, %v31 : i1, i1
}
func.func @f3(%arg0: i64, %arg1: tensor<2x2xf32>, %arg2: f64, %arg3: i64) -> i64 {
  %v0 = arith.constant dense<[0x0000000000000000, 2.0]> : vector<2xf64>
  %v1 = arith.maximumf %v0, %v0 : vector<2xf64>
  %v2 = arith.constant dense<0x8000> : vector<2xbf16>
  %v3 = arith.maximumf %v2, %v2 : vector<2xbf16>
  %v4 = arith.constant dense<1.0e+10> : tensor<2x2xf32>
  %v5 = arith.maximumf %arg1, %v4 : tensor<2x2xf32>
  %v6 = arith.maximumf %v2, %v2 : vector<2xbf16>
  %v7 = arith.andi %arg0, %arg3 : i64
  %v8 = arith.constant -1 : i64
  %v9 = arith.constant 8796093022208 : i64
  %v10 = arith.xori %v8, %v9 : i64
  %v11 = arith.constant 0 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.constant -5 : i64
  %v14 = arith.cmpi sge, %v12, %v13 : i64
  %v15 = arith.constant -5 : i64
  %v16 = arith.cmpi slt, %v15, %arg0 : i64
  %v17 = arith.select %v16, %v15, %arg0 : i64
  %v18 = arith.constant dense<true> : vector<2x3xi1>
  func.call @f0(%arg0, %v18, %v12, %v7) : (i64, vector<2x3xi1>, i64, i64) -> ()
  %v20 = arith.constant dense<[[false, true, false], [true, true, true]]> : vector<2x3xi1>
  func.call @f0(%arg0, %v20, %arg0, %v8) : (i64, vector<2x3xi1>, i64, i64) -> ()
  return %v12 : i64
}
