// Random func/arith module, seed 59.
func.func @f0(%arg0: vector<4xi64>) -> (vector<4xi1>, vector<2x3xi1>, vector<2xbf16>, vector<4xi1>) {
  %v0 = arith.constant dense<-2.5> : vector<2x3xf64>
  %v1 = arith.constant dense<0x8000000000000000> : vector<2x3xf64>
  %v2 = arith.addf %v0, %v1 : vector<2x3xf64>
  %v3 = arith.constant dense<[[0xFFF8000000000000, 0x7FEFFFFFFFFFFFFF, 0xBFF0000000000000], [-0.75, -0.0, 0xFFF0000000000000]]> : vector<2x3xf64>
  %v4 = arith.constant dense<[[0x7FEFFFFFFFFFFFFF, 0x7FF0000000000000, 0x736899CF7519C441], [0x0010000000000000, 0xBFF0000000000000, 0x0000000000000001]]> : vector<2x3xf64>
  %v5 = arith.mulf %v3, %v4 : vector<2x3xf64>
  %v6 = arith.cmpf ueq, %v1, %v2 : vector<2x3xf64>
  %v7:2 = arith.addui_extended %arg0, %arg0 : vector<4xi64>, vector<4xi1>
  %v8 = arith.constant dense<0xBEE9EE709B92218B> : vector<2xf64>
  %v9 = arith.truncf %v8 : vector<2xf64> to vector<2xbf16>
  %v10 = arith.constant dense<7.0> : vector<2xf64>
  %v11 = arith.constant dense<0x8000000000000000> : vector<2xf64>
  %v12 = arith.minimumf %v10, %v11 fastmath<arcp,afn> : vector<2xf64>
  %v13 = arith.constant dense<-4> : vector<4xi64>
  %v14 = arith.maxsi %v13, %arg0 : vector<4xi64>
  %v15 = arith.divsi %v14, %arg0 exact : vector<4xi64>
  %v16 = arith.constant dense<false> : vector<4xi1>
  %v17 = arith.constant dense<false> : vector<4xi1>
  %v18 = arith.cmpi sge, %v16, %v17 : vector<4xi1>
  %v19 = arith.constant dense<[0xFF80, 2.0]> : vector<2xbf16>
  %v20 = arith.negf %v19 fastmath<reassoc,contract> : vector<2xbf16>
  %v21 = arith.constant dense<true> : vector<2x3xi1>
  %v22:2 = arith.mulsi_extended %v21, %v6 : vector<2x3xi1>
  %v23 = arith.constant 127 : i8
  %v24 = arith.constant 9 : i8
  %v25 = arith.cmpi slt, %v23, %v24 : i8
  %v26 = arith.remf %v19, %v20 : vector<2xbf16>
  %v27 = arith.constant dense<false> : vector<4xi1>
  %v28 = arith.ceildivsi %v27, %v17 : vector<4xi1>
  %v29 = arith.constant dense<[false, false]> : vector<2xi1>
  %v30 = arith.select %v29, %v10, %v8 : vector<2xi1>, vector<2xf64>
  %v31 = arith.constant dense<100.0> : vector<2xf64>
  %v32 = arith.mulf %v31, %v10 : vector<2xf64>
  return %v18, %v22#0, %v26, %v18 : vector<4xi1>, vector<2x3xi1>, vector<2xbf16>, vector<4xi1>
}
func.func @f1(%arg0: i7, %arg1: i1) -> (vector<4xi1>, vector<2x3xi1>) {
  %v0 = arith.extui %arg0 : i7 to i16
  %v1 = arith.constant dense<0.1> : vector<2x3xf64>
  %v2 = arith.constant dense<4.0> : vector<2x3xf64>
  %v3 = arith.maxnumf %v1, %v2 : vector<2x3xf64>
  %v4 = arith.constant dense<3.0> : vector<2x3xf64>
  %v5 = arith.minimumf %v4, %v1 : vector<2x3xf64>
  %v6:2 = arith.mulsi_extended %arg1, %arg1 : i1
  %v7 = arith.constant -5 : i16
  %v8 = arith.addi %v7, %v0 : i16
  %v9 = arith.constant -3 : i16
  %v10 = arith.remui %v9, %v0 : i16
  %v11 = arith.constant true
  %v12 = arith.minsi %v6#1, %v11 : i1
  %v13 = arith.constant 17 : i16
  %v14 = arith.shli %v7, %v13 overflow<none> : i16
  %v15 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v16:4 = func.call @f0(%v15) : (vector<4xi64>) -> (vector<4xi1>, vector<2x3xi1>, vector<2xbf16>, vector<4xi1>)
  return %v16#0, %v16#1 : vector<4xi1>, vector<2x3xi1>
}
