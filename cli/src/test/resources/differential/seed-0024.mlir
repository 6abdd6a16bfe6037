// Random func/arith module, seed 24.
func.func @f0(%arg0: vector<4xbf16>, %arg1: i8, %arg2: index) -> (vector<4xf64>, i8) {
  %v0 = arith.constant -4 : i8
  %v1:2 = arith.mului_extended %v0, %arg1 : i8
  %v2 = arith.constant dense<-2.5> : vector<4xbf16>
  %v3 = arith.cmpf une, %v2, %arg0 fastmath<nsz> : vector<4xbf16>
  %v4 = arith.constant 127 : i8
  %v5 = arith.ceildivsi %v1#0, %v4 : i8
  %v6 = arith.minimumf %arg0, %arg0 fastmath<none> : vector<4xbf16>
  %v7 = arith.remsi %arg1, %v4 : i8
  %v8 = arith.sitofp %v3 : vector<4xi1> to vector<4xbf16>
  %v9 = arith.constant -1 : i8
  %v10 = arith.constant 14 : i8
  %v11 = arith.xori %v10, %v9 : i8
  %v12 = arith.xori %v11, %v9 : i8
  %v13 = arith.muli %v5, %v12 : i8
  %v14 = arith.constant -9223372036854775808 : index
  %v15 = arith.floordivsi %v14, %arg2 : index
  %v16 = arith.minnumf %v8, %v2 fastmath<arcp,afn> : vector<4xbf16>
  %v17 = arith.uitofp %v3 : vector<4xi1> to vector<4xf64>
  %v18 = arith.extsi %v3 : vector<4xi1> to vector<4xi16>
  %v19 = arith.minimumf %arg0, %arg0 fastmath<none> : vector<4xbf16>
  %v20 = arith.extsi %v13 : i8 to i64
  %v21 = arith.extsi %arg1 : i8 to i64
  %v22 = arith.cmpi uge, %v20, %v21 : i64
  %v23 = arith.constant 127 : i8
  %v24 = arith.constant -128 : i8
  %v25:2 = arith.mului_extended %v23, %v24 : i8
  %v26 = arith.addi %v13, %v7 : i8
  %v27 = arith.bitcast %v2 : vector<4xbf16> to vector<4xi16>
  %v28 = arith.constant dense<-7> : vector<4xi16>
  %v29:2 = arith.mului_extended %v18, %v28 : vector<4xi16>
  %v30 = arith.cmpi uge, %v20, %v21 : i64
  %v31 = arith.constant dense<0xFFF0000000000000> : vector<4xf64>
  %v32 = arith.minimumf %v17, %v31 fastmath<fast> {tag = 1 : i64} : vector<4xf64>
  return %v32, %v26 : vector<4xf64>, i8
}
func.func @f1(%arg0: vector<2xbf16>, %arg1: i64, %arg2: f8E8M0FNU, %arg3: f8E4M3B11FNUZ) -> i64 {
  %v0 = arith.constant 3698994467106737248 : i64
  %v1 = arith.maxsi %arg1, %v0 : i64
  %v2 = arith.maxsi %v0, %arg1 : i64
  %v3 = arith.constant 65 : i64
  %v4 = arith.andi %v3, %v3 : i64
  %v5 = arith.constant 0x00 : f8E8M0FNU
  %v6 = arith.minnumf %arg2, %v5 : f8E8M0FNU
  %v7 = arith.constant dense<true> : vector<2xi1>
  %v8 = arith.constant dense<[0xBF80, 0.0]> : vector<2xbf16>
  %v9 = arith.select %v7, %arg0, %v8 : vector<2xi1>, vector<2xbf16>
  %v10 = arith.divsi %arg1, %v0 : i64
  return %v10 : i64
}
func.func @f2(%arg0: f8E4M3B11FNUZ, %arg1: tensor<0xf64>, %arg2: f64, %arg3: f64) -> f4E2M1FN {
  %v0 = arith.constant dense<0x8000000000000000> : tensor<2x2xf64>
  %v1 = arith.negf %v0 : tensor<2x2xf64>
  %v2 = arith.constant -128 : i8
  %v3 = arith.extsi %v2 : i8 to i64
  %v4 = arith.constant 0 : i8
  %v5 = arith.extsi %v4 : i8 to i64
  %v6 = arith.cmpi slt, %v3, %v5 : i64
  %v7 = arith.divsi %v6, %v6 exact : i1
  %v8 = arith.constant false
  %v9 = arith.shli %v6, %v8 overflow<none> : i1
  %v10 = arith.uitofp %v8 : i1 to f6E3M2FN
  %v11 = arith.constant false
  %v12 = arith.index_cast %v11 : i1 to index
  %v13 = arith.constant dense<[]> : tensor<0xf64>
  %v14 = arith.bitcast %v13 : tensor<0xf64> to tensor<0xi64>
  %v15 = arith.constant dense<65536> : tensor<0xi64>
  %v16 = arith.constant dense<[]> : tensor<0xi64>
  %v17 = arith.divsi %v15, %v16 : tensor<0xi64>
  %v18 = arith.truncf %arg0 fastmath<none> : f8E4M3B11FNUZ to f4E2M1FN
  %v19 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v20 = arith.cmpf false, %arg2, %v19 : f64
  %v21 = arith.constant false
  %v22 = arith.constant 3.0 : f4E2M1FN
  %v23 = arith.select %v21, %v18, %v22 : f4E2M1FN
  %v24 = arith.constant dense<-3.0e-05> : tensor<2x2xf64>
  %v25 = arith.remf %v0, %v24 : tensor<2x2xf64>
  %v26 = arith.remui %v16, %v14 : tensor<0xi64>
  %v27 = arith.uitofp %v8 : i1 to f6E3M2FN
  %v28 = arith.subf %arg3, %arg2 : f64
  %v29 = arith.constant false
  %v30 = arith.constant false
  %v31 = arith.minui %v29, %v30 : i1
  %v32 = arith.divsi %v6, %v6 exact : i1
  %v33 = arith.constant true
  %v34 = arith.xori %v20, %v33 : i1
  %v35 = arith.xori %v34, %v33 : i1
  %v36 = arith.constant 0x23 : f8E4M3
  %v37 = arith.remf %v36, %v36 : f8E4M3
  %v38 = arith.constant false
  %v39 = arith.extui %v38 : i1 to i64
  return %v23 : f4E2M1FN
}
