// Random func/arith module, seed 15.
func.func @f0(%arg0: i33, %arg1: vector<4xi16>, %arg2: i128, %arg3: f8E4M3FNUZ) -> (i128, f8E4M3FNUZ) {
  %v0 = arith.constant 0xFC : f8E4M3FNUZ
  %v1 = arith.minimumf %arg3, %v0 fastmath<fast> : f8E4M3FNUZ
  %v2 = arith.minimumf %arg3, %v0 fastmath<arcp,afn> : f8E4M3FNUZ
  %v3 = arith.extf %v2 fastmath<nnan> : f8E4M3FNUZ to f16
  %v4 = arith.constant 2 : i64
  %v5 = arith.bitcast %v4 : i64 to f64
  %v6 = arith.maximumf %v3, %v3 fastmath<arcp,afn> : f16
  %v7 = arith.constant -3.0e-05 : f32
  %v8 = arith.fptosi %v7 : f32 to i8
  %v9 = arith.constant 0.1 : bf16
  %v10 = arith.negf %v9 : bf16
  %v11 = arith.extf %v2 fastmath<nnan> : f8E4M3FNUZ to f16
  %v12 = arith.constant -7 : i128
  %v13 = arith.ceildivsi %v12, %arg2 : i128
  %v14 = arith.constant 0 : i33
  %v15 = arith.ori %arg0, %v14 : i33
  %v16:2 = arith.mulsi_extended %arg1, %arg1 : vector<4xi16>
  %v17 = arith.minimumf %arg3, %v0 fastmath<fast> : f8E4M3FNUZ
  %v18 = arith.minimumf %v0, %arg3 fastmath<arcp,afn> : f8E4M3FNUZ
  %v19 = arith.ori %arg0, %v14 : i33
  return %v13, %v0 : i128, f8E4M3FNUZ
}
func.func @f1(%arg0: f64, %arg1: f8E4M3) -> f8E4M3 {
  %v0 = arith.constant -1 : i32
  %v1 = arith.addi %v0, %v0 overflow<nsw> : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.constant 11 : i33
  %v4 = arith.constant dense<[1, 0, 1, 32]> : vector<4xi16>
  %v5 = arith.constant 0 : i128
  %v6 = arith.constant 2.0 : f8E4M3FNUZ
  %v7:2 = func.call @f0(%v3, %v4, %v5, %v6) : (i33, vector<4xi16>, i128, f8E4M3FNUZ) -> (i128, f8E4M3FNUZ)
  %v8 = arith.truncf %arg0 downward : f64 to f8E5M2
  %v9 = arith.andi %v3, %v3 : i33
  %v10 = arith.addi %v0, %v0 overflow<nsw> : i32
  %v11 = arith.addi %v5, %v5 : i128
  %v12 = arith.mulf %v7#1, %v6 fastmath<fast> : f8E4M3FNUZ
  %v13 = arith.constant -20773166927563130138830448061477962280 : i128
  %v14:2 = arith.mului_extended %v5, %v13 : i128
  %v15 = arith.constant 1 : i33
  %v16 = arith.constant dense<1> : vector<4xi16>
  %v17:2 = func.call @f0(%v15, %v16, %v7#0, %v12) : (i33, vector<4xi16>, i128, f8E4M3FNUZ) -> (i128, f8E4M3FNUZ)
  %v18 = arith.constant 8589934592 : i128
  %v19 = arith.uitofp %v18 : i128 to f8E5M2FNUZ
  %v20 = arith.constant true
  %v21 = arith.constant 0 : i128
  %v22 = arith.select %v20, %v21, %v11 : i128
  %v23 = arith.fptoui %v17#1 : f8E4M3FNUZ to i1
  %v24 = arith.select %v23, %arg1, %arg1 : f8E4M3
  %v25 = arith.constant -1 : i128
  %v26:2 = func.call @f0(%v15, %v16, %v25, %v12) : (i33, vector<4xi16>, i128, f8E4M3FNUZ) -> (i128, f8E4M3FNUZ)
  %v27 = arith.constant 0.1 : f8E4M3
  %v28 = arith.remf %arg1, %v27 : f8E4M3
  %v29 = arith.andi %v1, %v0 : i32
  %v30 = arith.negf %v17#1 : f8E4M3FNUZ
  %v31 = arith.constant dense<[5, 0, -32768, -2945]> : vector<4xi16>
  %v32 = arith.cmpi ult, %v4, %v31 : vector<4xi16>
  %v33 = arith.constant true
  %v34 = arith.divui %v33, %v23 : i1
  %v35 = arith.addi %v14#0, %v26#0 : i128
  %v36 = arith.andi %v3, %v3 : i33
  return %v28 : f8E4M3
}
