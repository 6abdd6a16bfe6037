// Random func/arith module, seed 156.
func.func @f0(%arg0: f64, %arg1: i128) {
  %v0 = arith.constant 0xFFF0000000000000 : f64
  %v1 = arith.bitcast %v0 : f64 to i64
  %v2 = arith.bitcast %v0 : f64 to i64
  %v3 = arith.fptoui %v0 : f64 to i1
  %v4 = arith.constant true
  %v5 = arith.constant 6 : i128
  %v6 = arith.select %v4, %arg1, %v5 : i128
  %v7 = arith.fptoui %v0 : f64 to i1
  %v8 = arith.cmpi ule, %arg1, %v6 : i128
  %v9 = arith.select %v7, %arg0, %arg0 : f64
  return
}
func.func @f1(%arg0: f32) -> (i32, f32) {
  %v0 = arith.constant 0.0 : f16
  %v1 = arith.divf %v0, %v0 fastmath<ninf> : f16
  %v2 = arith.constant dense<-9223372036854775808> : tensor<3xi64>
  %v3 = arith.cmpi sge, %v2, %v2 : tensor<3xi64>
  %v4 = arith.constant 0xBF800000 : f32
  %v5 = arith.negf %v4 fastmath<reassoc,contract> : f32
  %v6 = arith.constant dense<1048576> : tensor<3xi64>
  %v7 = arith.cmpi eq, %v6, %v2 : tensor<3xi64>
  %v8 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %v9 = arith.constant dense<false> : tensor<3xi1>
  %v10 = arith.maxui %v8, %v9 : tensor<3xi1>
  %v11 = arith.constant dense<13> : tensor<3xi64>
  %v12 = arith.constant dense<[12, -1, -5]> : tensor<3xi64>
  %v13 = arith.subi %v11, %v12 : tensor<3xi64>
  %v14 = arith.constant dense<[4, -7, 32]> : tensor<3xi32>
  %v15 = arith.maxui %v14, %v14 : tensor<3xi32>
  %v16 = arith.mulf %arg0, %arg0 : f32
  %v17 = arith.mulf %v0, %v0 fastmath<nsz> : f16
  %v18 = arith.constant -1 : i32
  %v19 = arith.shrsi %v18, %v18 : i32
  %v20 = arith.constant -2 : i32
  %v21 = arith.ceildivui %v20, %v18 : i32
  %v22 = arith.constant -1.0 : f32
  %v23 = arith.subf %v16, %v22 fastmath<none> : f32
  return %v19, %v23 : i32, f32
}
func.func @f2(%arg0: tensor<2x2xi16>, %arg1: f8E4M3) -> (tensor<2x2xi16>, tensor<2x2xi1>, tensor<2x2xi16>) {
  %v0 = arith.constant dense<11765> : tensor<2x2xi16>
  %v1 = arith.trunci %v0 : tensor<2x2xi16> to tensor<2x2xi8>
  %v2 = arith.constant dense<[[9, 13], [1, 0]]> : tensor<2x2xi8>
  %v3 = arith.minui %v2, %v2 : tensor<2x2xi8>
  %v4 = arith.constant dense<-1> : tensor<2x2xi8>
  %v5 = arith.constant dense<[[-1, -128], [-32, -128]]> : tensor<2x2xi8>
  %v6 = arith.remui %v4, %v5 : tensor<2x2xi8>
  %v7:2 = arith.addui_extended %v1, %v5 : tensor<2x2xi8>, tensor<2x2xi1>
  %v8 = arith.remui %v4, %v5 : tensor<2x2xi8>
  %v9 = arith.constant dense<[[0, 11], [0, 11]]> : tensor<2x2xi16>
  %v10 = arith.subi %v9, %arg0 : tensor<2x2xi16>
  %v11 = arith.constant 9223372036854775807 : index
  %v12 = arith.index_cast %v11 : index to i64
  %v13 = arith.shrsi %v0, %v10 : tensor<2x2xi16>
  %v14 = arith.constant dense<6> : tensor<2x2xi16>
  %v15 = arith.cmpi slt, %arg0, %v14 : tensor<2x2xi16>
  %v16 = arith.constant dense<true> : tensor<2x2xi1>
  %v17 = arith.remsi %v16, %v15 : tensor<2x2xi1>
  return %v13, %v15, %v10 : tensor<2x2xi16>, tensor<2x2xi1>, tensor<2x2xi16>
}
func.func @f3(%arg0: i1) -> (i1, i1) {
  %v0 = arith.constant true
  %v1 = arith.addi %arg0, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.cmpi ult, %v0, %v2 : i1
  %v4 = arith.constant 0x0000000000000000 : f64
  %v5 = arith.constant 0x3FF0000000000000 : f64
  %v6 = arith.divf %v4, %v5 fastmath<ninf> : f64
  %v7 = arith.constant false
  %v8 = arith.andi %v1, %v7 : i1
  %v9 = arith.constant -2.5 : f64
  %v10 = arith.bitcast %v9 : f64 to i64
  %v11 = arith.floordivsi %v7, %v8 : i1
  %v12:2 = arith.mului_extended %v11, %v7 : i1
  %v13:2 = arith.mului_extended %v11, %v7 : i1
  %v14 = arith.andi %v1, %v7 : i1
  %v15 = arith.constant 0x7B : f8E5M2
  %v16 = arith.constant 0xB8 : f8E5M2
  %v17 = arith.cmpf false, %v15, %v16 : f8E5M2
  return %v12#1, %v13#0 : i1, i1
}
