// Random func/arith module, seed 58.
func.func @f0(%arg0: vector<2xbf16>, %arg1: vector<f16>, %arg2: vector<4xi1>, %arg3: f64) -> vector<4xi1> {
  %v0 = arith.extui %arg2 : vector<4xi1> to vector<4xi16>
  %v1 = arith.minimumf %arg0, %arg0 : vector<2xbf16>
  %v2 = arith.extui %arg2 : vector<4xi1> to vector<4xi16>
  %v3 = arith.constant dense<false> : vector<4xi1>
  %v4 = arith.shli %v3, %v3 : vector<4xi1>
  %v5 = arith.constant dense<[-3, -32768, 15, -1]> : vector<4xi16>
  %v6 = arith.minui %v5, %v0 : vector<4xi16>
  %v7 = arith.constant dense<-32768> : vector<4xi16>
  %v8 = arith.subi %v7, %v2 overflow<nuw> : vector<4xi16>
  %v9 = arith.maxnumf %arg0, %arg0 fastmath<arcp,afn> : vector<2xbf16>
  %v10 = arith.constant dense<-3.0e-05> : vector<f16>
  %v11 = arith.maxnumf %v10, %arg1 fastmath<none> : vector<f16>
  %v12 = arith.constant dense<3690> : vector<4xi16>
  %v13 = arith.xori %v8, %v12 : vector<4xi16>
  %v14 = arith.constant dense<16> : vector<4xi16>
  %v15 = arith.xori %v14, %v13 : vector<4xi16>
  return %v3 : vector<4xi1>
}
func.func @f1(%arg0: tensor<2x2xf16>, %arg1: i128, %arg2: i8) -> (tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant dense<2> : vector<2xi16>
  %v1 = arith.ceildivui %v0, %v0 : vector<2xi16>
  %v2 = arith.constant dense<0x0400> : tensor<2x2xf16>
  %v3 = arith.addf %arg0, %v2 fastmath<reassoc,contract> : tensor<2x2xf16>
  %v4 = arith.constant dense<0xFE00> : tensor<2x2xf16>
  %v5 = arith.cmpf one, %v3, %v4 fastmath<arcp,afn> : tensor<2x2xf16>
  %v6 = arith.constant 13 : i64
  %v7 = arith.extui %v6 : i64 to i128
  %v8 = arith.constant dense<0x0001> : tensor<2x2xf16>
  %v9 = arith.extf %v8 fastmath<arcp,afn> : tensor<2x2xf16> to tensor<2x2xf32>
  %v10 = arith.cmpf true, %v3, %v4 fastmath<ninf> : tensor<2x2xf16>
  %v11 = arith.constant 4 : i8
  %v12 = arith.extsi %v11 : i8 to i64
  %v13 = arith.constant -1 : i64
  %v14 = arith.cmpi sgt, %v12, %v13 : i64
  %v15 = arith.constant 2147483648 : i32
  %v16 = arith.constant -7 : i32
  %v17 = arith.cmpi sgt, %v15, %v16 : i32
  %v18 = arith.constant 18446744073709551609 : i64
  %v19:2 = arith.addui_extended %v18, %v12 : i64, i1
  %v20 = arith.negf %v3 : tensor<2x2xf16>
  %v21 = arith.negf %v20 : tensor<2x2xf16>
  %v22 = arith.extsi %v11 : i8 to i64
  %v23 = arith.constant dense<[[true, false], [true, true]]> : tensor<2x2xi1>
  %v24 = arith.andi %v23, %v5 : tensor<2x2xi1>
  %v25 = arith.constant dense<false> : tensor<2x2xi1>
  %v26 = arith.constant dense<false> : tensor<2x2xi1>
  %v27 = arith.ceildivui %v25, %v26 : tensor<2x2xi1>
  %v28 = arith.constant dense<[[6, 1], [53, -1]]> : tensor<2x2xi8>
  %v29 = arith.constant dense<0> : tensor<2x2xi8>
  %v30 = arith.cmpi sgt, %v28, %v29 : tensor<2x2xi8>
  %v31 = arith.select %v14, %v25, %v5 : tensor<2x2xi1>
  %v32 = arith.constant 0x0000FFFFFFFFFFFFFFFF : f80
  %v33 = arith.constant 0x00010000000000000000 : f80
  %v34 = arith.minimumf %v32, %v33 : f80
  return %v31, %v30 : tensor<2x2xi1>, tensor<2x2xi1>
}
