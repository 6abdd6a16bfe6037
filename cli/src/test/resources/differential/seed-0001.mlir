// Random func/arith module, seed 1.
func.func @f0(%arg0: i1) -> (i1, i64) {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.subf %v0, %v0 : f32
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.maximumf %v2, %v1 {tag = 0 : i64} : f32
  %v4 = arith.constant dense<[]> : tensor<0xf32>
  %v5 = arith.fptosi %v4 : tensor<0xf32> to tensor<0xi16>
  %v6 = arith.subf %v0, %v0 : f32
  %v7 = arith.maxsi %arg0, %arg0 : i1
  %v8 = arith.subf %v0, %v0 : f32
  %v9 = arith.minui %v7, %arg0 : i1
  %v10 = arith.constant 0.5 : f32
  %v11 = arith.mulf %v2, %v10 : f32
  %v12 = arith.andi %v7, %v9 : i1
  %v13 = arith.constant -128 : i8
  %v14 = arith.extui %v13 : i8 to i64
  %v15 = arith.constant 0 : i64
  %v16 = arith.cmpi ule, %v14, %v15 : i64
  return %v9, %v14 : i1, i64
}
func.func @f1(%arg0: i16) -> i1 {
  %v0 = arith.constant 1 : i16
  %v1 = arith.constant -32768 : i16
  %v2 = arith.ceildivui %v0, %v1 : i16
  %v3 = arith.ceildivui %v0, %v1 : i16
  %v4 = arith.constant 8192 : i16
  %v5 = arith.extsi %v4 : i16 to i64
  %v6 = arith.sitofp %v0 : i16 to f8E3M4
  %v7 = arith.sitofp %v0 : i16 to f8E3M4
  %v8 = arith.constant dense<[0, 2]> : vector<2xi32>
  %v9 = arith.xori %v8, %v8 : vector<2xi32>
  %v10 = arith.ceildivui %v0, %v1 {tag = 0 : i64} : i16
  %v11 = arith.constant dense<[[0x7BFF, 0x0000, 0xFC00], [0.5, -2.5, 0x3C00]]> : vector<2x3xf16>
  %v12 = arith.constant dense<0xFC00> : vector<2x3xf16>
  %v13 = arith.remf %v11, %v12 fastmath<reassoc,contract> : vector<2x3xf16>
  %v14 = arith.extsi %v4 : i16 to i64
  %v15 = arith.constant 13 : i16
  %v16 = arith.cmpi uge, %arg0, %v15 : i16
  return %v16 : i1
}
