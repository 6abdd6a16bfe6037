// Random func/arith module, seed 112.
func.func @f0(%arg0: f32, %arg1: vector<2x3xi32>) -> (f32, i1) {
  %v0 = arith.constant 0x7F800000 : f32
  %v1 = arith.cmpf one, %v0, %arg0 : f32
  %v2 = arith.minimumf %v0, %arg0 : f32
  %v3 = arith.bitcast %v2 : f32 to i32
  %v4 = arith.constant true
  %v5 = arith.muli %v1, %v4 overflow<nuw> : i1
  %v6 = arith.constant -8 : i32
  %v7 = arith.shli %v6, %v3 : i32
  %v8 = arith.cmpf one, %arg0, %v2 : f32
  %v9 = arith.constant dense<7> : vector<2x3xi32>
  %v10 = arith.ceildivui %arg1, %v9 : vector<2x3xi32>
  %v11 = arith.ceildivui %arg1, %v9 : vector<2x3xi32>
  %v12 = arith.subf %arg0, %v0 fastmath<nsz> : f32
  %v13 = arith.constant dense<[[-1, 32, -4], [5, 1, 33554432]]> : vector<2x3xi32>
  %v14 = arith.shrui %v13, %arg1 : vector<2x3xi32>
  %v15 = arith.divf %arg0, %arg0 : f32
  %v16 = arith.constant -2.5 : f32
  %v17 = arith.remf %v16, %v2 fastmath<nnan,ninf> : f32
  %v18 = arith.truncf %v0 upward : f32 to f16
  %v19 = arith.subf %arg0, %v0 fastmath<nsz> : f32
  %v20 = arith.extui %v6 : i32 to i33
  %v21 = arith.constant dense<false> : vector<2x3xi1>
  %v22 = arith.select %v21, %v14, %v11 : vector<2x3xi1>, vector<2x3xi32>
  %v23 = arith.remf %v16, %v2 fastmath<nnan,ninf> : f32
  %v24 = arith.addf %v2, %v17 : f32
  %v25 = arith.select %v1, %v6, %v6 : i32
  %v26 = arith.constant dense<127> : vector<2xi8>
  %v27 = arith.cmpi ult, %v26, %v26 : vector<2xi8>
  return %v15, %v8 : f32, i1
}
func.func @f1(%arg0: i16, %arg1: i7, %arg2: f32, %arg3: f8E5M2) -> (i1, f8E5M2) {
  %v0 = arith.cmpi ule, %arg1, %arg1 : i7
  %v1 = arith.constant -64 : i7
  %v2 = arith.minsi %arg1, %v1 : i7
  %v3 = arith.constant dense<8192> : vector<2x3xi32>
  %v4:2 = func.call @f0(%arg2, %v3) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v5 = arith.xori %v1, %arg1 : i7
  %v6 = arith.constant 0x4E2DA421 : f32
  %v7 = arith.constant 100.0 : f32
  %v8 = arith.maximumf %v6, %v7 : f32
  %v9 = arith.constant 0x7F7FFFFF : f32
  %v10 = arith.negf %v9 : f32
  %v11 = arith.minnumf %v4#0, %arg2 fastmath<ninf> : f32
  %v12 = arith.constant dense<1> : vector<2x3xi32>
  %v13:2 = func.call @f0(%v9, %v12) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v14 = arith.maximumf %v6, %v7 : f32
  %v15 = arith.muli %v0, %v4#1 overflow<nuw> : i1
  %v16 = arith.muli %v0, %v4#1 overflow<nuw> : i1
  %v17 = arith.constant 0x7E : f8E5M2
  %v18 = arith.extf %v17 : f8E5M2 to f64
  %v19 = arith.constant true
  %v20 = arith.cmpi sgt, %v19, %v4#1 : i1
  %v21 = arith.muli %v0, %v4#1 overflow<nuw> : i1
  %v22 = arith.constant 0 : i7
  %v23 = arith.shrui %v1, %v22 : i7
  %v24 = arith.constant -0.0 : f32
  %v25 = arith.cmpf oge, %v9, %v24 : f32
  %v26 = arith.constant dense<10> : vector<2x3xi32>
  %v27 = arith.ceildivui %v3, %v26 : vector<2x3xi32>
  %v28 = arith.subi %arg0, %arg0 overflow<nsw, nuw> : i16
  %v29 = arith.extf %v17 : f8E5M2 to f64
  %v30 = arith.constant 0xBC : f8E5M2
  %v31 = arith.subf %arg3, %v30 : f8E5M2
  return %v20, %v31 : i1, f8E5M2
}
func.func @f2(%arg0: tensor<3xf16>) -> (f32, f32) {
  %v0 = arith.cmpf uge, %arg0, %arg0 fastmath<fast> : tensor<3xf16>
  %v1 = arith.index_castui %v0 : tensor<3xi1> to tensor<3xindex>
  %v2 = arith.constant -2.5 : f32
  %v3 = arith.constant dense<[[-2, 1073741824, 1], [1, -1, 2147483647]]> : vector<2x3xi32>
  %v4:2 = func.call @f0(%v2, %v3) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v5 = arith.extf %v4#0 : f32 to f64
  %v6 = arith.sitofp %v0 : tensor<3xi1> to tensor<3xf16>
  %v7 = arith.constant 10 : i16
  %v8 = arith.constant 63 : i7
  %v9 = arith.constant -1.0 : f8E5M2
  %v10:2 = func.call @f1(%v7, %v8, %v4#0, %v9) : (i16, i7, f32, f8E5M2) -> (i1, f8E5M2)
  %v11 = arith.constant dense<[1, 2576091376458931248, -1]> : tensor<3xindex>
  %v12 = arith.minui %v11, %v11 : tensor<3xindex>
  %v13 = arith.constant 0x7B : f8E5M2
  %v14 = arith.constant -2.5 : f8E5M2
  %v15 = arith.cmpf uno, %v13, %v14 : f8E5M2
  %v16 = arith.index_cast %v4#1 : i1 to index
  %v17 = arith.fptosi %v5 : f64 to i64
  %v18 = arith.constant dense<699625619> : vector<2x3xi32>
  %v19:2 = func.call @f0(%v2, %v18) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v20 = arith.constant 0x7C : f8E5M2
  %v21 = arith.remf %v13, %v20 : f8E5M2
  %v22 = arith.index_castui %v16 : index to i1
  %v23 = arith.minui %v11, %v11 : tensor<3xindex>
  %v24:2 = func.call @f0(%v4#0, %v18) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v25 = arith.minui %v0, %v0 : tensor<3xi1>
  %v26 = arith.index_cast %v16 : index to i128
  %v27 = arith.constant dense<-4> : vector<2x3xi64>
  %v28 = arith.constant dense<[[-1, 0, 63], [-9223372036854775808, 9, 65]]> : vector<2x3xi64>
  %v29:2 = arith.addui_extended %v27, %v28 : vector<2x3xi64>, vector<2x3xi1>
  return %v2, %v24#0 : f32, f32
}
func.func @f3(%arg0: i64, %arg1: index) -> (f32, f32) {
  %v0 = arith.constant 17592186044416 : index
  %v1 = arith.minui %arg1, %v0 : index
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.constant dense<[[-7, -1, -1], [921860037, 32, -6]]> : vector<2x3xi32>
  %v4:2 = func.call @f0(%v2, %v3) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v5 = arith.divf %v4#0, %v2 fastmath<nnan,ninf> : f32
  %v6 = arith.negf %v5 : f32
  %v7 = arith.constant dense<1> : vector<2x3xi32>
  %v8 = arith.cmpi uge, %v7, %v3 : vector<2x3xi32>
  %v9 = arith.minimumf %v5, %v6 : f32
  %v10 = arith.cmpi uge, %v7, %v3 : vector<2x3xi32>
  %v11 = arith.cmpf one, %v2, %v2 : f32
  %v12 = arith.mulf %v4#0, %v5 fastmath<arcp,afn> : f32
  %v13:2 = arith.mului_extended %arg0, %arg0 : i64
  %v14 = arith.constant 0x8000 : f16
  %v15 = arith.minimumf %v14, %v14 : f16
  %v16:2 = func.call @f0(%v2, %v3) : (f32, vector<2x3xi32>) -> (f32, i1)
  %v17 = arith.cmpf ule, %v2, %v12 fastmath<reassoc,contract> : f32
  %v18 = arith.constant 1.0e+10 : f32
  %v19 = arith.addf %v18, %v6 fastmath<nnan> : f32
  %v20 = arith.constant 0x7F800000 : f32
  %v21 = arith.cmpf ule, %v6, %v20 fastmath<fast> : f32
  return %v12, %v12 : f32, f32
}
