// Random func/arith module, seed 22.
func.func @f0(%arg0: f64) -> (i1, f64) {
  %v0 = arith.constant 0x3FF0000000000000 : f64
  %v1 = arith.cmpf uno, %arg0, %v0 : f64
  %v2 = arith.fptoui %arg0 : f64 to i1
  %v3 = arith.constant false
  %v4 = arith.remsi %v1, %v3 : i1
  %v5 = arith.fptoui %arg0 : f64 to i1
  %v6 = arith.constant false
  %v7 = arith.constant true
  %v8 = arith.select %v6, %v7, %v5 : i1
  %v9 = arith.constant true
  %v10 = arith.cmpi uge, %v9, %v4 : i1
  %v11 = arith.constant 0x7E : f8E5M2FNUZ
  %v12 = arith.constant 0xBC : f8E5M2FNUZ
  %v13 = arith.minimumf %v11, %v12 : f8E5M2FNUZ
  %v14 = arith.divf %arg0, %v0 fastmath<nnan,ninf> : f64
  %v15 = arith.divf %arg0, %v0 fastmath<nnan,ninf> : f64
  %v16 = arith.extui %v4 : i1 to i16
  %v17 = arith.remsi %v1, %v3 : i1
  %v18 = arith.index_cast %v9 : i1 to index
  %v19 = arith.uitofp %v16 : i16 to f8E4M3FNUZ
  %v20 = arith.constant 0x7FF8000000000000 : f64
  %v21 = arith.constant 0x0000000000000001 : f64
  %v22 = arith.select %v10, %v20, %v21 : f64
  return %v17, %v15 : i1, f64
}
func.func @f1(%arg0: i32, %arg1: f32, %arg2: bf16) -> (bf16, f64, f64) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg1, %arg1 : f32
  %v2 = arith.constant 16 : i32
  %v3 = arith.cmpi ne, %arg0, %v2 : i32
  %v4 = arith.constant 2543360318 : i32
  %v5 = arith.constant 1 : i32
  %v6 = arith.maxsi %v4, %v5 : i32
  %v7 = arith.constant 7 : i32
  %v8 = arith.minui %v7, %arg0 : i32
  %v9 = arith.maxsi %v4, %v5 : i32
  %v10 = arith.constant 4.0 : f32
  %v11 = arith.minimumf %arg1, %v10 : f32
  %v12 = arith.remsi %v3, %v0 : i1
  %v13:2 = arith.mulsi_extended %arg0, %v7 : i32
  %v14 = arith.maxsi %v4, %v5 : i32
  %v15 = arith.minnumf %arg2, %arg2 fastmath<nnan> : bf16
  %v16:2 = arith.mulsi_extended %v13#1, %v2 : i32
  %v17 = arith.select %v0, %arg1, %arg1 : f32
  %v18:2 = arith.addui_extended %v3, %v0 : i1, i1
  %v19 = arith.constant -0.75 : f64
  %v20:2 = func.call @f0(%v19) : (f64) -> (i1, f64)
  %v21 = arith.shli %v18#0, %v12 : i1
  %v22 = arith.subi %v18#1, %v21 : i1
  %v23 = arith.constant 13 : i64
  %v24 = arith.constant -1 : i64
  %v25:2 = arith.addui_extended %v23, %v24 : i64, i1
  %v26 = arith.mulf %v15, %arg2 fastmath<nnan> : bf16
  %v27:2 = func.call @f0(%v19) : (f64) -> (i1, f64)
  return %v26, %v27#1, %v27#1 : bf16, f64, f64
}
func.func @f2(%arg0: f64, %arg1: f32, %arg2: f16) -> (f64, f64) {
  %v0 = arith.mulf %arg0, %arg0 fastmath<nnan> : f64
  %v1 = arith.constant dense<-1316610149522620533> : vector<2xi64>
  %v2 = arith.constant dense<[-9223372036854775808, 7]> : vector<2xi64>
  %v3:2 = arith.mului_extended %v1, %v2 : vector<2xi64>
  %v4 = arith.constant dense<16> : vector<2xi64>
  %v5 = arith.bitcast %v4 : vector<2xi64> to vector<2xf64>
  %v6 = arith.constant dense<[-9223372036854775808, -4]> : vector<2xi64>
  %v7 = arith.constant dense<72057594037927936> : vector<2xi64>
  %v8 = arith.cmpi sge, %v6, %v7 : vector<2xi64>
  %v9 = arith.select %v8, %v6, %v7 : vector<2xi1>, vector<2xi64>
  %v10 = arith.constant 0 : i64
  %v11 = arith.trunci %v10 : i64 to i16
  %v12 = arith.constant dense<[[-7, -2147483648, 9], [-1969812204, 0, 12]]> : vector<2x3xi32>
  %v13 = arith.constant dense<-1706729218> : vector<2x3xi32>
  %v14 = arith.cmpi ule, %v12, %v13 : vector<2x3xi32>
  %v15 = arith.constant dense<1> : vector<2xi64>
  %v16 = arith.constant dense<-1> : vector<2xi64>
  %v17 = arith.andi %v15, %v16 : vector<2xi64>
  %v18 = arith.mulf %arg0, %arg0 fastmath<nnan> : f64
  %v19 = arith.constant dense<65> : vector<2xi64>
  %v20 = arith.remsi %v19, %v16 : vector<2xi64>
  %v21 = arith.constant -1 : i64
  %v22 = arith.constant 32 : i64
  %v23 = arith.xori %v22, %v21 : i64
  %v24 = arith.xori %v23, %v21 : i64
  %v25 = arith.constant dense<true> : vector<2x3xi1>
  %v26 = arith.constant dense<[[false, true, true], [false, false, true]]> : vector<2x3xi1>
  %v27 = arith.shrui %v25, %v26 : vector<2x3xi1>
  return %v18, %v18 : f64, f64
}
