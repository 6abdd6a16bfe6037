// Random func/arith module, seed 163.
func.func @f0(%arg0: f32, %arg1: f32, %arg2: bf16) -> bf16 {
  %v0 = arith.constant 0xFF : f8E8M0FNU
  %v1 = arith.constant 0.0 : f8E8M0FNU
  %v2 = arith.subf %v0, %v1 : f8E8M0FNU
  %v3 = arith.subf %v0, %v1 : f8E8M0FNU
  %v4 = arith.subf %v0, %v1 {tag = 1 : i64} : f8E8M0FNU
  %v5 = arith.subf %v0, %v1 {tag = 1 : i64} : f8E8M0FNU
  %v6 = arith.constant -64 : i7
  %v7 = arith.cmpi ult, %v6, %v6 : i7
  %v8 = arith.constant 0xBF80 : bf16
  %v9 = arith.divf %arg2, %v8 fastmath<ninf> : bf16
  %v10 = arith.constant 0x80000000 : f32
  %v11 = arith.negf %v10 : f32
  return %v9 : bf16
}
func.func @f1(%arg0: f32) -> (i128, i128) {
  %v0 = arith.fptoui %arg0 : f32 to i128
  %v1 = arith.fptoui %arg0 : f32 to i128
  %v2 = arith.fptoui %arg0 : f32 to i128
  %v3 = arith.negf %arg0 : f32
  %v4 = arith.negf %v3 : f32
  %v5 = arith.fptoui %arg0 : f32 to i128
  %v6 = arith.constant -1 : i128
  %v7 = arith.minui %v6, %v0 : i128
  %v8 = arith.negf %arg0 : f32
  %v9 = arith.negf %arg0 : f32
  %v10 = arith.remsi %v2, %v7 : i128
  %v11 = arith.divf %v9, %arg0 : f32
  %v12 = arith.constant false
  %v13 = arith.constant -1 : i128
  %v14 = arith.select %v12, %v5, %v13 : i128
  %v15 = arith.constant -1 : i64
  %v16 = arith.muli %v15, %v15 overflow<nsw> : i64
  %v17 = arith.constant 95644806374465725120364386507024374515 : i128
  %v18 = arith.ceildivsi %v17, %v6 : i128
  return %v14, %v14 : i128, i128
}
