// Random func/arith module, seed 6.
func.func @f0(%arg0: vector<2xf64>, %arg1: vector<4xindex>) {
  %v0 = arith.constant dense<0xBFF0000000000000> : vector<4xf64>
  %v1 = arith.truncf %v0 : vector<4xf64> to vector<4xf16>
  %v2 = arith.truncf %v0 : vector<4xf64> to vector<4xf16>
  %v3 = arith.constant dense<0x7FF8000000000000> : vector<2xf64>
  %v4 = arith.addf %v3, %arg0 : vector<2xf64>
  %v5 = arith.constant dense<-1> : vector<4xindex>
  %v6 = arith.cmpi ult, %v5, %arg1 : vector<4xindex>
  %v7 = arith.index_cast %arg1 : vector<4xindex> to vector<4xi64>
  %v8 = arith.minimumf %v4, %v4 : vector<2xf64>
  %v9 = arith.constant dense<3.0> : vector<4xf16>
  %v10 = arith.maxnumf %v2, %v9 : vector<4xf16>
  %v11 = arith.index_cast %arg1 : vector<4xindex> to vector<4xi1>
  %v12 = arith.constant dense<false> : vector<4xi1>
  %v13 = arith.ceildivsi %v11, %v12 : vector<4xi1>
  %v14 = arith.minimumf %v4, %v4 : vector<2xf64>
  %v15 = arith.constant dense<65> : vector<4xi64>
  %v16 = arith.index_cast %v15 : vector<4xi64> to vector<4xindex>
  %v17 = arith.constant dense<[-1, 4, 4638897130176965400, -3]> : vector<4xindex>
  %v18 = arith.maxsi %v17, %arg1 : vector<4xindex>
  %v19 = arith.constant dense<[0x7FF0000000000000, 1.0]> : vector<2xf64>
  %v20 = arith.minimumf %v4, %v19 : vector<2xf64>
  %v21 = arith.cmpi ult, %v5, %arg1 : vector<4xindex>
  %v22 = arith.constant dense<false> : vector<4xi1>
  %v23 = arith.minui %v22, %v11 : vector<4xi1>
  %v24 = arith.constant dense<0> : vector<4xi64>
  %v25 = arith.remsi %v15, %v24 : vector<4xi64>
  return
}
func.func @f1(%arg0: f32, %arg1: i16) -> i128 {
  %v0 = arith.constant 129 : i128
  %v1 = arith.constant -1 : i128
  %v2 = arith.minsi %v0, %v1 : i128
  %v3 = arith.constant 0 : index
  %v4 = arith.index_cast %v3 : index to i1
  %v5 = arith.remsi %arg1, %arg1 : i16
  %v6 = arith.index_castui %arg1 : i16 to index
  %v7 = arith.subf %arg0, %arg0 : f32
  %v8 = arith.constant 9223372036854775807 : index
  %v9 = arith.divsi %v8, %v6 exact : index
  %v10 = arith.constant -7 : i64
  %v11 = arith.constant 3 : i64
  %v12:2 = arith.mului_extended %v10, %v11 : i64
  %v13:2 = arith.mulsi_extended %v12#0, %v12#1 : i64
  %v14 = arith.extf %v7 fastmath<nsz> : f32 to f64
  %v15 = arith.constant 14 : i16
  %v16 = arith.ceildivui %v15, %v5 : i16
  %v17 = arith.shrsi %v5, %v16 : i16
  %v18 = arith.fptosi %v14 : f64 to i16
  %v19 = arith.cmpf une, %v14, %v14 fastmath<nnan> : f64
  %v20 = arith.constant dense<1.0e+10> : vector<2xf64>
  %v21 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  func.call @f0(%v20, %v21) : (vector<2xf64>, vector<4xindex>) -> ()
  %v23 = arith.constant false
  %v24:2 = arith.mulsi_extended %v19, %v23 : i1
  %v25 = arith.minsi %v9, %v3 : index
  return %v2 : i128
}
func.func @f2(%arg0: tensor<3xi16>, %arg1: f8E4M3, %arg2: i7) {
  %v0 = arith.maxui %arg2, %arg2 : i7
  %v1 = arith.constant 2.0 : f8E4M3
  %v2 = arith.bitcast %v1 : f8E4M3 to f8E4M3FNUZ
  %v3 = arith.shrui %arg0, %arg0 : tensor<3xi16>
  %v4 = arith.constant dense<10946> : tensor<3xi16>
  %v5 = arith.constant dense<13> : tensor<3xi16>
  %v6 = arith.shrsi %v4, %v5 : tensor<3xi16>
  %v7 = arith.constant 0x7C : f8E4M3
  %v8 = arith.addf %arg1, %v7 : f8E4M3
  %v9 = arith.constant 126 : i7
  %v10 = arith.cmpi sge, %v0, %v9 : i7
  %v11 = arith.constant dense<100.0> : vector<2xf64>
  %v12 = arith.constant dense<70368744177664> : vector<4xindex>
  func.call @f0(%v11, %v12) : (vector<2xf64>, vector<4xindex>) -> ()
  return
}
