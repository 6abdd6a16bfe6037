// Random func/arith module, seed 3.
func.func @f0(%arg0: index, %arg1: f64, %arg2: i32) -> (f8E3M4, vector<2xi8>, i1) {
  %v0 = arith.constant dense<-5> : vector<2xi8>
  %v1 = arith.extsi %v0 : vector<2xi8> to vector<2xi16>
  %v2 = arith.andi %arg2, %arg2 : i32
  %v3 = arith.constant 2 : i32
  %v4 = arith.maxui %v2, %v3 : i32
  %v5 = arith.ceildivsi %v0, %v0 : vector<2xi8>
  %v6 = arith.shrsi %arg0, %arg0 exact : index
  %v7 = arith.constant -9223372036854775808 : index
  %v8 = arith.cmpi ult, %arg0, %v7 : index
  %v9 = arith.constant true
  %v10 = arith.constant true
  %v11:2 = arith.addui_extended %v9, %v10 : i1, i1
  %v12 = arith.constant true
  %v13 = arith.cmpi ne, %v12, %v8 : i1
  %v14 = arith.ceildivsi %v0, %v0 : vector<2xi8>
  %v15 = arith.constant 512 : i33
  %v16 = arith.constant -1 : i33
  %v17 = arith.cmpi slt, %v15, %v16 : i33
  %v18 = arith.cmpi ugt, %v6, %v7 : index
  %v19 = arith.maxnumf %arg1, %arg1 : f64
  %v20:2 = arith.mulsi_extended %v12, %v13 : i1
  %v21 = arith.constant 0x0000000000000000 : f64
  %v22 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v23 = arith.cmpf ole, %v21, %v22 : f64
  %v24 = arith.uitofp %v4 : i32 to f8E3M4
  %v25 = arith.constant -1 : i32
  %v26 = arith.cmpi sge, %arg2, %v25 : i32
  return %v24, %v14, %v17 : f8E3M4, vector<2xi8>, i1
}
func.func @f1(%arg0: vector<4xi32>, %arg1: i8, %arg2: i32, %arg3: tensor<2x2xbf16>) -> (tensor<2x2xbf16>, tensor<2x2xbf16>) {
  %v0 = arith.constant dense<[[-0.75, 0x0000], [2.0, 0x0000]]> : tensor<2x2xbf16>
  %v1 = arith.constant dense<[[0x7FC0, 2.0], [100.0, 0x0080]]> : tensor<2x2xbf16>
  %v2 = arith.maximumf %v0, %v1 : tensor<2x2xbf16>
  %v3 = arith.constant dense<33> : vector<4xi32>
  %v4 = arith.shli %v3, %v3 overflow<none> : vector<4xi32>
  %v5 = arith.constant false
  %v6 = arith.constant dense<0x0000> : tensor<2x2xbf16>
  %v7 = arith.constant dense<-2.5> : tensor<2x2xbf16>
  %v8 = arith.select %v5, %v6, %v7 : tensor<2x2xbf16>
  %v9 = arith.constant 33 : i32
  %v10:2 = arith.mului_extended %v9, %v9 : i32
  %v11 = arith.constant dense<false> : tensor<2x2xi1>
  %v12 = arith.select %v11, %arg3, %arg3 : tensor<2x2xi1>, tensor<2x2xbf16>
  %v13 = arith.mulf %arg3, %v6 : tensor<2x2xbf16>
  return %v12, %v12 : tensor<2x2xbf16>, tensor<2x2xbf16>
}
func.func @f2(%arg0: f32, %arg1: f8E5M2, %arg2: f64, %arg3: i128) -> (i1, f8E5M2, f8E5M2) {
  %v0 = arith.cmpf false, %arg1, %arg1 fastmath<nnan> : f8E5M2
  %v1 = arith.constant 7 : i8
  %v2 = arith.extsi %v1 : i8 to i16
  %v3 = arith.xori %v0, %v0 : i1
  %v4 = arith.extui %v3 : i1 to i128
  %v5 = arith.constant -6 : index
  %v6 = arith.index_cast %v5 : index to i16
  %v7 = arith.minimumf %arg1, %arg1 fastmath<fast> : f8E5M2
  %v8 = arith.subf %v7, %arg1 : f8E5M2
  %v9 = arith.xori %v0, %v0 : i1
  return %v9, %v7, %v8 : i1, f8E5M2, f8E5M2
}
func.func @f3(%arg0: bf16, %arg1: vector<2x3xf16>, %arg2: vector<4xi16>, %arg3: bf16) {
  %v0 = arith.constant -3.0e-05 : f8E4M3
  %v1 = arith.constant 0.0 : f8E4M3
  %v2 = arith.cmpf uno, %v0, %v1 : f8E4M3
  %v3 = arith.constant dense<7.0> : vector<2x3xf16>
  %v4 = arith.remf %arg1, %v3 : vector<2x3xf16>
  %v5 = arith.cmpf ugt, %arg0, %arg3 fastmath<reassoc,contract> : bf16
  %v6 = arith.maximumf %arg3, %arg0 : bf16
  %v7:2 = arith.addui_extended %arg2, %arg2 : vector<4xi16>, vector<4xi1>
  %v8 = arith.constant 0xFC : f8E4M3FNUZ
  %v9 = arith.bitcast %v8 : f8E4M3FNUZ to f8E4M3
  %v10 = arith.constant dense<0xBC00> : vector<2x3xf16>
  %v11 = arith.negf %v10 fastmath<ninf> : vector<2x3xf16>
  %v12 = arith.remsi %v7#0, %arg2 : vector<4xi16>
  return
}
