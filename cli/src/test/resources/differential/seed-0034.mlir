// Random func/arith module, seed 34.
func.func @f0(%arg0: i1, %arg1: vector<2x3xindex>, %arg2: f8E5M2, %arg3: vector<f16>) -> (i64, f8E5M2FNUZ) {
  %v0 = arith.floordivsi %arg1, %arg1 : vector<2x3xindex>
  %v1 = arith.constant 64 : i64
  %v2 = arith.sitofp %v1 : i64 to f8E5M2FNUZ
  %v3 = arith.sitofp %v1 : i64 to f8E5M2FNUZ
  %v4 = arith.constant 18446744073709551611 : i64
  %v5 = arith.constant 4 : i64
  %v6 = arith.cmpi slt, %v4, %v5 : i64
  %v7 = arith.constant dense<[4.0, 0x3C00, 0.0]> : tensor<3xf16>
  %v8 = arith.cmpf uno, %v7, %v7 : tensor<3xf16>
  %v9 = arith.constant dense<-1> : vector<2x3xindex>
  %v10 = arith.xori %v0, %v9 : vector<2x3xindex>
  %v11 = arith.xori %v10, %v9 : vector<2x3xindex>
  %v12 = arith.constant dense<-3.0e-05> : tensor<3xf16>
  %v13 = arith.maxnumf %v7, %v12 fastmath<arcp,afn> : tensor<3xf16>
  %v14 = arith.constant true
  %v15 = arith.xori %arg0, %v14 : i1
  %v16 = arith.xori %v15, %v14 : i1
  %v17 = arith.extsi %v15 : i1 to i64
  %v18 = arith.extsi %v14 : i1 to i64
  %v19 = arith.cmpi uge, %v17, %v18 : i64
  %v20 = arith.constant dense<0x0400> : tensor<3xf16>
  %v21 = arith.fptoui %v20 : tensor<3xf16> to tensor<3xi32>
  return %v18, %v2 : i64, f8E5M2FNUZ
}
func.func @f1(%arg0: f32, %arg1: vector<2x3xi64>) -> (vector<2x3xi1>, vector<2x3xi64>) {
  %v0 = arith.constant dense<64> : vector<2x3xi64>
  %v1 = arith.muli %arg1, %v0 : vector<2x3xi64>
  %v2 = arith.constant dense<11> : vector<2x3xi64>
  %v3:2 = arith.addui_extended %v2, %v0 : vector<2x3xi64>, vector<2x3xi1>
  %v4:2 = arith.addui_extended %v2, %v0 : vector<2x3xi64>, vector<2x3xi1>
  %v5:2 = arith.addui_extended %v2, %v0 : vector<2x3xi64>, vector<2x3xi1>
  %v6 = arith.constant -1 : i16
  %v7 = arith.shrsi %v6, %v6 : i16
  %v8 = arith.constant -0.0 : f32
  %v9 = arith.negf %v8 fastmath<fast> : f32
  %v10 = arith.maxsi %v6, %v7 : i16
  %v11 = arith.constant dense<[-1.0, 7.0, -1.0, -3.0e-05]> : vector<4xf64>
  %v12 = arith.maxnumf %v11, %v11 : vector<4xf64>
  %v13 = arith.subi %v2, %arg1 overflow<none> : vector<2x3xi64>
  %v14 = arith.constant true
  %v15 = arith.select %v14, %arg0, %v9 : f32
  %v16 = arith.bitcast %v2 : vector<2x3xi64> to vector<2x3xf64>
  %v17 = arith.maxsi %v6, %v10 : i16
  %v18 = arith.constant dense<9223372036854775807> : vector<2x3xi64>
  %v19 = arith.xori %v13, %v18 {tag = 0 : i64} : vector<2x3xi64>
  %v20 = arith.constant dense<1> : vector<2x3xi64>
  %v21 = arith.xori %v19, %v20 : vector<2x3xi64>
  %v22 = arith.constant dense<[-8, -7, 549755813888]> : tensor<3xi64>
  %v23 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v24 = arith.ceildivui %v22, %v23 : tensor<3xi64>
  return %v5#1, %v13 : vector<2x3xi1>, vector<2x3xi64>
}
func.func @f2(%arg0: index, %arg1: f8E4M3FNUZ) -> index {
  %v0 = arith.constant 0x78 : f8E4M3FNUZ
  %v1 = arith.mulf %arg1, %v0 fastmath<nsz> : f8E4M3FNUZ
  %v2 = arith.mulf %arg1, %v0 fastmath<nsz> : f8E4M3FNUZ
  %v3 = arith.constant 1 : index
  %v4 = arith.shli %v3, %arg0 : index
  %v5 = arith.constant -8 : index
  %v6 = arith.floordivsi %v3, %v5 : index
  %v7 = arith.constant -7239436987147276766 : index
  %v8 = arith.divsi %arg0, %v7 : index
  %v9 = arith.constant -9223372036854775808 : index
  %v10 = arith.shrui %v9, %v7 {tag = 1 : i64} : index
  %v11 = arith.index_castui %v5 : index to i7
  %v12 = arith.truncf %v2 downward fastmath<ninf> : f8E4M3FNUZ to f4E2M1FN
  %v13 = arith.constant dense<-3.0e-05> : vector<f64>
  %v14 = arith.constant dense<3.0> : vector<f64>
  %v15 = arith.subf %v13, %v14 : vector<f64>
  %v16 = arith.negf %v2 : f8E4M3FNUZ
  %v17 = arith.negf %v16 : f8E4M3FNUZ
  %v18 = arith.constant 0.1 : f32
  %v19 = arith.constant dense<1> : vector<2x3xi64>
  %v20:2 = func.call @f1(%v18, %v19) : (f32, vector<2x3xi64>) -> (vector<2x3xi1>, vector<2x3xi64>)
  %v21 = arith.constant true
  %v22 = arith.select %v21, %v16, %v2 : f8E4M3FNUZ
  %v23 = arith.index_cast %v5 {tag = 1 : i64} : index to i128
  %v24 = arith.constant dense<[[true, false, true], [false, true, false]]> : vector<2x3xi1>
  %v25 = arith.cmpi ugt, %v24, %v24 : vector<2x3xi1>
  %v26 = arith.uitofp %v11 : i7 to f8E4M3B11FNUZ
  %v27 = arith.ceildivsi %v20#1, %v20#1 : vector<2x3xi64>
  %v28 = arith.fptoui %v0 : f8E4M3FNUZ to i128
  %v29 = arith.constant 0xACB31B2BC7A61985 : f64
  %v30 = arith.constant -0.0 : f64
  %v31 = arith.subf %v29, %v30 fastmath<reassoc,contract> : f64
  %v32 = arith.constant 100.0 : f8E4M3FNUZ
  %v33 = arith.minimumf %v0, %v32 fastmath<fast> : f8E4M3FNUZ
  %v34 = arith.ceildivsi %v20#1, %v20#1 : vector<2x3xi64>
  %v35 = arith.shrui %v34, %v27 : vector<2x3xi64>
  %v36 = arith.shli %v3, %arg0 : index
  return %v36 : index
}
