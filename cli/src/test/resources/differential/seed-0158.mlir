// Random func/arith module, seed 158.
func.func @f0(%arg0: f16, %arg1: f8E4M3, %arg2: f8E3M4, %arg3: f32) -> (f32, f32, f32) {
  %v0 = arith.constant 4096 : i16
  %v1 = arith.constant -2197 : i16
  %v2 = arith.addi %v0, %v1 : i16
  %v3 = arith.addi %v0, %v1 : i16
  %v4 = arith.bitcast %arg2 : f8E3M4 to f8E5M2
  %v5 = arith.constant 13 : i16
  %v6 = arith.shli %v5, %v3 overflow<nsw> : i16
  %v7 = arith.constant 8 : i16
  %v8 = arith.andi %v0, %v7 : i16
  %v9 = arith.andi %v7, %v0 : i16
  %v10 = arith.andi %v7, %v0 : i16
  %v11 = arith.constant 6 : i16
  %v12 = arith.ceildivui %v11, %v8 : i16
  %v13 = arith.constant 0x3F800000 : f32
  %v14 = arith.minimumf %arg3, %v13 : f32
  %v15 = arith.constant -7 : i16
  %v16 = arith.constant 1851 : i16
  %v17 = arith.divsi %v15, %v16 : i16
  %v18 = arith.constant -0.75 : f16
  %v19 = arith.fptosi %v18 : f16 to i1
  %v20 = arith.ceildivsi %v3, %v15 : i16
  %v21 = arith.constant 1 : i7
  %v22 = arith.constant 0 : i7
  %v23 = arith.remui %v21, %v22 : i7
  return %v14, %v14, %v14 : f32, f32, f32
}
func.func @f1(%arg0: tensor<2x2xbf16>, %arg1: f8E5M2FNUZ, %arg2: vector<4xf32>) -> (vector<4xi64>, f32, vector<4xf32>) {
  %v0 = arith.constant 0x03FF : f16
  %v1 = arith.constant 0x7C : f8E4M3
  %v2 = arith.constant 2.0 : f8E3M4
  %v3 = arith.constant 2.0 : f32
  %v4:3 = func.call @f0(%v0, %v1, %v2, %v3) : (f16, f8E4M3, f8E3M4, f32) -> (f32, f32, f32)
  %v5 = arith.constant 0xFC : f8E4M3
  %v6:3 = func.call @f0(%v0, %v5, %v2, %v3) : (f16, f8E4M3, f8E3M4, f32) -> (f32, f32, f32)
  %v7 = arith.constant 0x0000000000000001 : f64
  %v8 = arith.constant 4.0 : f64
  %v9 = arith.maxnumf %v7, %v8 fastmath<fast> : f64
  %v10 = arith.divf %v8, %v9 fastmath<reassoc,contract> : f64
  %v11:3 = func.call @f0(%v0, %v5, %v2, %v3) : (f16, f8E4M3, f8E3M4, f32) -> (f32, f32, f32)
  %v12 = arith.constant -1 : i33
  %v13 = arith.constant -1 : i33
  %v14 = arith.ori %v12, %v13 : i33
  %v15 = arith.constant dense<0x3F800000> : vector<4xf32>
  %v16 = arith.cmpf uno, %v15, %arg2 : vector<4xf32>
  %v17 = arith.remf %arg0, %arg0 : tensor<2x2xbf16>
  %v18 = arith.constant dense<-1.0> : vector<2xf32>
  %v19 = arith.extf %v18 fastmath<nnan> : vector<2xf32> to vector<2xf64>
  %v20 = arith.extui %v16 : vector<4xi1> to vector<4xi16>
  %v21 = arith.extui %v16 : vector<4xi1> to vector<4xi64>
  %v22 = arith.minnumf %v15, %arg2 : vector<4xf32>
  %v23 = arith.extui %v16 : vector<4xi1> to vector<4xi64>
  %v24 = arith.index_castui %v20 : vector<4xi16> to vector<4xindex>
  %v25 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v26 = arith.uitofp %v25 : vector<4xi1> to vector<4xf64>
  %v27 = arith.remf %arg0, %arg0 : tensor<2x2xbf16>
  return %v21, %v11#0, %v22 : vector<4xi64>, f32, vector<4xf32>
}
func.func @f2(%arg0: index, %arg1: tensor<3xf64>, %arg2: bf16, %arg3: tensor<2x2xbf16>) -> (f32, index, index, index) {
  %v0 = arith.constant -2.5 : f16
  %v1 = arith.constant 0xF8 : f8E4M3
  %v2 = arith.constant 1.0 : f8E3M4
  %v3 = arith.constant 0.5 : f32
  %v4:3 = func.call @f0(%v0, %v1, %v2, %v3) : (f16, f8E4M3, f8E3M4, f32) -> (f32, f32, f32)
  %v5 = arith.constant dense<[0x8000000000000000, 0x7FF0000000000000, -3.0e-05]> : tensor<3xf64>
  %v6 = arith.addf %v5, %v5 fastmath<nnan,ninf> : tensor<3xf64>
  %v7:3 = func.call @f0(%v0, %v1, %v2, %v3) : (f16, f8E4M3, f8E3M4, f32) -> (f32, f32, f32)
  %v8 = arith.constant -7 : index
  %v9 = arith.remui %v8, %arg0 : index
  %v10 = arith.constant 63 : i7
  %v11 = arith.constant 16 : i7
  %v12 = arith.addi %v10, %v11 overflow<none> : i7
  %v13 = arith.constant 0x6AA8 : bf16
  %v14 = arith.addf %v13, %arg2 fastmath<reassoc,contract> : bf16
  %v15 = arith.ceildivsi %v9, %arg0 : index
  %v16 = arith.muli %arg0, %v9 : index
  %v17 = arith.constant 0x0001 : bf16
  %v18 = arith.fptoui %v17 : bf16 to i8
  %v19 = arith.constant 127 : i8
  %v20 = arith.ceildivsi %v19, %v18 : i8
  %v21 = arith.constant true
  %v22 = arith.constant -1.0 : f8E4M3FN
  %v23 = arith.constant 0x01 : f8E4M3FN
  %v24 = arith.select %v21, %v22, %v23 : f8E4M3FN
  %v25 = arith.constant -4 : i8
  %v26 = arith.select %v21, %v18, %v25 : i8
  return %v4#0, %v16, %v15, %v16 : f32, index, index, index
}
