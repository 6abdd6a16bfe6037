// Random func/arith module, seed 38.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xi16>, %arg2: vector<[4]xi64>, %arg3: i8) {
  %v0 = arith.constant 1 : i8
  %v1:2 = arith.addui_extended %arg3, %v0 : i8, i1
  %v2 = arith.sitofp %v0 : i8 to f6E2M3FN
  %v3 = arith.constant dense<-3> : vector<[4]xi8>
  %v4 = arith.extsi %v3 : vector<[4]xi8> to vector<[4]xi64>
  %v5 = arith.extsi %v3 : vector<[4]xi8> to vector<[4]xi64>
  %v6 = arith.cmpi sle, %v4, %v5 : vector<[4]xi64>
  %v7 = arith.constant dense<0> : vector<[4]xi64>
  %v8 = arith.sitofp %v7 : vector<[4]xi64> to vector<[4]xf64>
  %v9 = arith.sitofp %v7 {tag = 0 : i64} : vector<[4]xi64> to vector<[4]xf64>
  %v10 = arith.ceildivsi %arg2, %v5 {tag = 0 : i64} : vector<[4]xi64>
  %v11 = arith.negf %v9 : vector<[4]xf64>
  %v12 = arith.addi %v1#0, %v0 : i8
  %v13 = arith.ceildivsi %arg2, %v5 {tag = 0 : i64} : vector<[4]xi64>
  %v14 = arith.sitofp %v0 : i8 to f6E2M3FN
  %v15 = arith.cmpi uge, %arg3, %v1#0 : i8
  %v16 = arith.constant dense<false> : tensor<2x2xi1>
  %v17 = arith.cmpi ule, %v16, %v16 : tensor<2x2xi1>
  %v18 = arith.select %v17, %v16, %v16 : tensor<2x2xi1>, tensor<2x2xi1>
  %v19:2 = arith.addui_extended %v10, %v5 : vector<[4]xi64>, vector<[4]xi1>
  %v20 = arith.constant -92 : i8
  %v21 = arith.minsi %v0, %v20 : i8
  %v22 = arith.constant dense<true> : vector<[4]xi1>
  %v23 = arith.extsi %v22 : vector<[4]xi1> to vector<[4]xi16>
  %v24 = arith.trunci %v23 : vector<[4]xi16> to vector<[4]xi1>
  %v25 = arith.constant dense<15> : vector<[4]xi8>
  %v26 = arith.subi %v3, %v25 : vector<[4]xi8>
  %v27 = arith.constant dense<-58> : vector<[4]xi8>
  %v28 = arith.subi %v26, %v27 : vector<[4]xi8>
  %v29 = arith.sitofp %v10 : vector<[4]xi64> to vector<[4]xf16>
  %v30 = arith.minnumf %v29, %v29 : vector<[4]xf16>
  %v31 = arith.minnumf %v29, %v29 : vector<[4]xf16>
  return
}
func.func @f1(%arg0: f4E2M1FN, %arg1: i1) -> (i64, f32, i1) {
  %v0 = arith.constant true
  %v1 = arith.shrsi %arg1, %v0 : i1
  %v2 = arith.constant dense<-2.5> : vector<[4]xbf16>
  %v3 = arith.constant dense<100.0> : vector<[4]xbf16>
  %v4 = arith.addf %v2, %v3 : vector<[4]xbf16>
  %v5 = arith.fptoui %arg0 : f4E2M1FN to i1
  %v6 = arith.constant dense<[[32767, -1], [-32768, -32768]]> : tensor<2x2xi16>
  %v7 = arith.constant dense<65> : vector<[4]xi64>
  %v8 = arith.constant 7 : i8
  func.call @f0(%v1, %v6, %v7, %v8) : (i1, tensor<2x2xi16>, vector<[4]xi64>, i8) -> ()
  %v10 = arith.extui %v1 {tag = 0 : i64} : i1 to i64
  %v11 = arith.constant true
  %v12 = arith.extui %v11 : i1 to i64
  %v13 = arith.cmpi eq, %v10, %v12 : i64
  %v14 = arith.addf %v2, %v3 : vector<[4]xbf16>
  %v15 = arith.uitofp %v5 : i1 to f32
  %v16 = arith.fptosi %v15 : f32 to i1
  %v17 = arith.constant 12 : i64
  %v18 = arith.shli %v17, %v12 overflow<none> : i64
  %v19 = arith.constant 72057594037927936 : i64
  %v20 = arith.subi %v17, %v19 overflow<nsw, nuw> : i64
  %v21:2 = arith.addui_extended %v10, %v10 : i64, i1
  %v22 = arith.constant true
  %v23 = arith.ceildivsi %v1, %v22 : i1
  %v24 = arith.constant 9 : i64
  %v25 = arith.select %v11, %v24, %v10 : i64
  return %v25, %v15, %v21#1 : i64, f32, i1
}
