// Random func/arith module, seed 190.
func.func @f0(%arg0: f8E4M3, %arg1: i128) -> tensor<2x2xindex> {
  %v0 = arith.constant 1.0 : f8E4M3
  %v1 = arith.bitcast %v0 : f8E4M3 to f8E4M3FNUZ
  %v2 = arith.constant dense<140737488355328> : tensor<3xindex>
  %v3 = arith.constant dense<-9223372036854775808> : tensor<3xindex>
  %v4 = arith.andi %v2, %v3 : tensor<3xindex>
  %v5 = arith.constant -8 : i128
  %v6 = arith.cmpi slt, %v5, %arg1 : i128
  %v7 = arith.constant dense<0> : tensor<2x2xindex>
  %v8 = arith.constant dense<4857143813650581501> : tensor<2x2xindex>
  %v9 = arith.remui %v7, %v8 : tensor<2x2xindex>
  %v10 = arith.constant false
  %v11 = arith.constant 0x00000001 : f32
  %v12 = arith.constant 0x007FFFFF : f32
  %v13 = arith.select %v10, %v11, %v12 : f32
  %v14 = arith.select %v10, %v11, %v12 : f32
  %v15 = arith.constant 0 : i128
  %v16 = arith.remsi %arg1, %v15 : i128
  %v17 = arith.select %v6, %v6, %v6 : i1
  %v18 = arith.bitcast %v0 : f8E4M3 to f8E4M3FNUZ
  %v19 = arith.fptosi %arg0 : f8E4M3 to i7
  %v20 = arith.constant 0x00 : f8E4M3
  %v21 = arith.addf %arg0, %v20 fastmath<reassoc,contract> : f8E4M3
  %v22 = arith.cmpi slt, %v19, %v19 : i7
  %v23 = arith.cmpf false, %v13, %v14 fastmath<nsz> : f32
  %v24 = arith.remui %v6, %v22 : i1
  %v25 = arith.remf %arg0, %v21 fastmath<nnan> : f8E4M3
  %v26 = arith.addi %v16, %arg1 : i128
  %v27 = arith.constant dense<16> : vector<2xi16>
  %v28 = arith.constant dense<5> : vector<2xi16>
  %v29 = arith.cmpi sle, %v27, %v28 : vector<2xi16>
  %v30 = arith.addi %v29, %v29 : vector<2xi1>
  %v31 = arith.fptosi %arg0 : f8E4M3 to i7
  %v32 = arith.remsi %arg1, %v15 : i128
  %v33 = arith.maximumf %v12, %v14 : f32
  return %v9 : tensor<2x2xindex>
}
func.func @f1(%arg0: i64, %arg1: i33) -> (i33, i33, i33) {
  %v0 = arith.divsi %arg1, %arg1 : i33
  %v1 = arith.constant 0xD5 : f8E4M3
  %v2 = arith.constant 18014398509481984 : i128
  %v3 = func.call @f0(%v1, %v2) : (f8E4M3, i128) -> tensor<2x2xindex>
  %v4 = arith.bitcast %v1 : f8E4M3 to f8E3M4
  %v5 = arith.constant 4294967295 : i33
  %v6:2 = arith.mulsi_extended %v5, %arg1 : i33
  %v7 = arith.constant -9223372036854775808 : i64
  %v8 = arith.shli %arg0, %v7 : i64
  %v9 = arith.constant 0xBF800000 : f32
  %v10 = arith.minnumf %v9, %v9 fastmath<fast> : f32
  return %v6#1, %v6#1, %v6#0 : i33, i33, i33
}
