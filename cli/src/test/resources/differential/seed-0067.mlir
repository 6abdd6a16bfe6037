// Random func/arith module, seed 67.
func.func @f0(%arg0: vector<2xf16>, %arg1: f8E4M3FN, %arg2: i32, %arg3: vector<4xf64>) {
  %v0 = arith.constant 8192 : i32
  %v1:2 = arith.mului_extended %v0, %arg2 : i32
  %v2 = arith.constant dense<0x56E09AD6377B5E5B> : vector<4xf64>
  %v3 = arith.constant dense<[0.1, 0x0010000000000000, 0x0000000000000000, 0x9F125BC067B2558C]> : vector<4xf64>
  %v4 = arith.cmpf one, %v2, %v3 : vector<4xf64>
  %v5 = arith.negf %arg0 : vector<2xf16>
  %v6 = arith.negf %v5 fastmath<nnan> : vector<2xf16>
  %v7 = arith.sitofp %v4 : vector<4xi1> to vector<4xbf16>
  %v8 = arith.negf %v5 fastmath<nnan> : vector<2xf16>
  %v9 = arith.fptosi %v5 : vector<2xf16> to vector<2xi16>
  %v10 = arith.cmpf one, %v2, %v3 : vector<4xf64>
  %v11 = arith.cmpf uno, %arg3, %arg3 : vector<4xf64>
  %v12 = arith.constant dense<-23447> : vector<2xi16>
  %v13 = arith.remsi %v9, %v12 : vector<2xi16>
  %v14 = arith.constant 127 : i8
  %v15 = arith.constant 4 : i8
  %v16 = arith.divsi %v14, %v15 : i8
  %v17 = arith.constant 32767 : i16
  %v18 = arith.extsi %v17 : i16 to i33
  %v19 = arith.constant dense<1> : tensor<2x2xi8>
  %v20 = arith.uitofp %v19 : tensor<2x2xi8> to tensor<2x2xf64>
  %v21 = arith.fptoui %v20 : tensor<2x2xf64> to tensor<2x2xi8>
  %v22 = arith.constant 3.0 : f8E4M3FN
  %v23 = arith.subf %v22, %arg1 fastmath<nnan,ninf> : f8E4M3FN
  %v24 = arith.constant 4294967295 : i33
  %v25 = arith.floordivsi %v24, %v24 : i33
  %v26 = arith.constant dense<[-1, 8192]> : vector<2xi16>
  %v27 = arith.constant dense<12> : vector<2xi16>
  %v28 = arith.maxsi %v26, %v27 : vector<2xi16>
  %v29 = arith.constant dense<[1, 19591]> : vector<2xi16>
  %v30 = arith.maxsi %v28, %v29 : vector<2xi16>
  %v31 = arith.uitofp %v19 : tensor<2x2xi8> to tensor<2x2xf64>
  %v32:2 = arith.mului_extended %v0, %arg2 : i32
  %v33 = arith.negf %arg3 : vector<4xf64>
  %v34 = arith.minui %v9, %v13 : vector<2xi16>
  %v35 = arith.constant -0.75 : f32
  %v36 = arith.truncf %v35 : f32 to bf16
  return
}
func.func @f1(%arg0: tensor<2x2xi32>, %arg1: f8E3M4) -> (bf16, tensor<2x2xi32>) {
  %v0 = arith.constant -5 : i8
  %v1 = arith.constant 10 : i8
  %v2 = arith.shli %v0, %v1 overflow<nsw, nuw> : i8
  %v3 = arith.constant 0 : i8
  %v4 = arith.ori %v1, %v3 : i8
  %v5 = arith.addi %arg0, %arg0 overflow<nuw> : tensor<2x2xi32>
  %v6 = arith.constant dense<-1> : tensor<2x2xi32>
  %v7:2 = arith.mului_extended %arg0, %v6 : tensor<2x2xi32>
  %v8 = arith.extf %arg1 fastmath<nnan,ninf> : f8E3M4 to f16
  %v9 = arith.constant 0x0001 : bf16
  %v10 = arith.constant 0x0001 : bf16
  %v11 = arith.addf %v9, %v10 : bf16
  %v12 = arith.negf %v10 fastmath<nnan> : bf16
  %v13 = arith.shli %v7#0, %v7#0 : tensor<2x2xi32>
  %v14 = arith.shli %v7#0, %v7#0 : tensor<2x2xi32>
  return %v12, %v14 : bf16, tensor<2x2xi32>
}
func.func @f2(%arg0: i32, %arg1: vector<2xi8>, %arg2: tensor<3xi8>) -> (index, index) {
  %v0 = arith.constant 0 : i32
  %v1:2 = arith.mului_extended %v0, %arg0 : i32
  %v2 = arith.constant dense<-128> : tensor<3xi8>
  %v3 = arith.floordivsi %arg2, %v2 : tensor<3xi8>
  %v4 = arith.constant dense<[true, true]> : vector<2xi1>
  %v5 = arith.constant dense<[2, 1]> : vector<2xi8>
  %v6 = arith.select %v4, %arg1, %v5 : vector<2xi1>, vector<2xi8>
  %v7 = arith.constant dense<100.0> : vector<2xbf16>
  %v8 = arith.constant dense<[0.1, 0x3F80]> : vector<2xbf16>
  %v9 = arith.minnumf %v7, %v8 : vector<2xbf16>
  %v10 = arith.index_castui %arg0 : i32 to index
  %v11 = arith.constant false
  %v12 = arith.constant dense<0x7FC0> : vector<2xbf16>
  %v13 = arith.select %v11, %v8, %v12 : vector<2xbf16>
  %v14 = arith.constant dense<true> : vector<2xi1>
  %v15 = arith.constant dense<0xFF80> : vector<2xbf16>
  %v16 = arith.select %v14, %v15, %v12 : vector<2xi1>, vector<2xbf16>
  return %v10, %v10 : index, index
}
