// Random func/arith module, seed 191.
func.func @f0(%arg0: i1, %arg1: f8E5M2FNUZ, %arg2: i16) -> i32 {
  %v0 = arith.constant dense<8> : vector<2x3xi8>
  %v1 = arith.constant dense<1> : vector<2x3xi8>
  %v2 = arith.subi %v0, %v1 : vector<2x3xi8>
  %v3 = arith.constant false
  %v4 = arith.divui %arg0, %v3 : i1
  %v5 = arith.minimumf %arg1, %arg1 : f8E5M2FNUZ
  %v6 = arith.index_castui %arg0 : i1 to index
  %v7 = arith.constant dense<[[true, true, true], [true, false, false]]> : vector<2x3xi1>
  %v8 = arith.select %v7, %v0, %v1 : vector<2x3xi1>, vector<2x3xi8>
  %v9 = arith.fptosi %v5 : f8E5M2FNUZ to i1
  %v10 = arith.constant 4.0 : f8E5M2FNUZ
  %v11 = arith.divf %v10, %v5 fastmath<none> : f8E5M2FNUZ
  %v12 = arith.index_cast %v6 {tag = 1 : i64} : index to i32
  %v13 = arith.constant dense<2147483647> : vector<i32>
  %v14 = arith.constant dense<-2147483648> : vector<i32>
  %v15 = arith.cmpi ult, %v13, %v14 : vector<i32>
  %v16 = arith.constant dense<127> : vector<i8>
  %v17 = arith.constant dense<7> : vector<i8>
  %v18 = arith.floordivsi %v16, %v17 : vector<i8>
  return %v12 : i32
}
func.func @f1(%arg0: i64, %arg1: index, %arg2: i1) -> (i32, i1) {
  %v0 = arith.constant 64 : i64
  %v1 = arith.ceildivui %v0, %arg0 : i64
  %v2 = arith.constant 0x03 : f8E5M2FNUZ
  %v3 = arith.bitcast %v2 : f8E5M2FNUZ to f8E8M0FNU
  %v4 = arith.constant -3 : i7
  %v5 = arith.constant -1 : i7
  %v6 = arith.maxui %v4, %v5 : i7
  %v7 = arith.constant 0x01 : f8E8M0FNU
  %v8 = arith.constant 0xFE : f8E8M0FNU
  %v9 = arith.subf %v7, %v8 fastmath<ninf> : f8E8M0FNU
  %v10 = arith.cmpi sge, %v4, %v5 : i7
  %v11 = arith.fptoui %v8 : f8E8M0FNU to i16
  %v12 = arith.constant -32768 : i16
  %v13 = func.call @f0(%arg2, %v2, %v12) : (i1, f8E5M2FNUZ, i16) -> i32
  %v14 = arith.cmpi eq, %v5, %v4 : i7
  %v15 = arith.select %v14, %v4, %v5 : i7
  %v16 = arith.extf %v7 : f8E8M0FNU to f128
  %v17 = arith.cmpi eq, %v5, %v4 : i7
  %v18 = arith.fptoui %v8 : f8E8M0FNU to i16
  return %v13, %v14 : i32, i1
}
func.func @f2(%arg0: f8E5M2, %arg1: f4E2M1FN, %arg2: index, %arg3: i32) -> i1 {
  %v0 = arith.constant false
  %v1 = arith.select %v0, %arg2, %arg2 : index
  %v2 = arith.addf %arg0, %arg0 : f8E5M2
  %v3 = arith.select %v0, %arg2, %arg2 : index
  %v4 = arith.addf %arg0, %arg0 : f8E5M2
  %v5 = arith.negf %v4 : f8E5M2
  %v6 = arith.negf %v5 : f8E5M2
  %v7 = arith.constant 10 : index
  %v8 = arith.xori %v3, %v7 : index
  %v9 = arith.select %v0, %arg2, %arg2 : index
  %v10 = arith.sitofp %arg3 : i32 to f128
  %v11 = arith.constant 0.0 : bf16
  %v12 = arith.constant 0xE56D : bf16
  %v13 = arith.cmpf ugt, %v11, %v12 : bf16
  %v14 = arith.index_castui %v1 : index to i8
  %v15 = arith.constant 2 : i64
  %v16:2 = func.call @f1(%v15, %v8, %v0) : (i64, index, i1) -> (i32, i1)
  %v17 = arith.constant false
  %v18 = arith.remsi %v17, %v13 {tag = 0 : i64} : i1
  %v19 = arith.minimumf %v11, %v12 : bf16
  %v20 = arith.constant 7.0 : f4E2M1FN
  %v21 = arith.divf %arg1, %v20 : f4E2M1FN
  %v22 = arith.constant 3 : i32
  %v23 = arith.constant 10 : i32
  %v24 = arith.ceildivui %v22, %v23 : i32
  %v25 = arith.cmpf ugt, %v11, %v12 {tag = 1 : i64} : bf16
  %v26 = arith.constant -5 : index
  %v27 = arith.muli %v9, %v26 : index
  %v28 = arith.constant 140737488355328 : index
  %v29 = arith.muli %v27, %v28 : index
  %v30 = arith.select %v0, %arg2, %arg2 : index
  %v31 = arith.constant dense<[[0xFE00, 3.0, 0xFC00], [0xBC00, 0x0400, 0x3C00]]> : vector<2x3xf16>
  %v32 = arith.maxnumf %v31, %v31 : vector<2x3xf16>
  %v33 = arith.constant -1 : i32
  %v34 = arith.subi %v23, %v33 : i32
  return %v18 : i1
}
