// Random func/arith module, seed 142.
func.func @f0(%arg0: vector<2x3xi16>) -> vector<2x3xi16> {
  %v0 = arith.constant dense<[[12, -1, 8], [-32768, 0, 1]]> : vector<2x3xi16>
  %v1 = arith.subi %arg0, %v0 : vector<2x3xi16>
  %v2 = arith.constant dense<[[128, 6, -28266], [6, 1, 128]]> : vector<2x3xi16>
  %v3 = arith.index_castui %v2 : vector<2x3xi16> to vector<2x3xindex>
  %v4 = arith.constant 1.0 : f32
  %v5 = arith.minimumf %v4, %v4 : f32
  %v6 = arith.index_castui %v2 {tag = 0 : i64} : vector<2x3xi16> to vector<2x3xindex>
  %v7 = arith.constant 1.0 : f32
  %v8 = arith.mulf %v4, %v7 : f32
  %v9 = arith.index_castui %v2 {tag = 0 : i64} : vector<2x3xi16> to vector<2x3xindex>
  %v10 = arith.constant dense<-9223372036854775808> : vector<2x3xindex>
  %v11 = arith.constant dense<457534070514493933> : vector<2x3xindex>
  %v12 = arith.andi %v10, %v11 : vector<2x3xindex>
  %v13 = arith.constant dense<[[0, 65, -1], [-1, 9, 64]]> : vector<2x3xindex>
  %v14 = arith.andi %v12, %v13 : vector<2x3xindex>
  %v15 = arith.divf %v4, %v8 : f32
  %v16 = arith.constant -2.5 : f64
  %v17 = arith.negf %v16 fastmath<arcp,afn> : f64
  %v18 = arith.minui %v1, %arg0 : vector<2x3xi16>
  %v19 = arith.constant 0x7FF8000000000000 : f64
  %v20 = arith.subf %v16, %v19 : f64
  %v21 = arith.constant dense<0xFF80> : vector<2x3xbf16>
  %v22 = arith.constant dense<0x75F3> : vector<2x3xbf16>
  %v23 = arith.divf %v21, %v22 : vector<2x3xbf16>
  %v24 = arith.andi %v12, %v13 : vector<2x3xindex>
  %v25 = arith.divf %v21, %v22 : vector<2x3xbf16>
  %v26 = arith.index_castui %v2 : vector<2x3xi16> to vector<2x3xindex>
  return %v18 : vector<2x3xi16>
}
func.func @f1(%arg0: f128, %arg1: f8E5M2FNUZ, %arg2: tensor<2x2xbf16>) -> (vector<2x3xi16>, vector<2x3xi16>) {
  %v0 = arith.constant dense<[[-32768, 10, 8192], [0, 32767, 17]]> : vector<2x3xi16>
  %v1 = func.call @f0(%v0) : (vector<2x3xi16>) -> vector<2x3xi16>
  %v2 = arith.constant -0.75 : f16
  %v3 = arith.constant 0x3C00 : f16
  %v4 = arith.minnumf %v2, %v3 : f16
  %v5 = arith.constant dense<0x7F7F> : tensor<2x2xbf16>
  %v6 = arith.cmpf olt, %arg2, %v5 fastmath<nsz> : tensor<2x2xbf16>
  %v7 = arith.negf %arg2 : tensor<2x2xbf16>
  %v8 = arith.negf %v7 : tensor<2x2xbf16>
  %v9 = arith.constant dense<0x0000> : tensor<2x2xbf16>
  %v10 = arith.constant dense<0xBF80> : tensor<2x2xbf16>
  %v11 = arith.minimumf %v9, %v10 : tensor<2x2xbf16>
  %v12 = arith.subi %v6, %v6 overflow<nsw, nuw> : tensor<2x2xi1>
  %v13 = arith.constant dense<32767> : vector<2x3xi16>
  %v14 = arith.constant dense<[[-32768, 0, 1], [9, -6, -32768]]> : vector<2x3xi16>
  %v15 = arith.minui %v13, %v14 {tag = 0 : i64} : vector<2x3xi16>
  %v16 = arith.remf %v9, %v7 fastmath<nnan> : tensor<2x2xbf16>
  %v17 = arith.negf %v7 : tensor<2x2xbf16>
  %v18 = arith.extsi %v12 : tensor<2x2xi1> to tensor<2x2xi64>
  %v19 = arith.constant dense<false> : tensor<2x2xi1>
  %v20 = arith.extsi %v19 : tensor<2x2xi1> to tensor<2x2xi64>
  %v21 = arith.cmpi sge, %v18, %v20 : tensor<2x2xi64>
  %v22 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v23 = arith.constant dense<true> : tensor<3xi1>
  %v24:2 = arith.addui_extended %v22, %v23 : tensor<3xi1>, tensor<3xi1>
  %v25 = arith.constant -2.5 : f16
  %v26 = arith.cmpf ule, %v25, %v3 : f16
  %v27 = arith.constant dense<-1> : vector<2x3xi16>
  %v28 = arith.maxui %v14, %v27 : vector<2x3xi16>
  %v29 = func.call @f0(%v1) : (vector<2x3xi16>) -> vector<2x3xi16>
  %v30 = arith.constant true
  %v31 = arith.constant 0xCB : f8E5M2FNUZ
  %v32 = arith.select %v30, %v31, %arg1 : f8E5M2FNUZ
  %v33 = func.call @f0(%v0) : (vector<2x3xi16>) -> vector<2x3xi16>
  %v34 = arith.constant dense<true> : tensor<2x2xi1>
  %v35 = arith.maxsi %v6, %v34 : tensor<2x2xi1>
  %v36 = arith.constant 100.0 : f128
  %v37 = arith.bitcast %v36 : f128 to i128
  return %v15, %v14 : vector<2x3xi16>, vector<2x3xi16>
}
func.func @f2(%arg0: tf32, %arg1: i7, %arg2: f8E4M3, %arg3: vector<2x3xf16>) -> i7 {
  %v0 = arith.extui %arg1 : i7 to i64
  %v1 = arith.constant 9223372036854775807 : i64
  %v2 = arith.cmpi slt, %v0, %v1 : i64
  %v3 = arith.cmpi slt, %v0, %v1 : i64
  %v4 = arith.constant 10 : i64
  %v5 = arith.shli %v0, %v4 : i64
  %v6 = arith.constant 0 : i7
  %v7 = arith.addi %arg1, %v6 overflow<nsw> : i7
  %v8 = arith.constant 0xF8 : f8E4M3
  %v9 = arith.constant 0.0 : f8E4M3
  %v10 = arith.maxnumf %v8, %v9 : f8E4M3
  %v11 = arith.constant 0xB8 : f8E4M3
  %v12 = arith.constant 3.0 : f8E4M3
  %v13 = arith.cmpf ogt, %v11, %v12 : f8E4M3
  %v14 = arith.constant -6 : i7
  %v15 = arith.extui %v14 {tag = 0 : i64} : i7 to i32
  %v16 = arith.constant -6 : i64
  %v17 = arith.cmpi ne, %v16, %v1 : i64
  %v18 = arith.select %v17, %v1, %v16 : i64
  %v19 = arith.constant true
  %v20 = arith.select %v19, %arg1, %v7 : i7
  %v21 = arith.divsi %v13, %v3 exact : i1
  %v22 = arith.constant dense<true> : vector<i1>
  %v23 = arith.divsi %v22, %v22 : vector<i1>
  %v24 = arith.fptosi %arg0 : tf32 to i8
  %v25 = arith.shli %v0, %v4 : i64
  %v26 = arith.constant 42535295865117307932921825928971026432 : i128
  %v27 = arith.maxsi %v26, %v26 : i128
  return %v20 : i7
}
