// Random func/arith module, seed 67.
func.func @f0(%arg0: tensor<2x2xf16>, %arg1: f32, %arg2: i32, %arg3: vector<2xf64>) -> (i128, f32, vector<2xi1>) {
  %v0 = arith.constant 8192 : i32
  %v1:2 = arith.mului_extended %v0, %arg2 : i32
  %v2 = arith.constant dense<0x56E09AD6377B5E5B> : vector<2xf64>
  %v3 = arith.constant dense<[0.1, 0x0010000000000000]> : vector<2xf64>
  %v4 = arith.cmpf ugt, %v2, %v3 : vector<2xf64>
  %v5 = arith.maximumf %arg3, %v2 : vector<2xf64>
  %v6 = arith.muli %arg2, %v1#1 overflow<none> : i32
  %v7 = arith.constant dense<-2.5> : tensor<2x2xf16>
  %v8 = arith.subf %arg0, %v7 : tensor<2x2xf16>
  %v9 = arith.constant false
  %v10 = arith.constant 0xA46962B5 : f32
  %v11 = arith.select %v9, %arg1, %v10 : f32
  %v12 = arith.constant 127 : i8
  %v13 = arith.constant 4 : i8
  %v14 = arith.divsi %v12, %v13 : i8
  %v15 = arith.constant 32767 : i16
  %v16 = arith.extsi %v15 : i16 to i33
  %v17 = arith.constant dense<1> : tensor<2x2xi8>
  %v18 = arith.uitofp %v17 : tensor<2x2xi8> to tensor<2x2xf64>
  %v19 = arith.fptoui %v18 : tensor<2x2xf64> to tensor<2x2xi8>
  %v20 = arith.constant 0x7FC00000 : f32
  %v21 = arith.subf %v20, %arg1 fastmath<nnan,ninf> : f32
  %v22 = arith.constant 4294967295 : i33
  %v23 = arith.floordivsi %v22, %v22 : i33
  %v24 = arith.constant 0 : i32
  %v25 = arith.constant -1 : i32
  %v26 = arith.maxsi %v24, %v25 : i32
  %v27 = arith.constant -8 : i32
  %v28 = arith.maxsi %v27, %v26 : i32
  %v29 = arith.constant 2 : i32
  %v30:2 = arith.mulsi_extended %v0, %v29 : i32
  %v31 = arith.constant 1 : i32
  %v32 = arith.muli %v6, %v31 : i32
  %v33 = arith.constant dense<true> : vector<2xi1>
  %v34 = arith.constant dense<0x7FF8000000000000> : vector<2xf64>
  %v35 = arith.constant dense<[0xBFF0000000000000, -2.5]> : vector<2xf64>
  %v36 = arith.select %v33, %v34, %v35 : vector<2xi1>, vector<2xf64>
  %v37 = arith.cmpi ugt, %v29, %v32 : i32
  %v38 = arith.constant dense<[0.5, 1.0]> : vector<2xf64>
  %v39 = arith.cmpf olt, %v38, %v5 fastmath<none> : vector<2xf64>
  %v40 = arith.extsi %v32 : i32 to i128
  %v41 = arith.fptoui %v18 : tensor<2x2xf64> to tensor<2x2xi8>
  %v42 = arith.subf %v20, %arg1 fastmath<nnan,ninf> : f32
  return %v40, %v42, %v39 : i128, f32, vector<2xi1>
}
func.func @f1(%arg0: i33, %arg1: i16, %arg2: vector<[4]xf16>, %arg3: i8) -> (i1, i64) {
  %v0 = arith.index_cast %arg3 : i8 to index
  %v1 = arith.index_cast %v0 : index to i8
  %v2 = arith.constant 12 : i128
  %v3 = arith.constant 0 : i128
  %v4 = arith.cmpi ugt, %v2, %v3 : i128
  %v5 = arith.index_cast %arg3 : i8 to index
  %v6 = arith.index_cast %arg3 : i8 to index
  %v7 = arith.constant true
  %v8 = arith.uitofp %v7 : i1 to f32
  %v9 = arith.fptoui %v8 : f32 to i1
  %v10 = arith.constant true
  %v11:2 = arith.mului_extended %v10, %v7 : i1
  %v12 = arith.constant 31 : i32
  %v13 = arith.extui %v12 : i32 to i64
  %v14 = arith.constant -1 : i32
  %v15 = arith.extui %v14 : i32 to i64
  %v16 = arith.cmpi ult, %v13, %v15 : i64
  %v17 = arith.fptoui %v8 : f32 to i1
  return %v17, %v13 : i1, i64
}
func.func @f2(%arg0: vector<2xi1>, %arg1: i32) -> (i32, i32) {
  %v0 = arith.constant 0xDB : f8E8M0FNU
  %v1 = arith.constant 0xFF : f8E8M0FNU
  %v2 = arith.cmpf uge, %v0, %v1 fastmath<nnan> : f8E8M0FNU
  %v3 = arith.constant dense<[true, true]> : vector<2xi1>
  %v4 = arith.uitofp %v3 : vector<2xi1> to vector<2xbf16>
  %v5 = arith.constant 1 : i32
  %v6 = arith.cmpi sle, %arg1, %v5 : i32
  %v7 = arith.maxnumf %v0, %v0 : f8E8M0FNU
  %v8 = arith.extsi %arg0 : vector<2xi1> to vector<2xi64>
  %v9 = arith.cmpf uge, %v0, %v1 fastmath<nnan> : f8E8M0FNU
  %v10 = arith.remsi %arg1, %v5 : i32
  %v11 = arith.muli %v10, %arg1 : i32
  %v12 = arith.cmpf ugt, %v0, %v7 fastmath<none> : f8E8M0FNU
  %v13 = arith.extui %v11 : i32 to i64
  %v14 = arith.extui %v10 : i32 to i64
  %v15 = arith.cmpi ne, %v13, %v14 : i64
  %v16 = arith.maxnumf %v0, %v0 : f8E8M0FNU
  %v17 = arith.constant -1 : i32
  %v18 = arith.select %v6, %v11, %v17 : i32
  return %v11, %v11 : i32, i32
}
