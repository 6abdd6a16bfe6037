// Random func/arith module, seed 72.
func.func @f0(%arg0: i1) -> (i1, i1) {
  %v0 = arith.cmpi ule, %arg0, %arg0 : i1
  %v1 = arith.constant false
  %v2 = arith.floordivsi %v1, %v0 : i1
  %v3 = arith.extui %v0 : i1 to i8
  %v4 = arith.constant dense<[8, 9223372036854775807, -9223372036854775808]> : tensor<3xi64>
  %v5 = arith.cmpi ne, %v4, %v4 : tensor<3xi64>
  %v6:2 = arith.mulsi_extended %v1, %arg0 : i1
  %v7 = arith.constant dense<[11, -8, 17, 16]> : vector<4xi16>
  %v8 = arith.constant dense<-32768> : vector<4xi16>
  %v9 = arith.select %v1, %v7, %v8 : vector<4xi16>
  %v10 = arith.constant 0x07 : f8E4M3FNUZ
  %v11 = arith.constant 0x78 : f8E4M3FNUZ
  %v12 = arith.subf %v10, %v11 : f8E4M3FNUZ
  %v13 = arith.constant 4.0 : f8E4M3FNUZ
  %v14 = arith.addf %v13, %v10 : f8E4M3FNUZ
  %v15 = arith.constant 9 : i8
  %v16 = arith.maxui %v3, %v15 : i8
  %v17 = arith.constant 0xF8 : f8E4M3FNUZ
  %v18 = arith.constant 0x77 : f8E4M3FNUZ
  %v19 = arith.cmpf ole, %v17, %v18 : f8E4M3FNUZ
  %v20:2 = arith.mulsi_extended %v1, %arg0 : i1
  %v21 = arith.constant dense<0> : vector<2x3xi8>
  %v22 = arith.minsi %v21, %v21 : vector<2x3xi8>
  %v23 = arith.constant 0x77 : f8E4M3FNUZ
  %v24 = arith.cmpf ord, %v10, %v23 : f8E4M3FNUZ
  %v25 = arith.extui %arg0 : i1 to i16
  %v26 = arith.constant 1 : i64
  %v27 = arith.maxui %v26, %v26 : i64
  return %v20#1, %v20#0 : i1, i1
}
func.func @f1(%arg0: bf16) -> i1 {
  %v0 = arith.constant 0x7F80 : bf16
  %v1 = arith.constant 4.0 : bf16
  %v2 = arith.remf %v0, %v1 fastmath<nsz> : bf16
  %v3 = arith.constant false
  %v4 = arith.index_cast %v3 : i1 to index
  %v5 = arith.cmpf uge, %arg0, %v0 fastmath<nsz> : bf16
  %v6 = arith.constant 0xFFC0 : bf16
  %v7 = arith.extf %v6 fastmath<ninf> : bf16 to f32
  %v8 = arith.remf %v0, %v1 fastmath<nsz> : bf16
  %v9 = arith.cmpi ugt, %v3, %v3 : i1
  %v10 = arith.constant -212746764 : i32
  %v11 = arith.constant 9 : i32
  %v12 = arith.xori %v10, %v11 : i32
  %v13 = arith.constant 3.0 : bf16
  %v14 = arith.cmpf une, %arg0, %v13 : bf16
  return %v14 : i1
}
