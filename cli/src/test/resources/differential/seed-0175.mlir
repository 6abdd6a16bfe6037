// Random func/arith module, seed 175.
func.func @f0(%arg0: f64, %arg1: tensor<3xi16>, %arg2: tensor<3xf16>, %arg3: i33) -> (i33, tensor<3xi8>) {
  %v0 = arith.constant dense<[32767, 32767, -5]> : tensor<3xi16>
  %v1 = arith.minui %v0, %arg1 : tensor<3xi16>
  %v2 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v3 = arith.minnumf %v2, %arg0 fastmath<arcp,afn> : f64
  %v4 = arith.constant dense<15> : tensor<3xi16>
  %v5 = arith.addi %v1, %v4 : tensor<3xi16>
  %v6 = arith.constant dense<[7, 10, 256]> : tensor<3xi16>
  %v7 = arith.subi %v6, %v5 : tensor<3xi16>
  %v8 = arith.trunci %v5 : tensor<3xi16> to tensor<3xi8>
  %v9 = arith.cmpi ult, %v5, %arg1 : tensor<3xi16>
  %v10 = arith.trunci %v5 : tensor<3xi16> to tensor<3xi8>
  %v11 = arith.constant 0 : i128
  %v12 = arith.index_castui %v11 : i128 to index
  %v13 = arith.index_castui %v12 : index to i128
  %v14 = arith.constant 1 : i33
  %v15 = arith.remsi %arg3, %v14 : i33
  %v16 = arith.constant 255 : i8
  %v17 = arith.uitofp %v16 : i8 to f8E4M3FNUZ
  %v18 = arith.minui %v15, %arg3 : i33
  %v19 = arith.constant dense<16> : tensor<3xi16>
  %v20 = arith.cmpi slt, %v19, %arg1 : tensor<3xi16>
  %v21 = arith.constant 0 : i128
  %v22 = arith.constant 136568425461212252365461359286483687373 : i128
  %v23 = arith.cmpi eq, %v21, %v22 : i128
  %v24 = arith.constant true
  %v25 = arith.constant false
  %v26 = arith.select %v23, %v24, %v25 : i1
  %v27 = arith.constant -0.0 : f8E4M3FNUZ
  %v28 = arith.constant 0x50 : f8E4M3FNUZ
  %v29 = arith.subf %v27, %v28 : f8E4M3FNUZ
  %v30 = arith.constant -1 : i33
  %v31 = arith.xori %v18, %v30 : i33
  %v32 = arith.xori %v31, %v30 : i33
  %v33 = arith.constant dense<false> : tensor<3xi1>
  %v34 = arith.remui %v33, %v9 : tensor<3xi1>
  %v35 = arith.fptoui %arg2 : tensor<3xf16> to tensor<3xi64>
  %v36 = arith.constant dense<-1> : tensor<3xi8>
  %v37 = arith.addi %v10, %v36 overflow<nuw> : tensor<3xi8>
  %v38 = arith.constant 8 : i33
  %v39 = arith.ori %v18, %v38 : i33
  %v40 = arith.cmpi uge, %v6, %v4 : tensor<3xi16>
  return %v18, %v37 : i33, tensor<3xi8>
}
func.func @f1(%arg0: vector<2xbf16>, %arg1: f32, %arg2: f16, %arg3: f64) -> (vector<2x3xf16>, f32) {
  %v0 = arith.constant 15 : i33
  %v1 = arith.maxui %v0, %v0 : i33
  %v2 = arith.constant 8589934591 : i33
  %v3 = arith.remui %v0, %v2 : i33
  %v4 = arith.remui %v0, %v2 : i33
  %v5 = arith.constant -4294967296 : i33
  %v6:2 = arith.mului_extended %v0, %v5 : i33
  %v7 = arith.constant -2958161922 : i33
  %v8 = arith.extui %v7 : i33 to i64
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.cmpi ne, %v8, %v9 : i64
  %v11 = arith.constant 0x00800000 : f32
  %v12 = arith.constant 0x00800000 : f32
  %v13 = arith.mulf %v11, %v12 fastmath<ninf> : f32
  %v14 = arith.remf %arg1, %arg1 : f32
  %v15 = arith.cmpf true, %arg0, %arg0 fastmath<arcp,afn> : vector<2xbf16>
  %v16 = arith.constant dense<0.1> : vector<2x3xf16>
  %v17 = arith.addf %v16, %v16 fastmath<fast> : vector<2x3xf16>
  %v18 = arith.index_cast %v15 : vector<2xi1> to vector<2xindex>
  return %v17, %v14 : vector<2x3xf16>, f32
}
func.func @f2(%arg0: f32, %arg1: f8E4M3, %arg2: tensor<3xbf16>) -> (tensor<3xi16>, vector<2x3xi1>, tensor<3xi16>) {
  %v0 = arith.constant 1.0e+10 : f32
  %v1 = arith.negf %v0 fastmath<ninf> : f32
  %v2 = arith.bitcast %arg2 : tensor<3xbf16> to tensor<3xf16>
  %v3 = arith.bitcast %arg2 : tensor<3xbf16> to tensor<3xi16>
  %v4 = arith.cmpi sgt, %v3, %v3 : tensor<3xi16>
  %v5 = arith.constant dense<0x3F80> : vector<2xbf16>
  %v6 = arith.constant -0.75 : f16
  %v7 = arith.constant 0x0010000000000000 : f64
  %v8:2 = func.call @f1(%v5, %v0, %v6, %v7) : (vector<2xbf16>, f32, f16, f64) -> (vector<2x3xf16>, f32)
  %v9 = arith.constant dense<100.0> : tensor<3xbf16>
  %v10 = arith.mulf %v9, %arg2 : tensor<3xbf16>
  %v11 = arith.constant dense<-3> : tensor<3xi16>
  %v12 = arith.minui %v3, %v11 : tensor<3xi16>
  %v13 = arith.ori %v12, %v3 : tensor<3xi16>
  %v14 = arith.constant dense<[[0x0000, 0xFE00, 0xFC00], [2.0, 0.5, 0x3C00]]> : vector<2x3xf16>
  %v15 = arith.cmpf olt, %v14, %v8#0 fastmath<nsz> : vector<2x3xf16>
  %v16 = arith.constant dense<16> : tensor<3xi16>
  %v17 = arith.constant dense<[1, 2, 32767]> : tensor<3xi16>
  %v18 = arith.floordivsi %v16, %v17 : tensor<3xi16>
  %v19 = arith.muli %v15, %v15 overflow<none> : vector<2x3xi1>
  %v20 = arith.constant 0x7F800000 : f32
  %v21 = arith.cmpf ole, %v0, %v20 : f32
  %v22 = arith.constant dense<false> : tensor<3xi1>
  %v23 = arith.andi %v22, %v22 : tensor<3xi1>
  %v24 = arith.bitcast %arg1 : f8E4M3 to f8E3M4
  return %v12, %v15, %v12 : tensor<3xi16>, vector<2x3xi1>, tensor<3xi16>
}
