// Random func/arith module, seed 143.
func.func @f0(%arg0: i32, %arg1: vector<i64>) {
  %v0 = arith.constant 0x00 : f8E4M3
  %v1 = arith.minnumf %v0, %v0 fastmath<ninf> : f8E4M3
  %v2 = arith.minnumf %v0, %v0 fastmath<ninf> : f8E4M3
  %v3 = arith.minnumf %v0, %v0 fastmath<ninf> : f8E4M3
  %v4 = arith.constant -3.0e-05 : f8E4M3
  %v5 = arith.extf %v4 : f8E4M3 to f32
  %v6 = arith.constant dense<9> : vector<i64>
  %v7 = arith.cmpi slt, %v6, %arg1 : vector<i64>
  %v8 = arith.extf %v4 : f8E4M3 to f32
  %v9 = arith.constant 1.0 : f8E4M3
  %v10 = arith.constant 0x01 : f8E4M3
  %v11 = arith.cmpf false, %v9, %v10 fastmath<none> : f8E4M3
  %v12 = arith.cmpi slt, %v6, %arg1 : vector<i64>
  %v13 = arith.minsi %v12, %v7 : vector<i1>
  %v14 = arith.constant dense<9223372036854775807> : vector<i64>
  %v15 = arith.muli %arg1, %v14 : vector<i64>
  %v16 = arith.constant dense<-8533275533257121063> : vector<i64>
  %v17 = arith.muli %v16, %v15 : vector<i64>
  return
}
func.func @f1(%arg0: vector<2xi16>, %arg1: f64, %arg2: f32, %arg3: f8E4M3FNUZ) -> (i128, i128) {
  %v0 = arith.constant true
  %v1 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v2 = arith.select %v0, %arg3, %v1 : f8E4M3FNUZ
  %v3 = arith.cmpi sgt, %arg0, %arg0 : vector<2xi16>
  %v4 = arith.fptosi %arg3 : f8E4M3FNUZ to i128
  %v5 = arith.constant 0x959AA874 : f32
  %v6 = arith.minnumf %v5, %arg2 : f32
  %v7 = arith.maxnumf %arg3, %v2 fastmath<arcp,afn> : f8E4M3FNUZ
  %v8 = arith.constant dense<[[0.0, 0x007F], [0xFF80, 0x7F80]]> : tensor<2x2xbf16>
  %v9 = arith.constant dense<0x7FC0> : tensor<2x2xbf16>
  %v10 = arith.maximumf %v8, %v9 : tensor<2x2xbf16>
  %v11 = arith.constant true
  %v12 = arith.select %v11, %v4, %v4 : i128
  %v13 = arith.extui %v3 : vector<2xi1> to vector<2xi64>
  %v14 = arith.constant dense<5> : vector<2xi64>
  %v15 = arith.cmpi ule, %v13, %v14 : vector<2xi64>
  %v16 = arith.constant 0 : index
  %v17 = arith.constant 1 : index
  %v18 = arith.remsi %v16, %v17 : index
  %v19 = arith.constant dense<100.0> : tensor<2x2xbf16>
  %v20 = arith.fptoui %v19 : tensor<2x2xbf16> to tensor<2x2xi8>
  %v21 = arith.constant 81129638414606681695789005144064 : i128
  %v22 = arith.minsi %v21, %v12 : i128
  %v23 = arith.cmpi sge, %v3, %v3 : vector<2xi1>
  %v24 = arith.subi %v22, %v4 : i128
  %v25 = arith.fptosi %arg3 : f8E4M3FNUZ to i128
  %v26 = arith.maxnumf %v6, %arg2 : f32
  %v27 = arith.divf %arg1, %arg1 : f64
  %v28 = arith.constant true
  %v29 = arith.constant true
  %v30 = arith.select %v28, %v28, %v29 : i1
  return %v24, %v25 : i128, i128
}
func.func @f2(%arg0: i7, %arg1: i32, %arg2: f8E4M3FNUZ, %arg3: f16) -> i1 {
  %v0 = arith.constant -1013685524 : i32
  %v1 = arith.constant -1 : i32
  %v2 = arith.cmpi ne, %v0, %v1 : i32
  %v3 = arith.select %v2, %v0, %v1 : i32
  %v4 = arith.fptoui %arg3 : f16 to i64
  %v5 = arith.select %v2, %v0, %v1 : i32
  %v6 = arith.xori %arg0, %arg0 : i7
  %v7 = arith.constant 0.1 : f8E4M3FNUZ
  %v8 = arith.bitcast %v7 : f8E4M3FNUZ to f8E5M2FNUZ
  %v9 = arith.constant dense<-6> : vector<2xi64>
  %v10 = arith.constant dense<[4194304, 9223372036854775807]> : vector<2xi64>
  %v11 = arith.remsi %v9, %v10 : vector<2xi64>
  %v12 = arith.constant -0.0 : f16
  %v13 = arith.fptosi %v12 : f16 to i33
  %v14 = arith.constant 1.0 : f16
  %v15 = arith.minimumf %arg3, %v14 : f16
  %v16 = arith.cmpi ne, %v0, %v1 : i32
  %v17 = arith.cmpf une, %v7, %arg2 : f8E4M3FNUZ
  %v18 = arith.constant 4.0 : f8E4M3FN
  %v19 = arith.constant 0xFC : f8E4M3FN
  %v20 = arith.cmpf ole, %v18, %v19 fastmath<nnan,ninf> : f8E4M3FN
  return %v17 : i1
}
