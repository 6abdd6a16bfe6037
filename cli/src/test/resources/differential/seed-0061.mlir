// Random func/arith module, seed 61.
func.func @f0(%arg0: i16, %arg1: vector<2x3xi32>, %arg2: f32) -> (f32, f32, f32) {
  %v0 = arith.constant dense<2147483647> : vector<2x3xi32>
  %v1 = arith.divsi %v0, %arg1 exact : vector<2x3xi32>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg0, %arg0 : i16
  %v4 = arith.select %v2, %arg0, %arg0 : i16
  %v5 = arith.negf %arg2 fastmath<reassoc,contract> : f32
  %v6 = arith.divsi %v0, %arg1 exact : vector<2x3xi32>
  %v7 = arith.constant 0x00800000 : f32
  %v8 = arith.maxnumf %arg2, %v7 fastmath<reassoc,contract> : f32
  %v9 = arith.constant 1 : i16
  %v10 = arith.ori %v4, %v9 : i16
  return %v8, %v8, %v5 : f32, f32, f32
}
func.func @f1(%arg0: vector<2xf16>, %arg1: tensor<3xf16>, %arg2: i32) -> vector<2x3xi16> {
  %v0 = arith.constant 90605855684120826727657120593008968647 : i128
  %v1 = arith.sitofp %v0 : i128 to f64
  %v2 = arith.divf %arg0, %arg0 : vector<2xf16>
  %v3 = arith.constant dense<[[0xFE00, 0xFE00], [0xCAA3, 0x7C00]]> : tensor<2x2xf16>
  %v4 = arith.constant dense<-0.75> : tensor<2x2xf16>
  %v5 = arith.divf %v3, %v4 : tensor<2x2xf16>
  %v6 = arith.index_cast %arg2 : i32 to index
  %v7 = arith.constant -1 : index
  %v8 = arith.shrui %v6, %v7 : index
  %v9 = arith.ori %arg2, %arg2 : i32
  %v10 = arith.constant false
  %v11 = arith.constant dense<0x7E00> : vector<2xf16>
  %v12 = arith.select %v10, %v11, %v2 : vector<2xf16>
  %v13 = arith.subf %arg1, %arg1 : tensor<3xf16>
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.constant 1325587666 : i32
  %v16 = arith.shli %v14, %v15 : i32
  %v17 = arith.cmpi sgt, %v7, %v6 : index
  %v18 = arith.sitofp %v9 : i32 to f32
  %v19 = arith.fptosi %v18 : f32 to i32
  %v20 = arith.sitofp %v0 : i128 to f64
  %v21 = arith.constant 0xA8 : f8E3M4
  %v22 = arith.mulf %v21, %v21 fastmath<reassoc,contract> : f8E3M4
  %v23 = arith.xori %v9, %arg2 : i32
  %v24 = arith.constant dense<[[-4, 0, -4], [32767, 6, -19421]]> : vector<2x3xi16>
  %v25 = arith.constant dense<1> : vector<2x3xi16>
  %v26 = arith.shrui %v24, %v25 exact : vector<2x3xi16>
  %v27 = arith.cmpf une, %arg1, %v13 fastmath<fast> : tensor<3xf16>
  %v28 = arith.negf %v11 : vector<2xf16>
  return %v26 : vector<2x3xi16>
}
