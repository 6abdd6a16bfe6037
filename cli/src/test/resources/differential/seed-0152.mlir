// Random func/arith module, seed 152.
func.func @f0(%arg0: index) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.shrui %arg0, %v0 : index
  %v2 = arith.constant false
  %v3 = arith.constant 0x2C2F : f16
  %v4 = arith.select %v2, %v3, %v3 : f16
  %v5 = arith.select %v2, %arg0, %v1 : index
  %v6 = arith.constant 0xBC00 : f16
  %v7 = arith.divf %v4, %v6 : f16
  %v8 = arith.shrui %arg0, %v0 : index
  %v9 = arith.constant -4 : index
  %v10 = arith.ori %v1, %v9 : index
  %v11 = arith.shrsi %v8, %arg0 : index
  return
}
func.func @f1(%arg0: i1) -> (f8E3M4, f8E3M4, i1, f4E2M1FN) {
  %v0 = arith.constant false
  %v1 = arith.divsi %v0, %arg0 exact : i1
  %v2 = arith.divsi %v0, %arg0 exact : i1
  %v3 = arith.divsi %v0, %arg0 exact : i1
  %v4 = arith.shrsi %v1, %arg0 : i1
  %v5 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v6 = arith.extf %v5 : f8E4M3B11FNUZ to tf32
  %v7 = arith.sitofp %v4 : i1 to f8E3M4
  %v8 = arith.constant 0x7 : f4E2M1FN
  %v9 = arith.minnumf %v8, %v8 : f4E2M1FN
  %v10 = arith.ori %arg0, %v4 : i1
  return %v7, %v7, %v10, %v9 : f8E3M4, f8E3M4, i1, f4E2M1FN
}
