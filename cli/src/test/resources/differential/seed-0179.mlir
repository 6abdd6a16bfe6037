// Random func/arith module, seed 179.
func.func @f0(%arg0: vector<2x3xi1>, %arg1: i16) -> i1 {
  %v0 = arith.constant 17 : i16
  %v1 = arith.cmpi ule, %arg1, %v0 : i16
  %v2 = arith.constant 0xFC : f8E4M3FNUZ
  %v3 = arith.cmpf uno, %v2, %v2 : f8E4M3FNUZ
  %v4 = arith.constant true
  %v5 = arith.constant false
  %v6 = arith.subi %v4, %v5 : i1
  %v7 = arith.divui %arg1, %v0 : i16
  %v8 = arith.cmpf uno, %v2, %v2 : f8E4M3FNUZ
  %v9 = arith.divui %arg1, %v0 : i16
  %v10 = arith.constant true
  %v11 = arith.select %v10, %v2, %v2 : f8E4M3FNUZ
  %v12 = arith.select %v10, %v2, %v2 : f8E4M3FNUZ
  %v13 = arith.subi %v4, %v5 : i1
  %v14 = arith.xori %v3, %v1 : i1
  %v15 = arith.cmpi slt, %v14, %v5 : i1
  %v16 = arith.cmpi slt, %v0, %v9 : i16
  %v17 = arith.cmpi ult, %arg1, %v9 : i16
  %v18 = arith.constant false
  %v19 = arith.constant 0x80 : f8E4M3FNUZ
  %v20 = arith.select %v18, %v19, %v11 : f8E4M3FNUZ
  %v21 = arith.constant dense<false> : vector<2x3xi1>
  %v22 = arith.select %arg0, %arg0, %v21 : vector<2x3xi1>, vector<2x3xi1>
  %v23 = arith.cmpi ule, %arg1, %v7 : i16
  %v24 = arith.constant dense<true> : vector<2x3xi1>
  %v25 = arith.uitofp %v24 : vector<2x3xi1> to vector<2x3xf64>
  %v26 = arith.constant 0x00 : f8E4M3FNUZ
  %v27 = arith.extf %v26 fastmath<fast> : f8E4M3FNUZ to f16
  %v28 = arith.fptosi %v2 : f8E4M3FNUZ to i128
  %v29 = arith.andi %v21, %v24 : vector<2x3xi1>
  %v30 = arith.constant 0x42 : f8E4M3FNUZ
  %v31 = arith.maximumf %v30, %v26 fastmath<fast> : f8E4M3FNUZ
  %v32 = arith.divui %v0, %v0 : i16
  return %v23 : i1
}
func.func @f1(%arg0: i32, %arg1: vector<2xi1>, %arg2: i32, %arg3: i32) -> (vector<2xi1>, vector<2xi1>) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x0010000000000000 : f64
  %v2 = arith.select %v0, %v1, %v1 : f64
  %v3 = arith.select %v0, %v1, %v1 : f64
  %v4 = arith.select %v0, %v1, %v1 : f64
  %v5 = arith.select %v0, %v1, %v1 : f64
  %v6 = arith.constant true
  %v7 = arith.select %v6, %arg1, %arg1 : vector<2xi1>
  %v8 = arith.cmpi slt, %arg1, %v7 : vector<2xi1>
  return %v8, %v7 : vector<2xi1>, vector<2xi1>
}
