// Random func/arith module, seed 25.
func.func @f0(%arg0: i64, %arg1: vector<2x3xi1>, %arg2: i64, %arg3: i64) {
  %v0 = arith.constant 0x0F : f8E3M4
  %v1 = arith.constant 0x30 : f8E3M4
  %v2 = arith.minimumf %v0, %v1 fastmath<nnan> : f8E3M4
  %v3 = arith.divf %v1, %v2 : f8E3M4
  %v4 = arith.divf %v1, %v0 : f8E3M4
  %v5 = arith.constant -1 : i64
  %v6 = arith.andi %arg3, %v5 : i64
  %v7 = arith.constant 18446744073709551612 : i64
  %v8 = arith.andi %v6, %v7 : i64
  %v9 = arith.cmpf oeq, %v1, %v1 : f8E3M4
  %v10 = arith.divf %v1, %v2 : f8E3M4
  %v11 = arith.addf %v0, %v1 fastmath<reassoc,contract> : f8E3M4
  %v12 = arith.bitcast %v7 : i64 to f64
  %v13 = arith.constant dense<[-0.75, 2.0]> : vector<2xf16>
  %v14 = arith.constant dense<[0x0400, 0x03FF]> : vector<2xf16>
  %v15 = arith.maximumf %v13, %v14 : vector<2xf16>
  %v16 = arith.constant dense<false> : vector<2x3xi1>
  %v17 = arith.constant dense<false> : vector<2x3xi1>
  %v18 = arith.andi %v16, %v17 : vector<2x3xi1>
  %v19 = arith.index_cast %v18 : vector<2x3xi1> to vector<2x3xindex>
  %v20 = arith.select %v16, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi1>
  %v21 = arith.constant dense<524288> : vector<2x3xi64>
  %v22 = arith.constant dense<2> : vector<2x3xi64>
  %v23:2 = arith.addui_extended %v21, %v22 : vector<2x3xi64>, vector<2x3xi1>
  %v24 = arith.select %v16, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi1>
  %v25 = arith.fptosi %v14 : vector<2xf16> to vector<2xi16>
  %v26 = arith.constant dense<100.0> : vector<2xf16>
  %v27 = arith.mulf %v15, %v26 fastmath<ninf> : vector<2xf16>
  %v28 = arith.constant 1 : i16
  %v29 = arith.constant 8 : i16
  %v30 = arith.muli %v28, %v29 : i16
  %v31 = arith.constant 0x007F : bf16
  %v32 = arith.constant 4.0 : bf16
  %v33 = arith.cmpf one, %v31, %v32 : bf16
  return
}
func.func @f1(%arg0: f8E4M3FNUZ) {
  %v0 = arith.constant 10 : index
  %v1 = arith.cmpi sgt, %v0, %v0 : index
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v2, %v3 : i1
  %v5 = arith.constant true
  %v6 = arith.ori %v3, %v5 : i1
  %v7 = arith.truncf %arg0 to_nearest_even fastmath<nnan> : f8E4M3FNUZ to f4E2M1FN
  %v8 = arith.constant true
  %v9 = arith.cmpi ne, %v2, %v8 : i1
  %v10 = arith.constant 9223372036854775807 : index
  %v11 = arith.index_cast %v10 : index to i8
  %v12 = arith.negf %v7 fastmath<nsz> : f4E2M1FN
  %v13 = arith.constant false
  %v14 = arith.constant 4.0 : f8E4M3FNUZ
  %v15 = arith.maximumf %arg0, %v14 : f8E4M3FNUZ
  %v16 = arith.constant dense<4> : vector<index>
  %v17 = arith.constant dense<-1> : vector<index>
  %v18 = arith.divsi %v16, %v17 : vector<index>
  return
}
func.func @f2(%arg0: f8E3M4, %arg1: tensor<3xbf16>) -> tensor<3xi1> {
  %v0 = arith.constant dense<[-1.0, 0xFFC0, 0x7F7F]> : tensor<3xbf16>
  %v1 = arith.minnumf %arg1, %v0 fastmath<none> : tensor<3xbf16>
  %v2 = arith.extf %arg0 : f8E3M4 to f64
  %v3 = arith.constant dense<8> : tensor<3xi8>
  %v4 = arith.constant dense<[0, -1, -1]> : tensor<3xi8>
  %v5:2 = arith.addui_extended %v3, %v4 : tensor<3xi8>, tensor<3xi1>
  %v6 = arith.constant dense<true> : tensor<3xi1>
  %v7 = arith.constant dense<true> : tensor<3xi1>
  %v8:2 = arith.mului_extended %v6, %v7 : tensor<3xi1>
  %v9 = arith.bitcast %v0 : tensor<3xbf16> to tensor<3xi16>
  %v10 = arith.constant 0x16C97 : tf32
  %v11 = arith.divf %v10, %v10 fastmath<ninf> : tf32
  %v12 = arith.constant 64 : i64
  %v13 = arith.constant dense<true> : vector<2x3xi1>
  func.call @f0(%v12, %v13, %v12, %v12) : (i64, vector<2x3xi1>, i64, i64) -> ()
  %v15:2 = arith.addui_extended %v3, %v4 : tensor<3xi8>, tensor<3xi1>
  %v16 = arith.subi %v5#0, %v4 : tensor<3xi8>
  %v17 = arith.constant dense<-4> : tensor<3xi8>
  %v18 = arith.constant dense<1> : tensor<3xi8>
  %v19 = arith.cmpi sge, %v17, %v18 : tensor<3xi8>
  %v20 = arith.constant dense<10> : tensor<3xi16>
  %v21 = arith.cmpi sgt, %v9, %v20 : tensor<3xi16>
  %v22 = arith.select %v7, %v0, %arg1 : tensor<3xi1>, tensor<3xbf16>
  return %v7 : tensor<3xi1>
}
func.func @f3(%arg0: i8, %arg1: vector<index>, %arg2: i8, %arg3: f8E5M2) -> i1 {
  %v0 = arith.constant dense<true> : vector<i1>
  %v1 = arith.constant dense<65> : vector<index>
  %v2 = arith.select %v0, %v1, %arg1 : vector<i1>, vector<index>
  %v3 = arith.select %v0, %v1, %arg1 : vector<i1>, vector<index>
  %v4 = arith.addi %arg2, %arg2 overflow<none> : i8
  %v5 = arith.constant 1 : i8
  %v6 = arith.constant 73 : i8
  %v7 = arith.shrui %v5, %v6 : i8
  %v8 = arith.shrui %v5, %v6 : i8
  %v9 = arith.index_cast %v3 : vector<index> to vector<i16>
  %v10 = arith.divui %v9, %v9 : vector<i16>
  %v11 = arith.constant 2 : i128
  %v12 = arith.uitofp %v11 : i128 to f64
  %v13 = arith.fptoui %v12 : f64 to i128
  %v14 = arith.constant 1.0e+10 : f8E5M2
  %v15 = arith.constant 7.0 : f8E5M2
  %v16 = arith.cmpf olt, %v14, %v15 : f8E5M2
  %v17 = arith.cmpf olt, %v14, %v15 : f8E5M2
  %v18 = arith.constant 1.0 : f8E5M2
  %v19 = arith.divf %arg3, %v18 : f8E5M2
  %v20 = arith.extf %v19 : f8E5M2 to f128
  %v21 = arith.constant 0x3FFF0000000000000000000000000000 : f128
  %v22 = arith.cmpf uno, %v20, %v21 : f128
  return %v22 : i1
}
