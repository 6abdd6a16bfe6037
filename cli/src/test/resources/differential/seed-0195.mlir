// Random func/arith module, seed 195.
func.func @f0(%arg0: index, %arg1: i32) -> (index, i32, i32, i1) {
  %v0 = arith.constant 0x0000 : f16
  %v1 = arith.constant 0xFC00 : f16
  %v2 = arith.cmpf oge, %v0, %v1 : f16
  %v3 = arith.divf %v1, %v1 : f16
  %v4 = arith.divui %arg1, %arg1 exact : i32
  %v5 = arith.constant 1 : i32
  %v6 = arith.floordivsi %v5, %v4 : i32
  %v7 = arith.floordivsi %v5, %v4 : i32
  %v8 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v9 = arith.fptosi %v8 : f8E4M3FNUZ to i1
  %v10:2 = arith.mulsi_extended %v5, %v4 : i32
  %v11 = arith.constant 1.0e+10 : f8E4M3FNUZ
  %v12 = arith.maxnumf %v8, %v11 : f8E4M3FNUZ
  %v13 = arith.constant -6467721124064500401 : index
  %v14 = arith.muli %v13, %arg0 : index
  %v15 = arith.uitofp %v5 : i32 to f16
  %v16 = arith.constant 11 : i32
  %v17 = arith.minui %v10#0, %v16 : i32
  %v18 = arith.constant false
  %v19 = arith.uitofp %v18 : i1 to f8E5M2FNUZ
  %v20 = arith.constant 2.0 : f8E5M2FNUZ
  %v21 = arith.addf %v20, %v19 : f8E5M2FNUZ
  %v22 = arith.cmpi slt, %v17, %v10#1 : i32
  %v23 = arith.floordivsi %v5, %v4 : i32
  %v24 = arith.index_castui %v17 : i32 to index
  %v25 = arith.minui %v10#0, %v16 : i32
  %v26 = arith.constant -80246774608928710 : index
  %v27 = arith.cmpi ule, %v26, %v26 : index
  return %arg0, %v25, %v25, %v22 : index, i32, i32, i1
}
func.func @f1(%arg0: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xi1>) {
  %v0 = arith.constant 0.5 : f8E4M3FNUZ
  %v1 = arith.constant 0x01 : f8E4M3FNUZ
  %v2 = arith.cmpf ule, %v0, %v1 : f8E4M3FNUZ
  %v3 = arith.constant dense<[0, -128]> : vector<2xi8>
  %v4 = arith.constant dense<-8> : vector<2xi8>
  %v5 = arith.remui %v3, %v4 : vector<2xi8>
  %v6 = arith.negf %arg0 : tensor<2x2xf32>
  %v7 = arith.constant dense<0> : vector<2xi8>
  %v8 = arith.remsi %v4, %v7 : vector<2xi8>
  %v9 = arith.constant false
  %v10 = arith.maxsi %v2, %v9 : i1
  %v11 = arith.constant dense<[[0x00800000, 100.0], [0.0, 0xFFC00000]]> : tensor<2x2xf32>
  %v12 = arith.cmpf une, %v6, %v11 : tensor<2x2xf32>
  %v13 = arith.constant 11 : i32
  %v14 = arith.index_cast %v13 : i32 to index
  %v15 = arith.negf %v6 : tensor<2x2xf32>
  %v16 = arith.cmpf ule, %v0, %v1 : f8E4M3FNUZ
  return %v6, %v12 : tensor<2x2xf32>, tensor<2x2xi1>
}
