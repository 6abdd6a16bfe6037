// Random func/arith module, seed 108.
func.func @f0(%arg0: tensor<3xf64>, %arg1: i33, %arg2: tensor<2x2xi8>, %arg3: vector<2xf16>) -> tensor<3xf64> {
  %v0 = arith.constant 0 : i32
  %v1 = arith.shrui %v0, %v0 : i32
  %v2 = arith.constant -760753016 : i33
  %v3 = arith.divui %v2, %arg1 exact : i33
  %v4 = arith.constant dense<0x0000> : vector<2xf16>
  %v5 = arith.subf %v4, %v4 fastmath<reassoc,contract> : vector<2xf16>
  %v6 = arith.constant dense<5> : tensor<2x2xi8>
  %v7 = arith.index_cast %v6 : tensor<2x2xi8> to tensor<2x2xindex>
  %v8 = arith.constant -1 : i33
  %v9 = arith.cmpi ne, %v2, %v8 : i33
  %v10 = arith.extui %v6 : tensor<2x2xi8> to tensor<2x2xi64>
  %v11 = arith.minsi %v8, %v3 : i33
  %v12 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : tensor<3xf64>
  %v13 = arith.minimumf %arg0, %v12 : tensor<3xf64>
  %v14 = arith.constant true
  %v15 = arith.select %v14, %arg1, %v3 : i33
  %v16 = arith.constant dense<-7> : tensor<3xi64>
  %v17 = arith.ori %v16, %v16 : tensor<3xi64>
  %v18 = arith.fptosi %arg3 : vector<2xf16> to vector<2xi32>
  %v19 = arith.minimumf %arg0, %v12 : tensor<3xf64>
  %v20 = arith.constant 0 : i33
  %v21 = arith.constant 4294967295 : i33
  %v22 = arith.cmpi sle, %v20, %v21 : i33
  %v23 = arith.constant dense<[false, false]> : vector<2xi1>
  %v24 = arith.select %v23, %arg3, %arg3 : vector<2xi1>, vector<2xf16>
  %v25 = arith.constant dense<[0x0001, 100.0]> : vector<2xf16>
  %v26 = arith.extf %v25 fastmath<ninf> : vector<2xf16> to vector<2xf32>
  %v27 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v28 = arith.constant 0xFFF8000000000000 : f64
  %v29 = arith.subf %v27, %v28 : f64
  %v30 = arith.extsi %v3 : i33 to i128
  %v31 = arith.constant dense<0x7FF0000000000000> : tensor<3xf64>
  %v32 = arith.divf %v19, %v31 : tensor<3xf64>
  %v33 = arith.constant dense<[0.5, 7.0, 0x7FF8000000000000]> : tensor<3xf64>
  %v34 = arith.minnumf %v31, %v33 fastmath<nnan,ninf> : tensor<3xf64>
  %v35 = arith.cmpf uno, %v19, %v31 fastmath<nnan,ninf> : tensor<3xf64>
  %v36 = arith.ceildivui %arg2, %v6 : tensor<2x2xi8>
  %v37 = arith.constant dense<0x0000000000000001> : tensor<3xf64>
  %v38 = arith.minimumf %v37, %v32 : tensor<3xf64>
  return %v32 : tensor<3xf64>
}
func.func @f1(%arg0: vector<2x3xi64>, %arg1: f8E3M4, %arg2: f8E3M4, %arg3: i64) {
  %v0 = arith.constant -1.0 : f64
  %v1 = arith.constant 0.0 : f64
  %v2 = arith.maximumf %v0, %v1 fastmath<fast> : f64
  %v3 = arith.muli %arg3, %arg3 : i64
  %v4 = arith.constant dense<false> : vector<2x3xi1>
  %v5 = arith.select %v4, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xi64>
  %v6 = arith.constant 0x78 : f8E3M4
  %v7 = arith.maxnumf %arg2, %v6 fastmath<nnan> : f8E3M4
  %v8 = arith.select %v4, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xi64>
  %v9 = arith.constant 63 : i7
  %v10 = arith.addi %v9, %v9 overflow<nuw> : i7
  %v11 = arith.constant dense<[0x0000000000000001, 0x7FF8000000000000, 4.0]> : tensor<3xf64>
  %v12 = arith.constant 32 : i33
  %v13 = arith.constant dense<21> : tensor<2x2xi8>
  %v14 = arith.constant dense<0xFE00> : vector<2xf16>
  %v15 = func.call @f0(%v11, %v12, %v13, %v14) : (tensor<3xf64>, i33, tensor<2x2xi8>, vector<2xf16>) -> tensor<3xf64>
  %v16 = arith.constant 9223372036854775807 : i64
  %v17 = arith.subi %v16, %arg3 : i64
  %v18 = arith.divf %v11, %v15 fastmath<nsz> : tensor<3xf64>
  %v19 = arith.constant -1 : i64
  %v20 = arith.remsi %v19, %v16 : i64
  %v21 = arith.subi %v16, %arg3 : i64
  %v22 = arith.fptoui %v11 : tensor<3xf64> to tensor<3xi16>
  %v23 = arith.subi %v16, %arg3 : i64
  %v24 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v25 = arith.ceildivui %v5, %v24 : vector<2x3xi64>
  %v26 = arith.fptosi %v6 : f8E3M4 to i16
  %v27 = arith.constant 4.0 : bf16
  %v28 = arith.maximumf %v27, %v27 fastmath<nnan> : bf16
  %v29 = arith.constant false
  %v30 = arith.constant true
  %v31 = arith.cmpi sle, %v29, %v30 : i1
  %v32 = arith.subf %v14, %v14 : vector<2xf16>
  %v33 = arith.constant false
  %v34 = arith.shrui %v33, %v30 : i1
  %v35 = arith.constant 32 : i33
  %v36:2 = arith.mulsi_extended %v12, %v35 : i33
  %v37 = arith.trunci %v8 : vector<2x3xi64> to vector<2x3xi16>
  %v38 = arith.constant dense<4.0> : vector<2xf16>
  %v39 = func.call @f0(%v18, %v35, %v13, %v38) : (tensor<3xf64>, i33, tensor<2x2xi8>, vector<2xf16>) -> tensor<3xf64>
  %v40 = arith.constant 3 : i128
  %v41 = arith.ceildivsi %v40, %v40 : i128
  return
}
func.func @f2(%arg0: bf16, %arg1: f8E5M2) -> (i32, i32) {
  %v0 = arith.constant 1 : index
  %v1 = arith.divsi %v0, %v0 exact : index
  %v2 = arith.constant dense<-3515751040074462151> : vector<2x3xi64>
  %v3 = arith.constant 0x10 : f8E3M4
  %v4 = arith.constant 64 : i64
  func.call @f1(%v2, %v3, %v3, %v4) : (vector<2x3xi64>, f8E3M4, f8E3M4, i64) -> ()
  %v6 = arith.constant 7 : index
  %v7 = arith.shrui %v0, %v6 exact : index
  %v8 = arith.constant true
  %v9 = arith.constant 0x007F : bf16
  %v10 = arith.select %v8, %arg0, %v9 : bf16
  %v11 = arith.index_cast %v2 : vector<2x3xi64> to vector<2x3xindex>
  %v12 = arith.extf %arg0 : bf16 to f32
  %v13 = arith.constant 0x79293125 : f32
  %v14 = arith.cmpf false, %v12, %v13 fastmath<nnan> : f32
  %v15 = arith.select %v8, %v12, %v13 : f32
  %v16 = arith.cmpf ogt, %v9, %arg0 : bf16
  %v17 = arith.bitcast %v15 : f32 to i32
  %v18 = arith.cmpf ogt, %v9, %arg0 : bf16
  %v19 = arith.constant 2097152 : i32
  %v20 = arith.ceildivsi %v17, %v19 : i32
  %v21 = arith.shrsi %v20, %v19 : i32
  %v22 = arith.remui %v19, %v17 : i32
  %v23 = arith.shrsi %v20, %v19 : i32
  %v24 = arith.cmpi ult, %v11, %v11 : vector<2x3xindex>
  %v25 = arith.ceildivsi %v17, %v19 : i32
  return %v21, %v25 : i32, i32
}
func.func @f3(%arg0: f8E4M3) -> vector<2x3xf32> {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 14 : index
  %v2 = arith.cmpi ne, %v0, %v1 : index
  %v3 = arith.constant 0x07 : f8E4M3
  %v4 = arith.extf %v3 fastmath<fast> : f8E4M3 to f32
  %v5 = arith.constant 0xFF800000 : f32
  %v6 = arith.remf %v4, %v5 : f32
  %v7 = arith.constant true
  %v8 = arith.constant false
  %v9 = arith.constant true
  %v10 = arith.select %v7, %v8, %v9 : i1
  %v11 = arith.constant true
  %v12 = arith.remsi %v11, %v10 : i1
  %v13 = arith.constant 0x7FC00000 : f32
  %v14 = arith.minnumf %v4, %v13 : f32
  %v15 = arith.remsi %v11, %v10 : i1
  %v16 = arith.constant 0x07 : f8E4M3
  %v17 = arith.cmpf false, %v3, %v16 fastmath<nnan,ninf> : f8E4M3
  %v18 = arith.minnumf %v4, %v13 : f32
  %v19 = arith.index_cast %v0 : index to i32
  %v20 = arith.constant 16 : i32
  %v21 = arith.constant -1 : i32
  %v22 = arith.ceildivsi %v20, %v21 : i32
  %v23 = arith.constant dense<-0.75> : vector<2x3xf32>
  %v24 = arith.maxnumf %v23, %v23 fastmath<reassoc,contract> : vector<2x3xf32>
  return %v24 : vector<2x3xf32>
}
