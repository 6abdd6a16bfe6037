// Random func/arith module, seed 1.
func.func @f0(%arg0: i1) -> (i1, i1) {
  %v0 = arith.constant 0x7FF8000000000000 : f64
  %v1 = arith.subf %v0, %v0 : f64
  %v2 = arith.constant 0x3FF0000000000000 : f64
  %v3 = arith.fptoui %v2 : f64 to i8
  %v4 = arith.xori %arg0, %arg0 : i1
  %v5 = arith.subf %v0, %v0 : f64
  %v6 = arith.xori %arg0, %arg0 : i1
  %v7 = arith.constant 0xFFF0000000000000 : f64
  %v8 = arith.cmpf ugt, %v2, %v7 fastmath<ninf> : f64
  %v9:2 = arith.mului_extended %v6, %v4 : i1
  %v10 = arith.subf %v0, %v0 : f64
  %v11 = arith.constant 0.5 : f64
  %v12 = arith.mulf %v0, %v11 : f64
  %v13 = arith.andi %v4, %arg0 : i1
  return %v9#0, %arg0 : i1, i1
}
func.func @f1(%arg0: i128, %arg1: f64, %arg2: i33) -> i33 {
  %v0 = arith.index_cast %arg0 : i128 to index
  %v1 = arith.constant -2.5 : f64
  %v2 = arith.mulf %v1, %arg1 fastmath<fast> : f64
  %v3 = arith.constant 0x3FF0000000000000 : f64
  %v4 = arith.subf %v3, %v2 : f64
  %v5 = arith.constant 16 : i128
  %v6 = arith.shrsi %v5, %arg0 : i128
  %v7 = arith.constant dense<[0, 2, -1920536419, -5]> : vector<4xi32>
  %v8 = arith.xori %v7, %v7 : vector<4xi32>
  %v9 = arith.index_cast %arg0 : i128 to index
  %v10 = arith.constant dense<[0x7BFF, 0x0000, 0xFC00, 0.5]> : vector<4xf16>
  %v11 = arith.constant dense<0xFC00> : vector<4xf16>
  %v12 = arith.remf %v10, %v11 fastmath<reassoc,contract> : vector<4xf16>
  %v13 = arith.constant dense<-3.0e-05> : vector<4xf16>
  %v14 = arith.constant dense<-0.0> : vector<4xf16>
  %v15 = arith.cmpf oeq, %v13, %v14 : vector<4xf16>
  %v16 = arith.constant 0 : i33
  %v17 = arith.minsi %v16, %v16 : i33
  %v18 = arith.subi %arg2, %arg2 : i33
  %v19 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v20 = arith.cmpf uno, %v19, %arg1 : f64
  %v21 = arith.ceildivsi %v9, %v0 : index
  %v22 = arith.minimumf %v10, %v12 fastmath<ninf> : vector<4xf16>
  %v23 = arith.andi %v5, %arg0 : i128
  %v24 = arith.constant true
  %v25 = arith.maxsi %v24, %v20 : i1
  %v26 = arith.subi %arg2, %arg2 : i33
  %v27 = arith.constant 0 : i33
  %v28 = arith.cmpi sgt, %arg2, %v27 : i33
  %v29 = arith.constant 4 : i128
  %v30 = arith.floordivsi %v29, %v23 : i128
  %v31 = arith.constant 3.0 : f64
  %v32 = arith.constant -0.75 : f64
  %v33 = arith.select %v28, %v31, %v32 : f64
  %v34 = arith.constant -2.5 : f32
  %v35 = arith.bitcast %v34 : f32 to i32
  %v36 = arith.constant 0x00000000 : f32
  %v37 = arith.constant 0x00000001 : f32
  %v38 = arith.cmpf olt, %v36, %v37 : f32
  %v39 = arith.divui %v25, %v38 : i1
  return %v26 : i33
}
