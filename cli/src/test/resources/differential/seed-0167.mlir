// Random func/arith module, seed 167.
func.func @f0(%arg0: tensor<2x2xi16>, %arg1: bf16, %arg2: i64, %arg3: f8E4M3FNUZ) -> (i1, i1) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.shli %v0, %v0 overflow<none> : i16
  %v2 = arith.constant -0.75 : bf16
  %v3 = arith.bitcast %v2 : bf16 to f16
  %v4 = arith.cmpi eq, %arg2, %arg2 : i64
  %v5 = arith.select %v4, %arg2, %arg2 : i64
  %v6 = arith.constant false
  %v7 = arith.cmpi slt, %v4, %v6 : i1
  %v8 = arith.maxsi %v6, %v4 : i1
  %v9 = arith.index_castui %v0 : i16 to index
  return %v8, %v7 : i1, i1
}
func.func @f1(%arg0: f32) -> i1 {
  %v0 = arith.constant dense<true> : vector<2x3xi1>
  %v1 = arith.constant dense<[[false, true, true], [true, false, false]]> : vector<2x3xi1>
  %v2:2 = arith.addui_extended %v0, %v1 : vector<2x3xi1>, vector<2x3xi1>
  %v3 = arith.constant 1 : index
  %v4 = arith.index_cast %v3 : index to i64
  %v5 = arith.minnumf %arg0, %arg0 : f32
  %v6 = arith.constant dense<[[15, 1], [1, 10505]]> : tensor<2x2xi16>
  %v7 = arith.constant 0x8000 : bf16
  %v8 = arith.constant 0x08 : f8E4M3FNUZ
  %v9:2 = func.call @f0(%v6, %v7, %v4, %v8) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (i1, i1)
  %v10:2 = arith.addui_extended %v0, %v1 : vector<2x3xi1>, vector<2x3xi1>
  %v11 = arith.constant dense<16> : tensor<2x2xi16>
  %v12 = arith.constant 0xCBC5 : bf16
  %v13 = arith.constant 65 : i64
  %v14:2 = func.call @f0(%v11, %v12, %v13, %v8) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (i1, i1)
  %v15:2 = arith.mului_extended %v9#0, %v14#1 : i1
  %v16 = arith.index_cast %v3 : index to i64
  %v17 = arith.constant true
  %v18 = arith.divsi %v15#0, %v17 : i1
  %v19 = arith.shrsi %v9#1, %v15#0 exact : i1
  %v20:2 = arith.mulsi_extended %v14#1, %v9#1 : i1
  %v21 = arith.subf %v5, %arg0 : f32
  return %v20#0 : i1
}
func.func @f2(%arg0: f64, %arg1: i33, %arg2: index, %arg3: i32) -> i1 {
  %v0 = arith.constant 0x3FF0000000000000 : f64
  %v1 = arith.remf %v0, %arg0 fastmath<arcp,afn> : f64
  %v2 = arith.constant 0x0010000000000000 : f64
  %v3 = arith.cmpf ule, %arg0, %v2 : f64
  %v4 = arith.maxnumf %v2, %v1 : f64
  %v5 = arith.constant -0.75 : f32
  %v6 = func.call @f1(%v5) : (f32) -> i1
  %v7 = arith.shrsi %v3, %v6 : i1
  %v8 = arith.minui %arg1, %arg1 : i33
  %v9 = arith.constant 100.0 : f8E4M3FNUZ
  %v10 = arith.constant 0x80 : f8E4M3FNUZ
  %v11 = arith.addf %v9, %v10 fastmath<fast> : f8E4M3FNUZ
  %v12 = arith.constant 3916115439413037469 : i64
  %v13:2 = arith.mului_extended %v12, %v12 : i64
  %v14 = arith.addf %v9, %v10 fastmath<fast> : f8E4M3FNUZ
  %v15 = arith.constant dense<1> : tensor<2x2xi16>
  %v16 = arith.constant 0xFF80 : bf16
  %v17:2 = func.call @f0(%v15, %v16, %v13#1, %v14) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (i1, i1)
  %v18 = arith.constant -3 : i64
  %v19:2 = func.call @f0(%v15, %v16, %v18, %v14) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (i1, i1)
  %v20 = arith.constant 0x4F : f8E4M3FNUZ
  %v21 = arith.mulf %v10, %v20 fastmath<nnan> : f8E4M3FNUZ
  %v22 = arith.extsi %v8 : i33 to i64
  return %v19#1 : i1
}
func.func @f3(%arg0: index, %arg1: i32) -> i1 {
  %v0 = arith.constant 0 : i32
  %v1 = arith.floordivsi %v0, %arg1 : i32
  %v2 = arith.bitcast %arg1 : i32 to f32
  %v3 = arith.floordivsi %v0, %arg1 : i32
  %v4 = arith.constant true
  %v5 = arith.constant true
  %v6 = arith.ceildivsi %v4, %v5 : i1
  %v7 = arith.shrui %arg0, %arg0 : index
  %v8 = arith.constant 5 : i8
  %v9 = arith.extsi %v8 : i8 to i64
  %v10 = arith.constant 1024 : i64
  %v11 = arith.cmpi ult, %v9, %v10 : i64
  %v12 = arith.sitofp %v0 : i32 to f8E4M3B11FNUZ
  %v13 = arith.cmpi uge, %v3, %arg1 : i32
  %v14 = arith.constant 0x6F826B36 : f32
  %v15 = arith.minnumf %v14, %v2 fastmath<nsz> : f32
  %v16 = arith.constant 0x01 : f8E8M0FNU
  %v17 = arith.constant 0x00 : f8E8M0FNU
  %v18 = arith.cmpf true, %v16, %v17 fastmath<reassoc,contract> : f8E8M0FNU
  %v19 = arith.constant false
  %v20:2 = arith.addui_extended %v13, %v19 : i1, i1
  %v21 = arith.extsi %v20#0 : i1 to i64
  %v22 = arith.ceildivsi %v4, %v5 : i1
  %v23 = arith.muli %v0, %v0 : i32
  %v24 = arith.constant false
  %v25 = arith.addi %v20#1, %v24 : i1
  %v26 = arith.constant false
  %v27 = arith.subi %v25, %v26 : i1
  %v28 = arith.constant 0.0 : f64
  %v29 = arith.bitcast %v28 : f64 to i64
  return %v6 : i1
}
