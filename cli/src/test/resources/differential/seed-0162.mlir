// Random func/arith module, seed 162.
func.func @f0(%arg0: vector<4xf16>, %arg1: vector<2xf32>) -> (vector<4xf64>, vector<4xi1>) {
  %v0 = arith.constant dense<0xFFC00000> : vector<2xf32>
  %v1 = arith.mulf %v0, %arg1 fastmath<nnan> : vector<2xf32>
  %v2 = arith.constant dense<-2.5> : vector<2xf32>
  %v3 = arith.maxnumf %v2, %v0 fastmath<fast> : vector<2xf32>
  %v4 = arith.constant dense<6> : vector<2xi16>
  %v5 = arith.constant dense<[-32768, 17]> : vector<2xi16>
  %v6 = arith.minsi %v4, %v5 : vector<2xi16>
  %v7 = arith.minsi %v5, %v4 : vector<2xi16>
  %v8 = arith.constant dense<[32767, 32767]> : vector<2xi16>
  %v9 = arith.index_cast %v8 : vector<2xi16> to vector<2xindex>
  %v10 = arith.extf %arg0 : vector<4xf16> to vector<4xf64>
  %v11 = arith.constant dense<1> : vector<2xi64>
  %v12 = arith.constant dense<2> : vector<2xi64>
  %v13:2 = arith.addui_extended %v11, %v12 : vector<2xi64>, vector<2xi1>
  %v14 = arith.constant dense<0x0000000000000000> : vector<4xf64>
  %v15 = arith.remf %v14, %v10 fastmath<nnan> : vector<4xf64>
  %v16 = arith.constant dense<[0xFE00, 4.0, 0x7BFF, 0x0000]> : vector<4xf16>
  %v17 = arith.mulf %arg0, %v16 fastmath<nsz> : vector<4xf16>
  %v18 = arith.constant 0xBF800000 : f32
  %v19 = arith.constant 0.0 : f32
  %v20 = arith.subf %v18, %v19 fastmath<nnan> : f32
  %v21 = arith.constant dense<[2, 1379642621894313061]> : vector<2xi64>
  %v22:2 = arith.mulsi_extended %v11, %v21 : vector<2xi64>
  %v23 = arith.constant dense<65536> : vector<2xindex>
  %v24 = arith.minsi %v9, %v23 : vector<2xindex>
  %v25 = arith.remf %v3, %v0 : vector<2xf32>
  %v26 = arith.constant dense<-1> : vector<2xi16>
  %v27 = arith.ori %v26, %v8 : vector<2xi16>
  %v28 = arith.minsi %v5, %v4 : vector<2xi16>
  %v29 = arith.cmpf ord, %v16, %arg0 fastmath<none> : vector<4xf16>
  %v30 = arith.addi %v29, %v29 overflow<none> : vector<4xi1>
  %v31 = arith.cmpf ugt, %v17, %v17 : vector<4xf16>
  %v32 = arith.extf %arg0 : vector<4xf16> to vector<4xf64>
  %v33 = arith.minsi %v5, %v4 : vector<2xi16>
  %v34 = arith.mulf %arg0, %v16 fastmath<nsz> : vector<4xf16>
  %v35 = arith.constant dense<false> : vector<2xi1>
  %v36:2 = arith.addui_extended %v13#1, %v35 : vector<2xi1>, vector<2xi1>
  %v37 = arith.constant dense<0x7F800000> : vector<2xf32>
  %v38 = arith.maxnumf %v2, %v37 : vector<2xf32>
  return %v14, %v29 : vector<4xf64>, vector<4xi1>
}
func.func @f1(%arg0: i16, %arg1: f8E4M3FN, %arg2: i32) -> i32 {
  %v0 = arith.constant 1 : i32
  %v1 = arith.uitofp %v0 : i32 to f32
  %v2 = arith.constant -15713 : i16
  %v3 = arith.sitofp %v2 : i16 to f8E4M3FN
  %v4 = arith.constant dense<[0x8000, 0x7E00, 0xFC00, 0x0000]> : vector<4xf16>
  %v5 = arith.constant dense<0xFFC00000> : vector<2xf32>
  %v6:2 = func.call @f0(%v4, %v5) : (vector<4xf16>, vector<2xf32>) -> (vector<4xf64>, vector<4xi1>)
  %v7 = arith.floordivsi %v6#1, %v6#1 : vector<4xi1>
  %v8 = arith.index_cast %v2 : i16 to index
  %v9 = arith.cmpi slt, %v0, %arg2 : i32
  %v10 = arith.constant dense<[true, false, false, true]> : vector<4xi1>
  %v11 = arith.constant dense<false> : vector<4xi1>
  %v12 = arith.andi %v10, %v11 : vector<4xi1>
  %v13 = arith.sitofp %v2 : i16 to f8E4M3FN
  %v14 = arith.constant 1 : i128
  %v15 = arith.constant -1 : i128
  %v16 = arith.subi %v14, %v15 overflow<nuw> : i128
  %v17 = arith.addi %arg2, %v0 : i32
  %v18 = arith.constant 8 : i32
  %v19 = arith.cmpi sgt, %arg2, %v18 : i32
  %v20 = arith.sitofp %v2 : i16 to bf16
  %v21 = arith.divui %v17, %v17 exact : i32
  %v22 = arith.andi %v11, %v10 : vector<4xi1>
  %v23 = arith.sitofp %v17 : i32 to f16
  %v24 = arith.constant 0x60 : f8E4M3FN
  %v25 = arith.constant 0xFC : f8E4M3FN
  %v26 = arith.minnumf %v24, %v25 fastmath<nnan> : f8E4M3FN
  %v27 = arith.remui %arg0, %arg0 : i16
  return %v21 : i32
}
