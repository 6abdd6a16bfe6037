// Random func/arith module, seed 152.
func.func @f0(%arg0: index) -> (vector<2x3xf64>, tensor<2x2xi64>, index, i1) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.shrui %arg0, %v0 : index
  %v2 = arith.constant 1.0 : f32
  %v3 = arith.cmpf one, %v2, %v2 fastmath<fast> : f32
  %v4 = arith.constant false
  %v5:2 = arith.addui_extended %v4, %v3 : i1, i1
  %v6 = arith.constant dense<[[549755813888, 65], [512, -9223372036854775808]]> : tensor<2x2xi64>
  %v7 = arith.subi %v6, %v6 : tensor<2x2xi64>
  %v8 = arith.select %v5#0, %v2, %v2 : f32
  %v9 = arith.subi %v6, %v6 : tensor<2x2xi64>
  %v10 = arith.constant dense<0x007F> : vector<2x3xbf16>
  %v11 = arith.extf %v10 fastmath<none> : vector<2x3xbf16> to vector<2x3xf64>
  return %v11, %v7, %v1, %v5#1 : vector<2x3xf64>, tensor<2x2xi64>, index, i1
}
func.func @f1(%arg0: f16) -> i1 {
  %v0 = arith.cmpf ule, %arg0, %arg0 : f16
  %v1 = arith.minnumf %arg0, %arg0 : f16
  %v2 = arith.constant false
  %v3:2 = arith.mulsi_extended %v2, %v0 : i1
  %v4 = arith.cmpi uge, %v3#1, %v2 : i1
  %v5 = arith.ori %v3#0, %v0 : i1
  %v6 = arith.maxui %v3#1, %v2 : i1
  %v7 = arith.andi %v2, %v3#0 : i1
  %v8 = arith.constant 0.5 : f8E4M3FNUZ
  %v9 = arith.constant 0x07 : f8E4M3FNUZ
  %v10 = arith.minnumf %v8, %v9 : f8E4M3FNUZ
  %v11 = arith.constant -0.75 : f16
  %v12 = arith.cmpf one, %v11, %v1 : f16
  %v13 = arith.constant 0xF4CE : f16
  %v14 = arith.maxnumf %v13, %arg0 fastmath<none> : f16
  %v15 = arith.minsi %v5, %v4 : i1
  %v16 = arith.divui %v3#0, %v12 : i1
  %v17 = arith.cmpf ord, %v1, %v13 : f16
  %v18 = arith.divui %v3#0, %v12 : i1
  %v19 = arith.constant dense<[0, 16]> : vector<2xi8>
  %v20 = arith.ceildivui %v19, %v19 : vector<2xi8>
  %v21 = arith.xori %v6, %v7 : i1
  %v22 = arith.cmpi uge, %v3#0, %v3#1 : i1
  %v23 = arith.constant dense<[-2, 6]> : vector<2xi8>
  %v24 = arith.ceildivsi %v20, %v23 : vector<2xi8>
  return %v15 : i1
}
