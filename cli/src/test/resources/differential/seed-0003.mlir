// Random func/arith module, seed 3.
func.func @f0(%arg0: index, %arg1: f32, %arg2: i32) -> index {
  %v0 = arith.constant dense<[]> : tensor<0xi8>
  %v1 = arith.extui %v0 : tensor<0xi8> to tensor<0xi64>
  %v2 = arith.constant dense<1> : tensor<0xi64>
  %v3 = arith.cmpi ule, %v1, %v2 : tensor<0xi64>
  %v4 = arith.constant 0x7F800000 : f32
  %v5 = arith.cmpf ogt, %arg1, %v4 : f32
  %v6 = arith.cmpi ule, %v5, %v5 : i1
  %v7 = arith.remf %v4, %arg1 fastmath<nnan,ninf> {tag = 0 : i64} : f32
  %v8 = arith.extui %v0 : tensor<0xi8> to tensor<0xi64>
  %v9 = arith.constant true
  %v10 = arith.minui %v9, %v6 : i1
  %v11 = arith.extui %v0 : tensor<0xi8> to tensor<0xi64>
  %v12 = arith.extsi %v10 : i1 to i64
  %v13 = arith.constant false
  %v14 = arith.extsi %v13 : i1 to i64
  %v15 = arith.cmpi ne, %v12, %v14 : i64
  %v16 = arith.constant 14 : i32
  %v17 = arith.minsi %v16, %v16 : i32
  %v18 = arith.sitofp %v12 : i64 to f32
  %v19 = arith.cmpi ule, %v5, %v5 : i1
  %v20 = arith.constant 5 : i32
  %v21 = arith.cmpi uge, %v20, %arg2 : i32
  %v22 = arith.constant 0 : i8
  %v23 = arith.extsi %v22 : i8 to i64
  %v24 = arith.constant -1 : i64
  %v25 = arith.cmpi ne, %v23, %v24 : i64
  %v26 = arith.constant 9223372036854775807 : index
  %v27 = arith.select %v13, %v26, %arg0 : index
  %v28 = arith.shrsi %v27, %v27 exact : index
  %v29 = arith.constant 0x7F7FFFFF : f32
  %v30 = arith.constant 0x00000001 : f32
  %v31 = arith.mulf %v29, %v30 : f32
  return %v28 : index
}
func.func @f1(%arg0: i8, %arg1: i8) -> (index, f32, index, index) {
  %v0 = arith.constant -2.5 : f64
  %v1 = arith.constant 3.0 : f64
  %v2 = arith.maxnumf %v0, %v1 : f64
  %v3 = arith.constant 0x0000000000000000 : f64
  %v4 = arith.bitcast %v3 : f64 to i64
  %v5 = arith.bitcast %v3 {tag = 0 : i64} : f64 to i64
  %v6 = arith.cmpi eq, %arg1, %arg0 : i8
  %v7 = arith.constant true
  %v8 = arith.constant false
  %v9 = arith.select %v6, %v7, %v8 : i1
  %v10 = arith.cmpi eq, %v4, %v5 : i64
  %v11 = arith.constant dense<-3386208055717386735> : tensor<3xindex>
  %v12 = arith.constant dense<70368744177664> : tensor<3xindex>
  %v13 = arith.ori %v11, %v12 : tensor<3xindex>
  %v14 = arith.cmpi eq, %arg1, %arg0 : i8
  %v15 = arith.constant 2.0 : f64
  %v16 = arith.negf %v15 fastmath<none> : f64
  %v17 = arith.cmpi eq, %arg1, %arg0 : i8
  %v18 = arith.constant 2 : i8
  %v19 = arith.xori %arg1, %v18 : i8
  %v20 = arith.constant dense<-6> : tensor<3xindex>
  %v21 = arith.addi %v20, %v11 : tensor<3xindex>
  %v22 = arith.constant 7564934781814554421 : index
  %v23 = arith.constant 2.0 : f32
  %v24 = arith.constant -8 : i32
  %v25 = func.call @f0(%v22, %v23, %v24) : (index, f32, i32) -> index
  %v26 = arith.constant -9223372036854775808 : index
  %v27 = func.call @f0(%v26, %v23, %v24) : (index, f32, i32) -> index
  %v28 = arith.index_cast %v27 : index to i128
  %v29 = arith.remf %v23, %v23 fastmath<nsz> : f32
  %v30 = arith.extsi %v18 : i8 to i128
  return %v27, %v29, %v27, %v25 : index, f32, index, index
}
func.func @f2(%arg0: i16) -> f8E5M2FNUZ {
  %v0 = arith.constant false
  %v1 = arith.constant 0x1 : f4E2M1FN
  %v2 = arith.select %v0, %v1, %v1 {tag = 0 : i64} : f4E2M1FN
  %v3 = arith.select %v0, %v1, %v1 {tag = 0 : i64} : f4E2M1FN
  %v4 = arith.select %v0, %v1, %v1 {tag = 0 : i64} : f4E2M1FN
  %v5 = arith.constant 7.0 : f32
  %v6 = arith.negf %v5 fastmath<none> : f32
  %v7 = arith.constant true
  %v8 = arith.xori %v0, %v7 : i1
  %v9 = arith.xori %v8, %v7 : i1
  %v10 = arith.constant 0x04 : f8E5M2FNUZ
  %v11 = arith.maximumf %v10, %v10 : f8E5M2FNUZ
  %v12 = arith.constant -1 : i16
  %v13 = arith.ceildivui %arg0, %v12 : i16
  %v14 = arith.extsi %v12 : i16 to i64
  %v15 = arith.subf %v6, %v5 fastmath<ninf> : f32
  %v16 = arith.constant true
  %v17 = arith.constant 0x80000000 : f32
  %v18 = arith.select %v16, %v17, %v6 : f32
  %v19 = arith.constant 128 : i16
  %v20 = arith.constant -1 : i16
  %v21 = arith.cmpi ne, %v19, %v20 : i16
  %v22 = arith.bitcast %v13 : i16 to f16
  %v23 = arith.bitcast %v22 : f16 to i16
  return %v11 : f8E5M2FNUZ
}
func.func @f3(%arg0: vector<f64>, %arg1: f8E3M4, %arg2: f8E4M3FNUZ, %arg3: f8E5M2) -> (i1, vector<i16>, i1) {
  %v0 = arith.constant 9223372036854775807 : index
  %v1 = arith.constant -3 : index
  %v2 = arith.addi %v0, %v1 overflow<nsw, nuw> : index
  %v3 = arith.constant 0x7C : f8E5M2
  %v4 = arith.minimumf %v3, %arg3 : f8E5M2
  %v5 = arith.constant -7 : i16
  %v6 = func.call @f2(%v5) : (i16) -> f8E5M2FNUZ
  %v7 = arith.constant 0x00 : f8E4M3FNUZ
  %v8 = arith.divf %arg2, %v7 : f8E4M3FNUZ
  %v9 = arith.constant true
  %v10 = arith.constant 1 : index
  %v11 = arith.select %v9, %v0, %v10 : index
  %v12 = arith.cmpf one, %arg1, %arg1 : f8E3M4
  %v13 = arith.uitofp %v12 : i1 to f8E5M2
  %v14 = arith.constant 0.5 : f8E5M2FNUZ
  %v15 = arith.bitcast %v14 : f8E5M2FNUZ to f8E8M0FNU
  %v16 = arith.constant 0x04 : f8E5M2FNUZ
  %v17 = arith.constant 0x01 : f8E5M2FNUZ
  %v18 = arith.divf %v16, %v17 fastmath<fast> : f8E5M2FNUZ
  %v19 = arith.constant 1.0 : f16
  %v20 = arith.constant 0x3C00 : f16
  %v21 = arith.mulf %v19, %v20 : f16
  %v22 = arith.cmpi slt, %v9, %v12 : i1
  %v23 = arith.index_cast %v5 : i16 to index
  %v24 = arith.constant -1.0 : f8E8M0FNU
  %v25 = arith.constant 7.0 : f8E8M0FNU
  %v26 = arith.divf %v24, %v25 : f8E8M0FNU
  %v27 = arith.fptosi %arg0 : vector<f64> to vector<i16>
  %v28 = arith.bitcast %v27 : vector<i16> to vector<f16>
  %v29 = arith.bitcast %v28 : vector<f16> to vector<i16>
  %v30 = arith.constant 2.0 : f8E5M2
  %v31 = arith.cmpf ule, %arg3, %v30 : f8E5M2
  %v32 = arith.remf %v8, %arg2 : f8E4M3FNUZ
  %v33 = arith.constant 2.0 : f8E3M4
  %v34 = arith.minimumf %arg1, %v33 fastmath<ninf> : f8E3M4
  %v35 = arith.constant dense<[[0x0000000000000000, -0.0, -2.5], [-0.75, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF]]> : vector<2x3xf64>
  %v36 = arith.remf %v35, %v35 fastmath<fast> : vector<2x3xf64>
  %v37 = arith.constant 0x00 : f8E5M2FNUZ
  %v38 = arith.maxnumf %v37, %v6 fastmath<nnan,ninf> : f8E5M2FNUZ
  %v39 = arith.remui %v31, %v12 : i1
  return %v31, %v27, %v31 : i1, vector<i16>, i1
}
