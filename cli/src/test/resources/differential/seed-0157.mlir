// Random func/arith module, seed 157.
func.func @f0(%arg0: i64, %arg1: tensor<2x2xi8>, %arg2: vector<2xindex>) -> i64 {
  %v0 = arith.extui %arg1 : tensor<2x2xi8> to tensor<2x2xi64>
  %v1 = arith.extui %arg1 : tensor<2x2xi8> to tensor<2x2xi64>
  %v2 = arith.cmpi ult, %v0, %v1 : tensor<2x2xi64>
  %v3 = arith.extui %arg1 : tensor<2x2xi8> to tensor<2x2xi64>
  %v4 = arith.constant false
  %v5 = arith.constant 0xFC : f8E5M2FNUZ
  %v6 = arith.select %v4, %v5, %v5 : f8E5M2FNUZ
  %v7 = arith.constant 4.0 : f8E5M2FNUZ
  %v8 = arith.extf %v7 : f8E5M2FNUZ to f64
  %v9 = arith.constant dense<-1> : tensor<2x2xi8>
  %v10 = arith.xori %arg1, %v9 : tensor<2x2xi8>
  %v11 = arith.xori %v10, %v9 : tensor<2x2xi8>
  %v12 = arith.constant false
  %v13 = arith.constant 0xFFF0000000000000 : f64
  %v14 = arith.constant 0x38D592DD0B380AF5 : f64
  %v15 = arith.select %v12, %v13, %v14 : f64
  %v16 = arith.constant dense<14> : vector<2xindex>
  %v17 = arith.constant dense<12> : vector<2xindex>
  %v18 = arith.remui %v16, %v17 : vector<2xindex>
  %v19:2 = arith.addui_extended %v9, %arg1 : tensor<2x2xi8>, tensor<2x2xi1>
  %v20 = arith.remf %v8, %v13 fastmath<none> : f64
  %v21 = arith.constant dense<[-1, 65, 12, 10]> : vector<4xi64>
  %v22 = arith.minui %v21, %v21 : vector<4xi64>
  %v23 = arith.constant 0.1 : f8E5M2FNUZ
  %v24 = arith.minnumf %v23, %v5 : f8E5M2FNUZ
  %v25 = arith.shrsi %v21, %v21 exact : vector<4xi64>
  %v26 = arith.constant 12 : i64
  %v27 = arith.remui %arg0, %v26 : i64
  %v28 = arith.select %v12, %v13, %v14 : f64
  %v29 = arith.constant -0.0 : f8E4M3FNUZ
  %v30 = arith.constant 3.0 : f8E4M3FNUZ
  %v31 = arith.remf %v29, %v30 : f8E4M3FNUZ
  %v32 = arith.constant 3 : i64
  %v33 = arith.cmpi uge, %v32, %arg0 : i64
  %v34 = arith.constant dense<2.0> : tensor<2x2xf16>
  %v35 = arith.constant dense<[[1.0e+10, 0x7C00], [0x8000, -0.75]]> : tensor<2x2xf16>
  %v36 = arith.maximumf %v34, %v35 fastmath<nnan,ninf> : tensor<2x2xf16>
  %v37 = arith.floordivsi %arg2, %v17 : vector<2xindex>
  %v38 = arith.constant dense<32767> : vector<2xi16>
  %v39 = arith.constant dense<0> : vector<2xi16>
  %v40 = arith.divsi %v38, %v39 exact : vector<2xi16>
  %v41 = arith.select %v12, %v13, %v14 : f64
  %v42 = arith.constant 63 : i7
  %v43 = arith.floordivsi %v42, %v42 : i7
  %v44 = arith.constant dense<-1> : vector<2xi16>
  %v45 = arith.xori %v44, %v39 : vector<2xi16>
  %v46 = arith.constant dense<0> : tensor<2x2xi64>
  %v47 = arith.xori %v3, %v46 : tensor<2x2xi64>
  %v48 = arith.constant dense<9223372036854775807> : tensor<2x2xi64>
  %v49 = arith.xori %v48, %v47 : tensor<2x2xi64>
  return %v27 : i64
}
func.func @f1(%arg0: f64, %arg1: i33, %arg2: i32, %arg3: i32) -> i1 {
  %v0 = arith.constant 4096 : i32
  %v1 = arith.extsi %v0 : i32 to i33
  %v2 = arith.constant -2.5 : f64
  %v3 = arith.cmpf ole, %arg0, %v2 : f64
  %v4 = arith.constant 0xBFF0000000000000 : f64
  %v5 = arith.cmpf ueq, %arg0, %v4 fastmath<none> : f64
  %v6 = arith.constant 4.0 : f8E4M3
  %v7 = arith.negf %v6 : f8E4M3
  %v8 = arith.negf %v7 fastmath<ninf> : f8E4M3
  %v9 = arith.constant true
  %v10 = arith.cmpi ugt, %v5, %v9 : i1
  %v11 = arith.constant 0 : i8
  %v12 = arith.trunci %v11 overflow<none> : i8 to i7
  %v13 = arith.floordivsi %v10, %v5 : i1
  %v14 = arith.negf %v6 : f8E4M3
  return %v13 : i1
}
func.func @f2(%arg0: f8E4M3FN, %arg1: f64, %arg2: f32, %arg3: i8) -> i32 {
  %v0 = arith.constant 11 : i8
  %v1 = arith.subi %arg3, %v0 : i8
  %v2 = arith.index_cast %v1 : i8 to index
  %v3 = arith.constant -1 : i8
  %v4:2 = arith.mului_extended %v3, %v1 : i8
  %v5 = arith.fptoui %arg0 : f8E4M3FN to i32
  %v6 = arith.constant -0.75 : f64
  %v7 = arith.cmpf oge, %arg1, %v6 : f64
  %v8 = arith.index_castui %v2 : index to i8
  %v9 = arith.constant 0x7FF8000000000000 : f64
  %v10 = arith.fptoui %v9 : f64 to i33
  return %v5 : i32
}
func.func @f3(%arg0: f32, %arg1: f32) -> f32 {
  %v0 = arith.constant 127 : i8
  %v1 = arith.minsi %v0, %v0 : i8
  %v2 = arith.minsi %v0, %v0 : i8
  %v3 = arith.minsi %v0, %v0 : i8
  %v4 = arith.constant 0.0 : f32
  %v5 = arith.subf %v4, %arg0 : f32
  %v6 = arith.constant 7 : i8
  %v7 = arith.andi %v0, %v6 : i8
  %v8 = arith.divui %v6, %v7 : i8
  %v9 = arith.remf %v5, %v5 : f32
  %v10 = arith.divui %v6, %v7 : i8
  return %v9 : f32
}
