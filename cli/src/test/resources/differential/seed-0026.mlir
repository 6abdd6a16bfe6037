// Random func/arith module, seed 26.
func.func @f0(%arg0: f4E2M1FN) -> (f4E2M1FN, i1) {
  %v0 = arith.constant 7123197739288154176 : i64
  %v1:2 = arith.mulsi_extended %v0, %v0 : i64
  %v2 = arith.constant 18446744073709551615 : i64
  %v3 = arith.ori %v1#1, %v2 : i64
  %v4 = arith.constant 0 : i64
  %v5 = arith.ori %v3, %v4 : i64
  %v6 = arith.constant false
  %v7 = arith.constant 100.0 : f4E2M1FN
  %v8 = arith.select %v6, %arg0, %v7 : f4E2M1FN
  %v9 = arith.constant -9223372036854775808 : i64
  %v10 = arith.divui %v9, %v2 : i64
  %v11 = arith.constant 0x4 : f4E2M1FN
  %v12 = arith.divf %arg0, %v11 : f4E2M1FN
  %v13 = arith.constant true
  %v14 = arith.muli %v6, %v13 overflow<nuw> : i1
  %v15 = arith.constant false
  %v16 = arith.select %v15, %arg0, %v12 : f4E2M1FN
  return %v16, %v14 : f4E2M1FN, i1
}
func.func @f1(%arg0: i8, %arg1: index, %arg2: i16) {
  %v0 = arith.constant dense<0xFF800000> : vector<f32>
  %v1 = arith.constant dense<-0.0> : vector<f32>
  %v2 = arith.cmpf oeq, %v0, %v1 : vector<f32>
  %v3 = arith.constant dense<true> : vector<i1>
  %v4 = arith.constant dense<true> : vector<i1>
  %v5 = arith.maxsi %v3, %v4 : vector<i1>
  %v6 = arith.maxsi %v3, %v4 : vector<i1>
  %v7 = arith.constant dense<0x00000000> : vector<f32>
  %v8 = arith.remf %v7, %v1 : vector<f32>
  %v9 = arith.constant 2048 : i16
  %v10 = arith.cmpi ult, %v9, %arg2 : i16
  %v11 = arith.constant false
  %v12 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v13 = arith.constant 0x01 : f8E4M3B11FNUZ
  %v14 = arith.select %v11, %v12, %v13 : f8E4M3B11FNUZ
  %v15 = arith.constant false
  %v16:2 = arith.mulsi_extended %v11, %v15 : i1
  %v17 = arith.constant 1.0e+10 : f4E2M1FN
  %v18:2 = func.call @f0(%v17) : (f4E2M1FN) -> (f4E2M1FN, i1)
  %v19 = arith.ceildivui %v10, %v11 : i1
  %v20 = arith.constant -1 : i8
  %v21 = arith.ceildivui %arg0, %v20 : i8
  %v22 = arith.cmpf ueq, %v18#0, %v17 : f4E2M1FN
  %v23 = arith.constant 8 : i8
  %v24 = arith.cmpi eq, %v21, %v23 : i8
  %v25 = arith.constant 1 : i16
  %v26 = arith.ceildivsi %arg2, %v25 : i16
  %v27 = arith.minui %v21, %arg0 : i8
  %v28 = arith.constant dense<false> : vector<i1>
  %v29 = arith.constant dense<false> : vector<i1>
  %v30 = arith.ori %v28, %v29 : vector<i1>
  %v31 = arith.constant 8 : i16
  %v32 = arith.cmpi ult, %arg2, %v31 : i16
  %v33 = arith.constant 0x2 : f4E2M1FN
  %v34 = arith.fptoui %v33 : f4E2M1FN to i33
  %v35 = arith.constant -4 : index
  %v36 = arith.addi %v35, %arg1 overflow<nuw> : index
  %v37 = arith.bitcast %v7 : vector<f32> to vector<i32>
  return
}
