// Random func/arith module, seed 0.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: f8E5M2FNUZ, %arg3: i32) -> i32 {
  %v0 = arith.constant 0xBC : f8E5M2FNUZ
  %v1 = arith.cmpf ugt, %v0, %arg2 : f8E5M2FNUZ
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.xori %v2, %v3 : i1
  %v5 = arith.constant 0x00800000 : f32
  %v6 = arith.truncf %v5 : f32 to f6E3M2FN
  %v7 = arith.extf %arg2 : f8E5M2FNUZ to f64
  %v8 = arith.maxnumf %v5, %v5 : f32
  %v9 = arith.shli %arg3, %arg0 : i32
  %v10 = arith.constant 3.0 : bf16
  %v11 = arith.select %v1, %v10, %v10 : bf16
  %v12 = arith.negf %v7 : f64
  %v13 = arith.negf %v12 : f64
  %v14 = arith.constant 100.0 : f8E5M2FNUZ
  %v15 = arith.remf %v14, %arg2 fastmath<fast> : f8E5M2FNUZ
  %v16 = arith.constant true
  %v17 = arith.shrui %v1, %v16 {tag = 0 : i64} : i1
  %v18 = arith.constant 0x7B : f8E5M2FNUZ
  %v19 = arith.fptosi %v18 : f8E5M2FNUZ to i1
  %v20 = arith.constant -7 : i16
  %v21 = arith.cmpi sle, %arg1, %v20 : i16
  %v22 = arith.constant 1 : index
  %v23 = arith.remui %v22, %v22 : index
  %v24 = arith.negf %v7 : f64
  %v25 = arith.constant 1814945218 : i32
  %v26 = arith.cmpi slt, %v25, %v9 : i32
  %v27 = arith.constant false
  %v28 = arith.muli %v26, %v27 : i1
  %v29 = arith.constant false
  %v30 = arith.muli %v29, %v28 {tag = 0 : i64} : i1
  %v31 = arith.select %v3, %v9, %arg0 : i32
  %v32 = arith.constant 64 : index
  %v33 = arith.constant 1 : index
  %v34 = arith.divsi %v32, %v33 : index
  %v35 = arith.constant 0x03 : f8E5M2FNUZ
  %v36 = arith.constant 100.0 : f8E5M2FNUZ
  %v37 = arith.cmpf oge, %v35, %v36 : f8E5M2FNUZ
  %v38 = arith.negf %v35 fastmath<nnan> : f8E5M2FNUZ
  %v39 = arith.constant -1 : i32
  %v40 = arith.xori %arg3, %v39 : i32
  %v41 = arith.xori %v40, %v39 : i32
  %v42 = arith.remui %v9, %v31 : i32
  %v43 = arith.constant 256 : i64
  %v44:2 = arith.mulsi_extended %v43, %v43 : i64
  return %v31 : i32
}
func.func @f1(%arg0: f80, %arg1: tensor<0xi32>, %arg2: f8E4M3B11FNUZ) -> (tensor<0xf16>, f8E5M2FNUZ, tensor<0xi1>) {
  %v0 = arith.constant 32 : i32
  %v1 = arith.constant 13 : i16
  %v2 = arith.constant 0.0 : f8E5M2FNUZ
  %v3 = func.call @f0(%v0, %v1, %v2, %v0) : (i32, i16, f8E5M2FNUZ, i32) -> i32
  %v4 = arith.constant 0x27BDA55B3450EC39997F : f80
  %v5 = arith.truncf %v4 toward_zero : f80 to f8E4M3B11FNUZ
  %v6 = arith.truncf %v4 toward_zero : f80 to f8E4M3B11FNUZ
  %v7 = arith.extui %arg1 : tensor<0xi32> to tensor<0xi64>
  %v8 = arith.constant dense<[]> : tensor<0xi64>
  %v9 = arith.cmpi sge, %v7, %v8 : tensor<0xi64>
  %v10 = arith.constant 4.0 : f64
  %v11 = arith.bitcast %v10 {tag = 0 : i64} : f64 to i64
  %v12 = arith.constant 0x80000000000000000000 : f80
  %v13 = arith.addf %v4, %v12 : f80
  %v14 = arith.sitofp %v7 : tensor<0xi64> to tensor<0xf16>
  %v15 = arith.uitofp %arg1 : tensor<0xi32> to tensor<0xf16>
  %v16 = arith.constant dense<[]> : tensor<0xi1>
  %v17 = arith.ceildivsi %v9, %v16 : tensor<0xi1>
  %v18 = arith.cmpi sge, %v7, %v8 : tensor<0xi64>
  %v19 = arith.constant dense<33554432> : tensor<0xi32>
  %v20 = arith.muli %v19, %arg1 : tensor<0xi32>
  %v21 = arith.minimumf %v2, %v2 : f8E5M2FNUZ
  return %v15, %v21, %v18 : tensor<0xf16>, f8E5M2FNUZ, tensor<0xi1>
}
