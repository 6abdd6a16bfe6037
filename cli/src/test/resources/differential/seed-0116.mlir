// Random func/arith module, seed 116.
func.func @f0(%arg0: i32, %arg1: i128) -> f64 {
  %v0 = arith.constant 1 : i128
  %v1 = arith.floordivsi %arg1, %v0 : i128
  %v2 = arith.floordivsi %arg1, %v0 : i128
  %v3 = arith.ceildivsi %arg0, %arg0 : i32
  %v4 = arith.constant 0x9EA34825 : f32
  %v5 = arith.constant 0xD9C0B6A8 : f32
  %v6 = arith.cmpf ogt, %v4, %v5 : f32
  %v7 = arith.constant 0xE4264C8F : f32
  %v8 = arith.constant -0.0 : f32
  %v9 = arith.subf %v7, %v8 : f32
  %v10 = arith.subi %v1, %v2 : i128
  %v11 = arith.ceildivsi %arg0, %arg0 : i32
  %v12 = arith.sitofp %v10 : i128 to f64
  %v13 = arith.fptosi %v12 : f64 to i128
  %v14 = arith.ceildivsi %arg0, %arg0 : i32
  %v15 = arith.constant 0 : i32
  %v16 = arith.cmpi ult, %v15, %v14 : i32
  %v17 = arith.constant 15 : i128
  %v18 = arith.xori %v17, %v2 : i128
  %v19 = arith.constant 7 : i7
  %v20 = arith.index_cast %v19 : i7 to index
  %v21 = arith.ceildivsi %arg0, %arg0 : i32
  %v22 = arith.constant 0.0 : f64
  %v23 = arith.addf %v12, %v22 : f64
  %v24 = arith.maximumf %v23, %v22 fastmath<arcp,afn> : f64
  %v25 = arith.ceildivsi %arg0, %arg0 : i32
  %v26 = arith.cmpf une, %v22, %v12 : f64
  %v27 = arith.subf %v23, %v12 fastmath<fast> {tag = 1 : i64} : f64
  %v28 = arith.cmpf une, %v22, %v12 : f64
  %v29 = arith.truncf %v8 toward_zero : f32 to f8E3M4
  return %v24 : f64
}
func.func @f1(%arg0: i64, %arg1: f8E4M3FN) -> (i1, i64) {
  %v0 = arith.constant 34359738368 : i64
  %v1 = arith.constant 1024 : i64
  %v2 = arith.ceildivsi %v0, %v1 : i64
  %v3 = arith.constant 0x78 : f8E4M3FN
  %v4 = arith.addf %arg1, %v3 fastmath<ninf> : f8E4M3FN
  %v5 = arith.divf %v3, %v4 : f8E4M3FN
  %v6 = arith.constant 0 : i64
  %v7 = arith.constant -9223372036854775808 : i64
  %v8:2 = arith.mulsi_extended %v6, %v7 : i64
  %v9 = arith.truncf %arg1 : f8E4M3FN to f4E2M1FN
  %v10 = arith.ceildivsi %arg0, %v2 : i64
  %v11 = arith.constant 0 : i64
  %v12 = arith.extsi %v11 : i64 to i128
  %v13 = arith.constant 5 : i16
  %v14 = arith.constant 15 : i16
  %v15 = arith.ori %v13, %v14 : i16
  %v16 = arith.constant -5 : i16
  %v17 = arith.divui %v14, %v16 exact : i16
  %v18 = arith.constant -170141183460469231731687303715884105728 : i128
  %v19 = arith.constant 127 : i128
  %v20 = arith.minsi %v18, %v19 : i128
  %v21 = arith.constant 9 : i8
  %v22 = arith.extui %v21 : i8 to i64
  %v23 = arith.extui %v21 : i8 to i64
  %v24 = arith.cmpi slt, %v22, %v23 : i64
  %v25:2 = arith.mulsi_extended %v6, %v7 : i64
  %v26 = arith.extsi %v24 : i1 to i128
  %v27 = arith.constant 4 : i32
  %v28:2 = arith.mulsi_extended %v27, %v27 : i32
  %v29 = arith.remf %v3, %arg1 : f8E4M3FN
  %v30 = arith.constant -3.0e-05 : f8E4M3FNUZ
  %v31 = arith.constant 0x01 : f8E4M3FNUZ
  %v32 = arith.maximumf %v30, %v31 fastmath<none> : f8E4M3FNUZ
  %v33 = arith.constant 1 : index
  %v34 = arith.constant -1 : index
  %v35 = arith.andi %v33, %v34 : index
  %v36:2 = arith.addui_extended %arg0, %v1 : i64, i1
  %v37 = arith.maximumf %v30, %v31 fastmath<none> : f8E4M3FNUZ
  return %v36#1, %v25#0 : i1, i64
}
func.func @f2(%arg0: vector<[4]xi16>, %arg1: i32, %arg2: vector<2xf16>, %arg3: f32) -> (vector<2xf16>, vector<[4]xi16>, i32) {
  %v0 = arith.constant dense<-16608> : vector<[4]xi16>
  %v1:2 = arith.addui_extended %v0, %arg0 : vector<[4]xi16>, vector<[4]xi1>
  %v2 = arith.constant 32 : i32
  %v3 = arith.remsi %v2, %arg1 : i32
  %v4 = arith.constant dense<0> : vector<[4]xi16>
  %v5 = arith.andi %v1#0, %v4 : vector<[4]xi16>
  %v6 = arith.constant 0x08 : f8E4M3
  %v7 = arith.fptoui %v6 : f8E4M3 to i128
  %v8 = arith.constant -3.0e-05 : f8E4M3
  %v9 = arith.addf %v6, %v8 : f8E4M3
  %v10 = arith.constant -0.0 : f16
  %v11 = arith.constant 0x1DFE : f16
  %v12 = arith.cmpf ueq, %v10, %v11 fastmath<arcp,afn> : f16
  %v13 = arith.floordivsi %arg1, %v3 : i32
  %v14 = arith.floordivsi %arg1, %v3 : i32
  %v15 = arith.mulf %v11, %v10 : f16
  %v16 = arith.constant 0x03FF : f16
  %v17 = arith.negf %v16 : f16
  %v18 = arith.negf %v17 : f16
  %v19 = arith.maxui %v2, %arg1 : i32
  %v20 = arith.constant dense<0x7C00> : vector<2xf16>
  %v21 = arith.constant dense<[0xFC00, 0x0400]> : vector<2xf16>
  %v22 = arith.maximumf %v20, %v21 : vector<2xf16>
  %v23 = arith.maximumf %v21, %v20 : vector<2xf16>
  return %v23, %v0, %v19 : vector<2xf16>, vector<[4]xi16>, i32
}
