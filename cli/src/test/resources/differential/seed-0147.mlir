// Random func/arith module, seed 147.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: vector<2xf64>, %arg2: i8, %arg3: f32) -> (i1, i16, i8) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.ori %arg2, %v0 : i8
  %v2 = arith.constant dense<[[-32768, 13, 0], [2, -32768, -32768]]> : vector<2x3xi16>
  %v3 = arith.floordivsi %v2, %v2 : vector<2x3xi16>
  %v4 = arith.constant -4 : i7
  %v5 = arith.shrsi %v4, %v4 : i7
  %v6 = arith.minui %v1, %v0 : i8
  %v7 = arith.remsi %v1, %v6 : i8
  %v8 = arith.constant 0xBF : f8E3M4
  %v9 = arith.negf %v8 : f8E3M4
  %v10 = arith.constant 16 : i7
  %v11 = arith.cmpi slt, %v5, %v10 : i7
  %v12 = arith.addf %arg0, %arg0 : f8E4M3FNUZ
  %v13 = arith.constant 0x7F7FFFFF : f32
  %v14 = arith.cmpf ogt, %arg3, %v13 : f32
  %v15 = arith.extui %v14 : i1 to i16
  %v16 = arith.ori %v15, %v15 : i16
  %v17 = arith.constant 0x7FC00000 : f32
  %v18 = arith.negf %v17 : f32
  %v19 = arith.cmpi ult, %v14, %v14 : i1
  %v20 = arith.select %v19, %v14, %v14 : i1
  %v21 = arith.minimumf %v13, %v17 : f32
  %v22 = arith.constant 11 : i16
  %v23 = arith.constant -2 : i16
  %v24 = arith.floordivsi %v22, %v23 : i16
  %v25 = arith.constant dense<15> : vector<2x3xi16>
  %v26 = arith.constant dense<0> : vector<2x3xi16>
  %v27 = arith.shli %v25, %v26 : vector<2x3xi16>
  %v28 = arith.cmpf ogt, %arg3, %v13 : f32
  %v29 = arith.minnumf %arg0, %v12 fastmath<none> : f8E4M3FNUZ
  return %v20, %v16, %v1 : i1, i16, i8
}
func.func @f1(%arg0: tensor<2x2xi64>, %arg1: index, %arg2: i7, %arg3: vector<2x3xf64>) -> vector<2x3xf64> {
  %v0 = arith.extsi %arg2 : i7 to i128
  %v1 = arith.remsi %arg1, %arg1 : index
  %v2 = arith.constant 6 : index
  %v3 = arith.cmpi ult, %v2, %v1 : index
  %v4 = arith.constant -1 : i32
  %v5 = arith.constant 0 : i32
  %v6:2 = arith.addui_extended %v4, %v5 : i32, i1
  %v7 = arith.cmpi ult, %v2, %v1 : index
  %v8 = arith.bitcast %arg3 : vector<2x3xf64> to vector<2x3xi64>
  %v9 = arith.constant dense<1.0> : vector<2x3xf64>
  %v10 = arith.subf %v9, %arg3 : vector<2x3xf64>
  %v11 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v12 = arith.select %v7, %v11, %v11 : vector<2x3xf64>
  %v13 = arith.extsi %v7 : i1 to i16
  return %v12 : vector<2x3xf64>
}
func.func @f2(%arg0: tensor<2x2xf64>, %arg1: i32, %arg2: vector<2x3xbf16>) -> (tensor<2x2xbf16>, i16, f8E5M2, i1) {
  %v0 = arith.mulf %arg0, %arg0 : tensor<2x2xf64>
  %v1 = arith.negf %arg2 fastmath<nnan,ninf> : vector<2x3xbf16>
  %v2 = arith.cmpi sge, %arg1, %arg1 : i32
  %v3 = arith.extf %arg2 fastmath<fast> : vector<2x3xbf16> to vector<2x3xf64>
  %v4 = arith.cmpi sge, %arg1, %arg1 : i32
  %v5 = arith.cmpf oge, %arg2, %v1 : vector<2x3xbf16>
  %v6 = arith.constant 8388608 : i32
  %v7 = arith.xori %arg1, %v6 : i32
  %v8 = arith.constant dense<[[9223372036854775807, 1], [6938940084839299599, 65]]> : tensor<2x2xi64>
  %v9 = arith.constant 15 : index
  %v10 = arith.constant 0 : i7
  %v11 = arith.constant dense<-0.75> : vector<2x3xf64>
  %v12 = func.call @f1(%v8, %v9, %v10, %v11) : (tensor<2x2xi64>, index, i7, vector<2x3xf64>) -> vector<2x3xf64>
  %v13 = arith.constant dense<[[0xBFF0000000000000, 0x42BAE9F1556563F9], [0xEB3ED35B06F3B7AD, 0x0010000000000000]]> : tensor<2x2xf64>
  %v14 = arith.divf %arg0, %v13 : tensor<2x2xf64>
  %v15 = arith.constant dense<1.0> : tensor<2x2xf64>
  %v16 = arith.mulf %v14, %v15 : tensor<2x2xf64>
  %v17 = arith.truncf %arg0 downward fastmath<nnan,ninf> : tensor<2x2xf64> to tensor<2x2xbf16>
  %v18 = arith.constant 0x08 : f8E4M3FNUZ
  %v19 = arith.constant dense<0xFFF8000000000000> : vector<2xf64>
  %v20 = arith.constant -128 : i8
  %v21 = arith.constant 0xFF800000 : f32
  %v22:3 = func.call @f0(%v18, %v19, %v20, %v21) : (f8E4M3FNUZ, vector<2xf64>, i8, f32) -> (i1, i16, i8)
  %v23 = arith.constant 7 : i8
  %v24 = arith.shrui %v23, %v20 : i8
  %v25 = arith.constant dense<7.0> : tensor<2x2xbf16>
  %v26 = arith.minnumf %v25, %v17 : tensor<2x2xbf16>
  %v27 = arith.constant 16 : i32
  %v28 = arith.constant 15 : i32
  %v29 = arith.minsi %v27, %v28 : i32
  %v30:3 = func.call @f0(%v18, %v19, %v22#2, %v21) : (f8E4M3FNUZ, vector<2xf64>, i8, f32) -> (i1, i16, i8)
  %v31 = arith.constant 63 : i7
  %v32 = arith.muli %v10, %v31 : i7
  %v33 = arith.constant 14 : i7
  %v34 = arith.muli %v32, %v33 : i7
  %v35 = arith.constant 4 : i16
  %v36 = arith.floordivsi %v30#1, %v35 : i16
  %v37 = arith.constant dense<-1> : tensor<2x2xi8>
  %v38 = arith.cmpi ult, %v37, %v37 : tensor<2x2xi8>
  %v39 = arith.select %v38, %v37, %v37 : tensor<2x2xi1>, tensor<2x2xi8>
  %v40:3 = func.call @f0(%v18, %v19, %v20, %v21) : (f8E4M3FNUZ, vector<2xf64>, i8, f32) -> (i1, i16, i8)
  %v41 = arith.constant 3.0 : f8E5M2
  %v42 = arith.constant 0.5 : f8E5M2
  %v43 = arith.addf %v41, %v42 : f8E5M2
  return %v17, %v36, %v42, %v40#0 : tensor<2x2xbf16>, i16, f8E5M2, i1
}
