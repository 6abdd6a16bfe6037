// Random func/arith module, seed 86.
func.func @f0(%arg0: bf16, %arg1: f8E4M3FN) -> (i1, i1) {
  %v0 = arith.bitcast %arg1 : f8E4M3FN to f8E4M3
  %v1 = arith.bitcast %arg1 : f8E4M3FN to f8E4M3
  %v2 = arith.constant 32767 : i16
  %v3 = arith.constant 3 : i16
  %v4 = arith.minui %v2, %v3 : i16
  %v5 = arith.constant 2 : i16
  %v6 = arith.constant 0 : i16
  %v7:2 = arith.addui_extended %v5, %v6 : i16, i1
  %v8 = arith.minui %v2, %v3 : i16
  %v9 = arith.constant 0x01 : f8E4M3
  %v10 = arith.cmpf olt, %v1, %v9 : f8E4M3
  %v11 = arith.cmpf olt, %v1, %v9 : f8E4M3
  return %v11, %v10 : i1, i1
}
func.func @f1(%arg0: i32) -> (i64, i32) {
  %v0 = arith.constant dense<0x0400> : vector<f16>
  %v1 = arith.fptoui %v0 : vector<f16> to vector<i1>
  %v2 = arith.constant 33 : i32
  %v3 = arith.xori %arg0, %v2 : i32
  %v4 = arith.constant dense<0x3C00> : vector<f16>
  %v5 = arith.subf %v4, %v0 : vector<f16>
  %v6 = arith.ceildivui %v3, %v2 : i32
  %v7 = arith.constant 0x7F7F : bf16
  %v8 = arith.constant 0x00 : f8E4M3FN
  %v9:2 = func.call @f0(%v7, %v8) : (bf16, f8E4M3FN) -> (i1, i1)
  %v10 = arith.constant 32 : i32
  %v11 = arith.cmpi sgt, %v3, %v10 : i32
  %v12 = arith.constant 0.1 : f8E4M3FN
  %v13 = arith.constant 0x00 : f8E4M3FN
  %v14 = arith.cmpf ord, %v12, %v13 : f8E4M3FN
  %v15 = arith.truncf %v7 to_nearest_even fastmath<nsz> : bf16 to f8E5M2FNUZ
  %v16 = arith.extsi %v6 : i32 to i64
  %v17 = arith.extsi %v3 : i32 to i64
  %v18 = arith.cmpi sgt, %v16, %v17 : i64
  %v19 = arith.constant 0 : i32
  %v20 = arith.maxui %v19, %v10 : i32
  %v21 = arith.extsi %v2 : i32 to i64
  %v22 = arith.maxui %v19, %v10 : i32
  %v23 = arith.extui %v11 : i1 to i64
  %v24 = arith.constant 7 : i64
  %v25 = arith.cmpi ugt, %v23, %v24 : i64
  return %v17, %v22 : i64, i32
}
