// Random func/arith module, seed 2.
func.func @f0(%arg0: tensor<3xf64>, %arg1: vector<[4]xf64>) -> (tensor<3xf64>, tensor<3xf64>) {
  %v0 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v1 = arith.maxsi %v0, %v0 : tensor<2x2xi16>
  %v2 = arith.maxsi %v0, %v0 : tensor<2x2xi16>
  %v3 = arith.extui %v2 : tensor<2x2xi16> to tensor<2x2xi64>
  %v4 = arith.constant dense<0x000FFFFFFFFFFFFF> : tensor<3xf64>
  %v5 = arith.minnumf %v4, %arg0 : tensor<3xf64>
  %v6 = arith.constant dense<1> : tensor<2x2xi16>
  %v7 = arith.constant dense<2048> : tensor<2x2xi16>
  %v8:2 = arith.mulsi_extended %v6, %v7 : tensor<2x2xi16>
  %v9 = arith.minnumf %v5, %arg0 fastmath<reassoc,contract> : tensor<3xf64>
  %v10 = arith.maxnumf %v4, %v9 : tensor<3xf64>
  %v11:2 = arith.mulsi_extended %v6, %v7 : tensor<2x2xi16>
  return %v10, %v10 : tensor<3xf64>, tensor<3xf64>
}
func.func @f1(%arg0: f8E3M4, %arg1: i33, %arg2: vector<[4]xf16>) -> tensor<3xf64> {
  %v0 = arith.constant 1.0e+10 : f8E4M3B11FNUZ
  %v1 = arith.bitcast %v0 : f8E4M3B11FNUZ to f8E5M2
  %v2 = arith.bitcast %v0 : f8E4M3B11FNUZ to f8E5M2
  %v3 = arith.constant 12 : i33
  %v4 = arith.subi %v3, %arg1 : i33
  %v5 = arith.constant 3.0 : f8E3M4
  %v6 = arith.remf %v5, %arg0 : f8E3M4
  %v7 = arith.constant true
  %v8 = arith.select %v7, %arg1, %v4 : i33
  %v9 = arith.cmpi ult, %v4, %arg1 : i33
  %v10 = arith.constant 14 : i64
  %v11 = arith.ceildivsi %v10, %v10 : i64
  %v12 = arith.mulf %arg0, %v5 fastmath<arcp,afn> : f8E3M4
  %v13 = arith.constant -100 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15 = arith.extui %v13 {tag = 0 : i64} : i8 to i64
  %v16 = arith.cmpi sgt, %v14, %v15 : i64
  %v17 = arith.mulf %v0, %v0 fastmath<nnan> : f8E4M3B11FNUZ
  %v18 = arith.constant dense<[0xBFF0000000000000, 3.0, 0xFFF0000000000000]> : tensor<3xf64>
  %v19 = arith.constant dense<-0.0> : vector<[4]xf64>
  %v20:2 = func.call @f0(%v18, %v19) : (tensor<3xf64>, vector<[4]xf64>) -> (tensor<3xf64>, tensor<3xf64>)
  %v21 = arith.select %v9, %v5, %v6 : f8E3M4
  %v22 = arith.mulf %v5, %arg0 fastmath<arcp,afn> : f8E3M4
  %v23 = arith.mulf %v0, %v0 fastmath<nnan> : f8E4M3B11FNUZ
  %v24 = arith.extui %v9 : i1 to i64
  %v25 = arith.constant 0 : i64
  %v26 = arith.cmpi ule, %v24, %v25 : i64
  %v27 = arith.floordivsi %v24, %v24 : i64
  %v28 = arith.constant 0x08 : f8E4M3B11FNUZ
  %v29 = arith.cmpf ule, %v28, %v23 fastmath<nnan> : f8E4M3B11FNUZ
  %v30:2 = arith.addui_extended %v8, %v4 : i33, i1
  %v31 = arith.extsi %arg1 : i33 to i64
  %v32:2 = func.call @f0(%v20#1, %v19) : (tensor<3xf64>, vector<[4]xf64>) -> (tensor<3xf64>, tensor<3xf64>)
  %v33 = arith.cmpi sge, %v30#0, %v8 : i33
  %v34 = arith.select %v33, %v30#0, %v8 : i33
  %v35 = arith.constant dense<0xAF70B6CC09C53B57> : tensor<3xf64>
  %v36 = arith.constant dense<-0.0> : vector<[4]xf64>
  %v37:2 = func.call @f0(%v35, %v36) : (tensor<3xf64>, vector<[4]xf64>) -> (tensor<3xf64>, tensor<3xf64>)
  %v38 = arith.constant 7.0 : f8E4M3FNUZ
  %v39 = arith.mulf %v38, %v38 : f8E4M3FNUZ
  return %v32#1 : tensor<3xf64>
}
func.func @f2(%arg0: vector<4xi16>) -> (vector<4xi16>, tensor<3xf64>, vector<4xi64>) {
  %v0 = arith.constant dense<true> : vector<2xi1>
  %v1 = arith.extui %v0 : vector<2xi1> to vector<2xi16>
  %v2 = arith.trunci %v1 : vector<2xi16> to vector<2xi1>
  %v3 = arith.constant dense<0xD6A2> : vector<4xf16>
  %v4 = arith.constant dense<1.0> : vector<4xf16>
  %v5 = arith.mulf %v3, %v4 : vector<4xf16>
  %v6 = arith.ceildivui %arg0, %arg0 : vector<4xi16>
  %v7 = arith.constant dense<0xDFC4> : vector<4xf16>
  %v8 = arith.divf %v7, %v4 fastmath<nsz> : vector<4xf16>
  %v9 = arith.mulf %v3, %v4 : vector<4xf16>
  %v10 = arith.constant dense<[7, -32768, 2, 1]> : vector<4xi16>
  %v11 = arith.constant dense<-1> : vector<4xi16>
  %v12 = arith.cmpi slt, %v10, %v11 : vector<4xi16>
  %v13 = arith.extsi %v6 : vector<4xi16> to vector<4xi64>
  %v14 = arith.extsi %v6 : vector<4xi16> to vector<4xi64>
  %v15 = arith.cmpi sge, %v13, %v14 : vector<4xi64>
  %v16 = arith.constant dense<[4.0, -1.0, 0x0000, 0.1]> : vector<4xf16>
  %v17 = arith.maxnumf %v16, %v7 fastmath<nsz> : vector<4xf16>
  %v18 = arith.divf %v7, %v4 fastmath<nsz> {tag = 0 : i64} : vector<4xf16>
  %v19 = arith.negf %v9 : vector<4xf16>
  %v20 = arith.negf %v19 fastmath<nsz> : vector<4xf16>
  %v21 = arith.constant dense<[6, 9223372036854775807, -9223372036854775808, 65]> : vector<4xi64>
  %v22 = arith.constant dense<[4, 2199023255552, 63, -1]> : vector<4xi64>
  %v23 = arith.xori %v21, %v22 : vector<4xi64>
  %v24 = arith.constant dense<-0.0> : vector<4xf16>
  %v25 = arith.addf %v4, %v24 fastmath<none> : vector<4xf16>
  %v26 = arith.constant 0x08 : f8E4M3FNUZ
  %v27 = arith.minimumf %v26, %v26 fastmath<arcp,afn> : f8E4M3FNUZ
  %v28 = arith.shli %v14, %v13 : vector<4xi64>
  %v29 = arith.constant dense<0> : vector<4xi16>
  %v30 = arith.xori %v29, %arg0 : vector<4xi16>
  %v31 = arith.constant dense<3.0> : tensor<3xf64>
  %v32 = arith.constant dense<0x83ECA7A589ECFDCB> : vector<[4]xf64>
  %v33:2 = func.call @f0(%v31, %v32) : (tensor<3xf64>, vector<[4]xf64>) -> (tensor<3xf64>, tensor<3xf64>)
  %v34 = arith.fptosi %v31 : tensor<3xf64> to tensor<3xi16>
  return %v30, %v33#0, %v21 : vector<4xi16>, tensor<3xf64>, vector<4xi64>
}
