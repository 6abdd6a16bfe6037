// Random func/arith module, seed 43.
func.func @f0(%arg0: f8E5M2, %arg1: vector<2xf16>) -> (f8E5M2, f8E5M2) {
  %v0 = arith.constant -1 : i128
  %v1 = arith.constant 536870912 : i128
  %v2 = arith.cmpi ne, %v0, %v1 : i128
  %v3 = arith.select %v2, %v1, %v0 : i128
  %v4 = arith.cmpi ne, %v0, %v1 : i128
  %v5 = arith.constant dense<-1> : vector<[4]xi16>
  %v6 = arith.constant dense<14299> : vector<[4]xi16>
  %v7 = arith.divui %v5, %v6 : vector<[4]xi16>
  %v8 = arith.divui %v5, %v6 : vector<[4]xi16>
  %v9 = arith.negf %arg0 : f8E5M2
  %v10 = arith.negf %v9 fastmath<ninf> : f8E5M2
  %v11 = arith.constant 0.0 : f8E5M2
  %v12 = arith.subf %v9, %v11 fastmath<fast> : f8E5M2
  return %v12, %v12 : f8E5M2, f8E5M2
}
func.func @f1(%arg0: i8, %arg1: tensor<3xi32>, %arg2: f8E8M0FNU, %arg3: vector<[4]xbf16>) -> tensor<3xi32> {
  %v0 = arith.xori %arg0, %arg0 : i8
  %v1 = arith.constant dense<[4, -3, 16]> : tensor<3xi32>
  %v2 = arith.constant dense<-1> : tensor<3xi32>
  %v3:2 = arith.mului_extended %v1, %v2 : tensor<3xi32>
  %v4 = arith.constant 0x07 : f8E4M3FN
  %v5 = arith.extf %v4 fastmath<arcp,afn> : f8E4M3FN to f128
  %v6 = arith.constant dense<0x8000> : vector<[4]xbf16>
  %v7 = arith.cmpf one, %v6, %arg3 : vector<[4]xbf16>
  %v8:2 = arith.mului_extended %v1, %v2 : tensor<3xi32>
  %v9 = arith.constant dense<1779292448> : tensor<3xi32>
  %v10 = arith.cmpi uge, %v3#1, %v9 : tensor<3xi32>
  %v11 = arith.constant dense<true> : vector<[4]xi1>
  %v12 = arith.muli %v7, %v11 : vector<[4]xi1>
  %v13 = arith.cmpi slt, %v0, %arg0 : i8
  %v14 = arith.muli %v11, %v7 : vector<[4]xi1>
  %v15 = arith.constant dense<2.0> : vector<[4]xbf16>
  %v16 = arith.bitcast %v15 {tag = 1 : i64} : vector<[4]xbf16> to vector<[4]xi16>
  %v17 = arith.constant -1.0 : f8E5M2
  %v18 = arith.constant dense<0x0400> : vector<2xf16>
  %v19:2 = func.call @f0(%v17, %v18) : (f8E5M2, vector<2xf16>) -> (f8E5M2, f8E5M2)
  %v20 = arith.constant dense<-1> : tensor<3xi32>
  %v21 = arith.xori %arg1, %v20 : tensor<3xi32>
  %v22 = arith.xori %v21, %v20 : tensor<3xi32>
  %v23 = arith.constant -9223372036854775808 : i64
  %v24 = arith.uitofp %v23 : i64 to f16
  return %v21 : tensor<3xi32>
}
