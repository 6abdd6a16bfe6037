// Random func/arith module, seed 24.
func.func @f0(%arg0: vector<4xbf16>, %arg1: i8, %arg2: index) -> (i8, index, f32) {
  %v0 = arith.constant -4 : i8
  %v1:2 = arith.mului_extended %v0, %arg1 : i8
  %v2 = arith.cmpi slt, %v0, %arg1 : i8
  %v3 = arith.constant dense<0xE467> : vector<4xbf16>
  %v4 = arith.extf %v3 : vector<4xbf16> to vector<4xf64>
  %v5 = arith.cmpi slt, %v0, %arg1 : i8
  %v6 = arith.constant dense<-0.75> : vector<4xf64>
  %v7 = arith.minimumf %v4, %v6 fastmath<none> : vector<4xf64>
  %v8 = arith.cmpi slt, %v0, %arg1 : i8
  %v9 = arith.negf %v4 fastmath<reassoc,contract> : vector<4xf64>
  %v10 = arith.sitofp %v5 : i1 to f8E5M2
  %v11 = arith.sitofp %v5 : i1 to f8E5M2
  %v12 = arith.constant -1 : i8
  %v13 = arith.constant 14 : i8
  %v14 = arith.xori %v13, %v12 : i8
  %v15 = arith.xori %v14, %v12 : i8
  %v16 = arith.constant 0x00800000 : f32
  %v17 = arith.negf %v16 : f32
  %v18 = arith.negf %v17 : f32
  %v19 = arith.constant 100.0 : f32
  %v20 = arith.subf %v17, %v19 : f32
  %v21 = arith.minnumf %v10, %v11 fastmath<nsz> : f8E5M2
  %v22:2 = arith.mului_extended %v0, %arg1 : i8
  %v23 = arith.constant dense<144115188075855872> : tensor<2x2xindex>
  %v24 = arith.cmpi ult, %v23, %v23 : tensor<2x2xindex>
  %v25 = arith.cmpf ueq, %arg0, %arg0 : vector<4xbf16>
  %v26 = arith.constant 0x00 : f8E5M2
  %v27 = arith.extf %v26 fastmath<fast> : f8E5M2 to f16
  %v28 = arith.constant dense<true> : vector<4xi1>
  %v29 = arith.ceildivsi %v28, %v28 : vector<4xi1>
  %v30 = arith.index_castui %v22#1 : i8 to index
  %v31 = arith.index_castui %v30 : index to i8
  %v32 = arith.ceildivsi %v28, %v28 : vector<4xi1>
  return %v22#1, %v30, %v20 : i8, index, f32
}
func.func @f1(%arg0: index, %arg1: vector<4xi1>, %arg2: f8E4M3B11FNUZ) -> (i8, index) {
  %v0 = arith.extui %arg1 : vector<4xi1> to vector<4xi64>
  %v1 = arith.extui %arg1 : vector<4xi1> to vector<4xi64>
  %v2 = arith.cmpi eq, %v0, %v1 : vector<4xi64>
  %v3 = arith.constant -2 : i128
  %v4 = arith.constant 1267650600228229401496703205376 : i128
  %v5 = arith.cmpi ult, %v3, %v4 : i128
  %v6 = arith.constant dense<[false, false, true, false]> : vector<4xi1>
  %v7 = arith.minsi %v6, %arg1 : vector<4xi1>
  %v8 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v9 = arith.cmpf ord, %v8, %arg2 : f8E4M3B11FNUZ
  %v10 = arith.minsi %arg1, %v6 : vector<4xi1>
  %v11 = arith.extui %arg1 : vector<4xi1> to vector<4xi64>
  %v12 = arith.cmpi ult, %v3, %v4 : i128
  %v13 = arith.constant 1 : index
  %v14 = arith.shrui %arg0, %v13 : index
  %v15 = arith.bitcast %arg2 : f8E4M3B11FNUZ to f8E4M3FNUZ
  %v16 = arith.constant 0x80 : f8E4M3FNUZ
  %v17 = arith.minnumf %v15, %v16 : f8E4M3FNUZ
  %v18 = arith.constant dense<[-4, -128, -1, 0]> : vector<4xi8>
  %v19 = arith.constant dense<[-128, -128, 6, 8]> : vector<4xi8>
  %v20 = arith.addi %v18, %v19 : vector<4xi8>
  %v21 = arith.constant dense<-8> : vector<4xi8>
  %v22 = arith.addi %v21, %v20 : vector<4xi8>
  %v23 = arith.constant false
  %v24 = arith.ceildivsi %v9, %v23 : i1
  %v25 = arith.shrsi %v7, %v10 : vector<4xi1>
  %v26 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v27 = arith.negf %v26 : tensor<2x2xf64>
  %v28 = arith.constant dense<0x0080> : vector<4xbf16>
  %v29 = arith.constant 7 : i8
  %v30:3 = func.call @f0(%v28, %v29, %v14) : (vector<4xbf16>, i8, index) -> (i8, index, f32)
  return %v30#0, %v30#1 : i8, index
}
func.func @f2(%arg0: bf16, %arg1: f32) -> index {
  %v0 = arith.constant 6 : i16
  %v1 = arith.uitofp %v0 : i16 to f32
  %v2 = arith.fptoui %v1 : f32 to i16
  %v3 = arith.subf %arg0, %arg0 fastmath<reassoc,contract> : bf16
  %v4 = arith.constant 15 : i16
  %v5 = arith.addi %v0, %v4 : i16
  %v6 = arith.fptoui %arg1 : f32 to i33
  %v7 = arith.constant 13 : i33
  %v8 = arith.cmpi eq, %v6, %v7 : i33
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.select %v8, %v9, %v10 : i1
  %v12:2 = arith.mului_extended %v8, %v8 : i1
  %v13 = arith.divsi %v6, %v6 : i33
  %v14 = arith.constant dense<0x0001> : vector<4xbf16>
  %v15 = arith.constant -7 : i8
  %v16 = arith.constant 8 : index
  %v17:3 = func.call @f0(%v14, %v15, %v16) : (vector<4xbf16>, i8, index) -> (i8, index, f32)
  %v18:3 = func.call @f0(%v14, %v17#0, %v17#1) : (vector<4xbf16>, i8, index) -> (i8, index, f32)
  %v19 = arith.negf %v18#2 : f32
  %v20 = arith.negf %v19 : f32
  %v21 = arith.constant 0x3F80 : bf16
  %v22 = arith.maximumf %v3, %v21 fastmath<nsz> : bf16
  return %v16 : index
}
