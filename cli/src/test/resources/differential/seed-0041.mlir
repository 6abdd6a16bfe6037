// Random func/arith module, seed 41.
func.func @f0(%arg0: index, %arg1: i64, %arg2: f32, %arg3: vector<4xi64>) {
  %v0 = arith.constant dense<1> : vector<[4]xi16>
  %v1 = arith.sitofp %v0 : vector<[4]xi16> to vector<[4]xf64>
  %v2 = arith.fptoui %v1 : vector<[4]xf64> to vector<[4]xi16>
  %v3 = arith.cmpi eq, %arg0, %arg0 {tag = 1 : i64} : index
  %v4 = arith.select %v3, %arg0, %arg0 : index
  %v5 = arith.constant dense<-0.75> : vector<[4]xf64>
  %v6 = arith.negf %v5 : vector<[4]xf64>
  %v7 = arith.fptoui %v1 : vector<[4]xf64> to vector<[4]xi16>
  %v8 = arith.constant -3.0e-05 : f32
  %v9 = arith.divf %v8, %v8 fastmath<fast> : f32
  %v10 = arith.constant 0x00000001 : f32
  %v11 = arith.cmpf true, %arg2, %v10 : f32
  %v12 = arith.index_castui %v11 {tag = 1 : i64} : i1 to index
  %v13 = arith.constant dense<[[-2.5, 0x18C5], [0x0080, -3.0e-05]]> : tensor<2x2xbf16>
  %v14 = arith.maximumf %v13, %v13 fastmath<nsz> : tensor<2x2xbf16>
  %v15 = arith.bitcast %arg2 : f32 to i32
  %v16 = arith.cmpi eq, %arg0, %arg0 {tag = 1 : i64} : index
  return
}
func.func @f1(%arg0: f64, %arg1: f6E3M2FN, %arg2: f64) -> (i1, i8) {
  %v0 = arith.constant 47031829526313520817109217909593278640 : i128
  %v1 = arith.constant 5 : i128
  %v2 = arith.ceildivui %v0, %v1 : i128
  %v3 = arith.constant -1 : i128
  %v4 = arith.minui %v1, %v3 : i128
  %v5 = arith.constant 0 : i128
  %v6 = arith.minui %v4, %v5 : i128
  %v7 = arith.constant -4 : i128
  %v8 = arith.cmpi sgt, %v7, %v5 : i128
  %v9 = arith.cmpi sge, %v3, %v7 : i128
  %v10 = arith.constant 0x00 : f6E3M2FN
  %v11 = arith.maxnumf %arg1, %v10 fastmath<fast> : f6E3M2FN
  %v12 = arith.truncf %arg1 {tag = 0 : i64} : f6E3M2FN to f4E2M1FN
  %v13 = arith.constant 9 : i8
  %v14 = arith.constant 0 : i8
  %v15 = arith.andi %v13, %v14 : i8
  %v16 = arith.constant 5 : i8
  %v17 = arith.andi %v15, %v16 : i8
  %v18 = arith.constant 0.0 : f4E2M1FN
  %v19 = arith.subf %v12, %v18 : f4E2M1FN
  %v20 = arith.cmpi eq, %v15, %v14 : i8
  %v21 = arith.constant 0.0 : f16
  %v22 = arith.maxnumf %v21, %v21 : f16
  %v23 = arith.cmpf ord, %arg1, %arg1 fastmath<ninf> : f6E3M2FN
  %v24 = arith.constant -9223372036854775808 : index
  %v25 = arith.constant 0 : i64
  %v26 = arith.constant 0x80000000 : f32
  %v27 = arith.constant dense<[2344693055779916203, -8830409136479666199, 9, 12]> : vector<4xi64>
  func.call @f0(%v24, %v25, %v26, %v27) : (index, i64, f32, vector<4xi64>) -> ()
  %v29 = arith.constant false
  %v30 = arith.shrui %v8, %v29 exact : i1
  %v31 = arith.constant -1 : index
  %v32 = arith.select %v23, %v24, %v31 : index
  %v33 = arith.index_cast %v32 : index to i16
  %v34 = arith.minnumf %v18, %v12 : f4E2M1FN
  %v35 = arith.constant 0x0000000000000000 : f64
  %v36 = arith.constant 0x7FF0000000000000 : f64
  %v37 = arith.maxnumf %v35, %v36 fastmath<ninf> : f64
  %v38:2 = arith.mului_extended %v33, %v33 : i16
  %v39 = arith.constant 0xA : f4E2M1FN
  %v40 = arith.cmpf uge, %v18, %v39 : f4E2M1FN
  %v41 = arith.select %v40, %v35, %v36 : f64
  %v42 = arith.constant 0x1 : f4E2M1FN
  %v43 = arith.divf %v34, %v42 : f4E2M1FN
  return %v23, %v14 : i1, i8
}
func.func @f2(%arg0: index) -> (i1, i64) {
  %v0 = arith.constant 63 : index
  %v1 = arith.constant 2 : i64
  %v2 = arith.constant 0x3F800000 : f32
  %v3 = arith.constant dense<-1> : vector<4xi64>
  func.call @f0(%v0, %v1, %v2, %v3) : (index, i64, f32, vector<4xi64>) -> ()
  %v5 = arith.constant -0.75 : f64
  %v6 = arith.constant 0x2C : f6E3M2FN
  %v7 = arith.constant 1.0 : f64
  %v8:2 = func.call @f1(%v5, %v6, %v7) : (f64, f6E3M2FN, f64) -> (i1, i8)
  %v9 = arith.constant -3.0e-05 : f8E3M4
  %v10 = arith.subf %v9, %v9 : f8E3M4
  %v11 = arith.cmpi ne, %v1, %v1 : i64
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.select %v11, %v12, %v13 : i1
  %v15 = arith.constant 100.0 : f32
  %v16 = arith.cmpf une, %v2, %v15 : f32
  %v17 = arith.constant false
  %v18 = arith.cmpi sgt, %v8#0, %v17 : i1
  %v19 = arith.select %v11, %v12, %v13 : i1
  %v20 = arith.constant -1 : i8
  %v21 = arith.divsi %v20, %v8#1 exact : i8
  %v22 = arith.constant 0xF : f4E2M1FN
  %v23 = arith.constant 0x2 : f4E2M1FN
  %v24 = arith.cmpf oge, %v22, %v23 : f4E2M1FN
  %v25 = arith.floordivsi %v8#0, %v24 : i1
  %v26 = arith.cmpi eq, %v25, %v25 : i1
  %v27 = arith.constant 274877906944 : index
  %v28 = arith.select %v26, %v27, %arg0 : index
  %v29:2 = func.call @f1(%v7, %v6, %v7) : (f64, f6E3M2FN, f64) -> (i1, i8)
  %v30 = arith.extsi %v29#1 : i8 to i64
  %v31 = arith.constant 3 : i64
  %v32 = arith.cmpi sge, %v30, %v31 : i64
  %v33 = arith.extsi %v11 : i1 to i33
  %v34 = arith.cmpi eq, %v28, %v28 : index
  %v35 = arith.constant true
  %v36 = arith.constant false
  %v37 = arith.select %v34, %v35, %v36 : i1
  func.call @f0(%v0, %v1, %v2, %v3) : (index, i64, f32, vector<4xi64>) -> ()
  %v39 = arith.constant 0x04 : f6E3M2FN
  %v40 = arith.maximumf %v39, %v39 : f6E3M2FN
  return %v29#0, %v30 : i1, i64
}
