// Random func/arith module, seed 117.
func.func @f0(%arg0: f32, %arg1: tensor<2x2xi16>, %arg2: f8E4M3) -> (f32, f32) {
  %v0 = arith.shli %arg1, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v1 = arith.constant 0x77 : f8E4M3
  %v2 = arith.cmpf ule, %v1, %arg2 : f8E4M3
  %v3 = arith.cmpf ule, %v1, %arg2 : f8E4M3
  %v4 = arith.constant dense<0x0001> : vector<2xf16>
  %v5 = arith.maxnumf %v4, %v4 fastmath<fast> : vector<2xf16>
  %v6 = arith.constant dense<27101> : tensor<2x2xi16>
  %v7 = arith.floordivsi %arg1, %v6 : tensor<2x2xi16>
  %v8 = arith.constant 1 : i7
  %v9 = arith.ceildivsi %v8, %v8 : i7
  %v10 = arith.constant 15 : i7
  %v11 = arith.cmpi ne, %v8, %v10 : i7
  %v12 = arith.constant 0x80 : f8E5M2FNUZ
  %v13 = arith.fptoui %v12 : f8E5M2FNUZ to i16
  %v14 = arith.cmpf uge, %v4, %v5 : vector<2xf16>
  %v15 = arith.index_cast %v9 : i7 to index
  %v16 = arith.cmpf ule, %v1, %arg2 : f8E4M3
  %v17 = arith.divf %arg0, %arg0 : f32
  %v18 = arith.constant dense<true> : vector<2xi1>
  %v19 = arith.constant dense<false> : vector<2xi1>
  %v20 = arith.cmpi ult, %v18, %v19 : vector<2xi1>
  %v21 = arith.select %v20, %v18, %v19 : vector<2xi1>, vector<2xi1>
  return %v17, %v17 : f32, f32
}
func.func @f1(%arg0: f16) -> (i1, i1) {
  %v0 = arith.constant dense<-1> : vector<2x3xi64>
  %v1 = arith.cmpi sge, %v0, %v0 : vector<2x3xi64>
  %v2 = arith.cmpi sge, %v0, %v0 : vector<2x3xi64>
  %v3 = arith.constant 1.0e+10 : f32
  %v4 = arith.constant dense<17> : tensor<2x2xi16>
  %v5 = arith.constant 7.0 : f8E4M3
  %v6:2 = func.call @f0(%v3, %v4, %v5) : (f32, tensor<2x2xi16>, f8E4M3) -> (f32, f32)
  %v7 = arith.constant dense<[[0x7E00, 0x7BFF], [-2.5, 0x7BFF]]> : tensor<2x2xf16>
  %v8 = arith.constant dense<-1.0> : tensor<2x2xf16>
  %v9 = arith.mulf %v7, %v8 fastmath<nsz> : tensor<2x2xf16>
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.sitofp %v10 : vector<2x3xi1> to vector<2x3xf32>
  %v12 = arith.bitcast %arg0 : f16 to i16
  %v13 = arith.constant 0 : i16
  %v14 = arith.maxui %v13, %v12 : i16
  %v15 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v16 = arith.andi %v15, %v15 : vector<2x3xi64>
  %v17 = arith.constant false
  %v18 = arith.select %v17, %v12, %v12 : i16
  %v19 = arith.cmpi ne, %v14, %v12 : i16
  %v20 = arith.cmpf oeq, %v6#0, %v3 fastmath<fast> : f32
  %v21 = arith.maximumf %v6#1, %v6#0 : f32
  %v22 = arith.bitcast %arg0 : f16 to i16
  %v23 = arith.sitofp %v10 : vector<2x3xi1> to vector<2x3xf32>
  %v24 = arith.constant 0x03FF : f16
  %v25 = arith.cmpf une, %arg0, %v24 : f16
  %v26 = arith.constant dense<-1> : tensor<3xi64>
  %v27 = arith.constant dense<[4, -9223372036854775808, -1]> : tensor<3xi64>
  %v28 = arith.ori %v26, %v27 : tensor<3xi64>
  %v29 = arith.constant true
  %v30 = arith.subi %v29, %v19 : i1
  %v31 = arith.constant 0x3C00 : f16
  %v32 = arith.cmpf ule, %v31, %v31 : f16
  %v33 = arith.constant dense<-1> : tensor<3xi64>
  %v34 = arith.xori %v26, %v33 : tensor<3xi64>
  %v35 = arith.xori %v34, %v33 : tensor<3xi64>
  %v36 = arith.minui %v32, %v29 : i1
  return %v25, %v20 : i1, i1
}
func.func @f2(%arg0: bf16) -> i16 {
  %v0 = arith.constant 3 : index
  %v1 = arith.index_castui %v0 : index to i16
  %v2 = arith.constant 0x0000 : bf16
  %v3 = arith.constant 2.0 : bf16
  %v4 = arith.minnumf %v2, %v3 fastmath<fast> : bf16
  %v5 = arith.cmpf ule, %v3, %v2 : bf16
  %v6 = arith.constant false
  %v7 = arith.constant 0x7ECC : bf16
  %v8 = arith.select %v6, %v7, %arg0 : bf16
  %v9 = arith.negf %arg0 : bf16
  %v10 = arith.ceildivui %v0, %v0 : index
  %v11 = arith.minnumf %v3, %v2 fastmath<fast> : bf16
  %v12 = arith.constant 2048 : i16
  %v13 = arith.constant -18671 : i16
  %v14 = arith.cmpi sge, %v12, %v13 : i16
  %v15 = arith.constant 11 : index
  %v16 = arith.select %v5, %v10, %v15 : index
  %v17 = arith.constant 1.0e+10 : f32
  %v18 = arith.constant dense<-1> : tensor<2x2xi16>
  %v19 = arith.constant 0x61 : f8E4M3
  %v20:2 = func.call @f0(%v17, %v18, %v19) : (f32, tensor<2x2xi16>, f8E4M3) -> (f32, f32)
  %v21 = arith.extf %v17 : f32 to f64
  %v22 = arith.constant dense<0> : tensor<2x2xi32>
  %v23 = arith.muli %v22, %v22 overflow<nsw> : tensor<2x2xi32>
  %v24 = arith.constant true
  %v25 = arith.select %v24, %v20#1, %v20#0 : f32
  %v26 = arith.constant dense<0> : tensor<2x2xi32>
  %v27 = arith.extsi %v26 : tensor<2x2xi32> to tensor<2x2xi64>
  %v28 = arith.xori %v13, %v13 : i16
  %v29 = arith.constant dense<[0x0400, 0x8000, 0x8000]> : tensor<3xf16>
  %v30 = arith.negf %v29 : tensor<3xf16>
  %v31 = arith.negf %v30 fastmath<nnan> : tensor<3xf16>
  %v32 = arith.constant dense<[[0xF247, 2.0, 1.0], [0xBC00, 7.0, 0x03FF]]> : vector<2x3xf16>
  %v33 = arith.bitcast %v32 : vector<2x3xf16> to vector<2x3xbf16>
  return %v28 : i16
}
