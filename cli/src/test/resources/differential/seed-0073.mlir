// Random func/arith module, seed 73.
func.func @f0(%arg0: tensor<2x2xbf16>, %arg1: f32) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.constant -5 : i32
  %v2 = arith.remsi %v0, %v1 : i32
  %v3 = arith.fptosi %arg0 : tensor<2x2xbf16> to tensor<2x2xi64>
  %v4 = arith.constant 7.0 : f32
  %v5 = arith.constant 7.0 : f32
  %v6 = arith.minnumf %v4, %v5 : f32
  %v7 = arith.constant dense<-7960809004935386118> : tensor<2x2xi64>
  %v8:2 = arith.addui_extended %v3, %v7 : tensor<2x2xi64>, tensor<2x2xi1>
  %v9 = arith.ceildivui %v8#1, %v8#1 : tensor<2x2xi1>
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.cmpf uge, %v10, %arg1 fastmath<none> : f32
  return %v8#1, %v9, %v9 : tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>
}
func.func @f1(%arg0: f8E4M3FN) -> f8E4M3FN {
  %v0 = arith.constant 0x80 : f8E4M3FN
  %v1 = arith.divf %arg0, %v0 : f8E4M3FN
  %v2 = arith.divf %arg0, %v0 : f8E4M3FN
  %v3 = arith.cmpf ugt, %v2, %arg0 fastmath<nsz> : f8E4M3FN
  %v4 = arith.constant false
  %v5 = arith.minui %v3, %v4 : i1
  %v6 = arith.constant 0x08 : f8E4M3FN
  %v7 = arith.negf %v6 : f8E4M3FN
  %v8 = arith.negf %v2 : f8E4M3FN
  %v9 = arith.constant false
  %v10 = arith.xori %v4, %v9 : i1
  %v11 = arith.muli %v3, %v3 overflow<nsw> : i1
  %v12 = arith.constant true
  %v13 = arith.floordivsi %v5, %v12 : i1
  %v14 = arith.constant dense<[[false, true], [true, false]]> : tensor<2x2xi1>
  %v15 = arith.constant dense<[[0x7F7F, 0xFF80], [0.1, 0x8000]]> : tensor<2x2xbf16>
  %v16 = arith.constant dense<0x3F80> : tensor<2x2xbf16>
  %v17 = arith.select %v14, %v15, %v16 : tensor<2x2xi1>, tensor<2x2xbf16>
  %v18 = arith.constant true
  %v19 = arith.divsi %v18, %v4 : i1
  %v20 = arith.constant 0xB8 : f8E4M3FN
  %v21 = arith.constant 0xED : f8E4M3FN
  %v22 = arith.minnumf %v20, %v21 fastmath<nnan> : f8E4M3FN
  %v23 = arith.divf %arg0, %v0 : f8E4M3FN
  %v24 = arith.constant 0x07 : f8E4M3FN
  %v25 = arith.cmpf ueq, %v8, %v24 : f8E4M3FN
  %v26 = arith.bitcast %v2 : f8E4M3FN to f8E5M2FNUZ
  %v27 = arith.constant 16 : i16
  %v28 = arith.extui %v27 : i16 to i33
  %v29 = arith.constant 0.1 : f64
  %v30 = arith.fptosi %v29 : f64 to i7
  %v31:2 = arith.addui_extended %v5, %v25 : i1, i1
  %v32 = arith.index_cast %v14 : tensor<2x2xi1> to tensor<2x2xindex>
  %v33 = arith.constant 3.0 : f64
  %v34 = arith.constant 0x8000000000000000 : f64
  %v35 = arith.cmpf ule, %v33, %v34 : f64
  %v36 = arith.maxnumf %v20, %v23 fastmath<fast> : f8E4M3FN
  %v37 = arith.fptosi %v26 : f8E5M2FNUZ to i32
  %v38 = arith.constant 0x80000000 : f32
  %v39:3 = func.call @f0(%v16, %v38) : (tensor<2x2xbf16>, f32) -> (tensor<2x2xi1>, tensor<2x2xi1>, tensor<2x2xi1>)
  return %v36 : f8E4M3FN
}
func.func @f2(%arg0: i32, %arg1: i64) -> i33 {
  %v0 = arith.constant -2 : i32
  %v1 = arith.maxui %arg0, %v0 : i32
  %v2 = arith.maxui %arg0, %v0 : i32
  %v3:2 = arith.addui_extended %arg1, %arg1 : i64, i1
  %v4 = arith.constant 11 : i16
  %v5 = arith.constant 32767 : i16
  %v6 = arith.divui %v4, %v5 : i16
  %v7 = arith.constant dense<[0x7FC0, 7.0, 1.0e+10]> : tensor<3xbf16>
  %v8 = arith.constant dense<[0x7F80, -1.0, 7.0]> : tensor<3xbf16>
  %v9 = arith.remf %v7, %v8 : tensor<3xbf16>
  %v10 = arith.shrsi %v1, %v0 exact : i32
  %v11 = arith.constant 1 : i64
  %v12 = arith.minui %v3#0, %v11 : i64
  %v13 = arith.constant false
  %v14 = arith.andi %v3#1, %v13 : i1
  %v15 = arith.constant true
  %v16 = arith.cmpi sle, %v15, %v3#1 : i1
  %v17 = arith.cmpf ueq, %v9, %v8 fastmath<nnan,ninf> : tensor<3xbf16>
  %v18 = arith.minsi %v11, %v3#0 : i64
  %v19 = arith.constant dense<[0xFFC0, 0x7F80, 0x007F]> : tensor<3xbf16>
  %v20 = arith.mulf %v7, %v19 : tensor<3xbf16>
  %v21 = arith.constant -1 : index
  %v22 = arith.remui %v21, %v21 : index
  %v23 = arith.shrui %v15, %v3#1 : i1
  %v24 = arith.constant dense<true> : tensor<3xi1>
  %v25 = arith.index_castui %v24 : tensor<3xi1> to tensor<3xindex>
  %v26 = arith.constant dense<0x0080> : tensor<3xbf16>
  %v27 = arith.maxnumf %v7, %v26 fastmath<nnan,ninf> : tensor<3xbf16>
  %v28 = arith.extsi %v0 : i32 to i33
  %v29 = arith.constant dense<[0x0080, 7.0, 100.0]> : tensor<3xbf16>
  %v30 = arith.divf %v7, %v29 : tensor<3xbf16>
  %v31 = arith.constant dense<0x8000> : tensor<3xbf16>
  %v32 = arith.divf %v7, %v31 fastmath<nnan> : tensor<3xbf16>
  %v33 = arith.constant dense<0x8000> : tensor<3xbf16>
  %v34 = arith.constant dense<-0.0> : tensor<3xbf16>
  %v35 = arith.minnumf %v33, %v34 : tensor<3xbf16>
  return %v28 : i33
}
