// Random func/arith module, seed 177.
func.func @f0(%arg0: i64, %arg1: f8E5M2, %arg2: f64, %arg3: tensor<2x2xi16>) -> (i7, tensor<2x2xi16>, i1, tensor<2x2xi16>) {
  %v0 = arith.constant true
  %v1 = arith.remsi %v0, %v0 : i1
  %v2 = arith.constant dense<4> : tensor<2x2xi16>
  %v3 = arith.ceildivsi %v2, %arg3 : tensor<2x2xi16>
  %v4 = arith.constant false
  %v5 = arith.constant true
  %v6 = arith.ori %v4, %v5 : i1
  %v7 = arith.extsi %v2 : tensor<2x2xi16> to tensor<2x2xi32>
  %v8 = arith.constant dense<1> : tensor<2x2xi16>
  %v9 = arith.floordivsi %arg3, %v8 : tensor<2x2xi16>
  %v10 = arith.remsi %arg3, %v2 : tensor<2x2xi16>
  %v11 = arith.trunci %arg0 : i64 to i7
  %v12 = arith.cmpf ueq, %arg1, %arg1 fastmath<ninf> : f8E5M2
  return %v11, %v10, %v12, %v9 : i7, tensor<2x2xi16>, i1, tensor<2x2xi16>
}
func.func @f1(%arg0: f32, %arg1: f8E4M3, %arg2: i1) -> f8E5M2 {
  %v0 = arith.constant 0x00000001 : f32
  %v1 = arith.select %arg2, %arg0, %v0 : f32
  %v2 = arith.constant true
  %v3 = arith.divui %v2, %arg2 exact : i1
  %v4 = arith.constant 9007199254740992 : index
  %v5 = arith.constant 0 : index
  %v6 = arith.remui %v4, %v5 : index
  %v7 = arith.cmpf uno, %arg1, %arg1 : f8E4M3
  %v8 = arith.constant 121 : i7
  %v9 = arith.constant 63 : i7
  %v10 = arith.cmpi sle, %v8, %v9 : i7
  %v11 = arith.negf %arg1 : f8E4M3
  %v12 = arith.ceildivui %v7, %v2 : i1
  %v13 = arith.truncf %v1 fastmath<nsz> : f32 to f8E5M2
  %v14 = arith.constant dense<3.0> : vector<4xbf16>
  %v15 = arith.constant dense<-3.0e-05> : vector<4xbf16>
  %v16 = arith.divf %v14, %v15 fastmath<arcp,afn> : vector<4xbf16>
  %v17 = arith.constant 137438953472 : i64
  %v18 = arith.constant 9223372036854775807 : i64
  %v19:2 = arith.addui_extended %v17, %v18 : i64, i1
  return %v13 : f8E5M2
}
func.func @f2(%arg0: i8, %arg1: f16, %arg2: i32) -> (tensor<2x2xi16>, i7, tensor<2x2xi16>, tensor<2x2xi16>) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.ceildivsi %v0, %arg2 : i32
  %v2 = arith.constant 0x0001 : f16
  %v3 = arith.maxnumf %arg1, %v2 fastmath<nnan,ninf> : f16
  %v4 = arith.constant 4 : i64
  %v5 = arith.constant -2.5 : f8E5M2
  %v6 = arith.constant -0.0 : f64
  %v7 = arith.constant dense<0> : tensor<2x2xi16>
  %v8:4 = func.call @f0(%v4, %v5, %v6, %v7) : (i64, f8E5M2, f64, tensor<2x2xi16>) -> (i7, tensor<2x2xi16>, i1, tensor<2x2xi16>)
  %v9 = arith.constant dense<[0x0000000000000001, 0x7FF8000000000000]> : vector<2xf64>
  %v10 = arith.fptosi %v9 : vector<2xf64> to vector<2xi16>
  %v11 = arith.constant 33 : i32
  %v12 = arith.extsi %v11 : i32 to i33
  %v13 = arith.constant true
  %v14 = arith.constant 13 : i7
  %v15 = arith.select %v13, %v14, %v8#0 : i7
  %v16 = arith.constant 1417870778 : i33
  %v17 = arith.extsi %v16 : i33 to i64
  %v18:4 = func.call @f0(%v4, %v5, %v6, %v7) : (i64, f8E5M2, f64, tensor<2x2xi16>) -> (i7, tensor<2x2xi16>, i1, tensor<2x2xi16>)
  return %v18#1, %v15, %v18#3, %v18#1 : tensor<2x2xi16>, i7, tensor<2x2xi16>, tensor<2x2xi16>
}
