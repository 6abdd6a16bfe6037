// Random func/arith module, seed 23.
func.func @f0(%arg0: vector<2xi32>, %arg1: vector<[4]xi32>) -> (vector<2xi1>, vector<2xi1>, vector<2xi32>) {
  %v0 = arith.shrui %arg1, %arg1 : vector<[4]xi32>
  %v1 = arith.constant dense<2147483647> : vector<2xi32>
  %v2 = arith.muli %arg0, %v1 overflow<none> : vector<2xi32>
  %v3 = arith.maxui %v2, %arg0 : vector<2xi32>
  %v4 = arith.extui %v2 : vector<2xi32> to vector<2xi64>
  %v5 = arith.constant dense<11> : vector<2xi32>
  %v6 = arith.divsi %arg0, %v5 : vector<2xi32>
  %v7 = arith.constant 0x3C00 : f16
  %v8 = arith.minnumf %v7, %v7 fastmath<reassoc,contract> : f16
  %v9 = arith.constant dense<-1> : vector<[4]xi32>
  %v10 = arith.constant dense<3> : vector<[4]xi32>
  %v11 = arith.xori %v9, %v10 : vector<[4]xi32>
  %v12 = arith.divsi %arg0, %v5 : vector<2xi32>
  %v13 = arith.xori %v9, %v10 : vector<[4]xi32>
  %v14 = arith.constant 0 : i8
  %v15 = arith.constant 0 : i8
  %v16 = arith.muli %v14, %v15 : i8
  %v17 = arith.constant -128 : i8
  %v18 = arith.muli %v16, %v17 : i8
  %v19 = arith.constant dense<[-2102632704, -3]> : vector<2xi32>
  %v20 = arith.cmpi ult, %arg0, %v19 : vector<2xi32>
  %v21 = arith.constant dense<false> : vector<2xi1>
  %v22 = arith.divsi %v20, %v21 : vector<2xi1>
  %v23 = arith.constant 1.0 : f16
  %v24 = arith.truncf %v23 : f16 to f4E2M1FN
  %v25 = arith.constant dense<-7> : tensor<0xi8>
  %v26 = arith.constant dense<127> : tensor<0xi8>
  %v27 = arith.maxui %v25, %v26 : tensor<0xi8>
  %v28 = arith.constant dense<-1> : vector<2xi32>
  %v29 = arith.ori %v28, %arg0 : vector<2xi32>
  %v30 = arith.constant -1.0 : f16
  %v31 = arith.subf %v30, %v30 : f16
  %v32 = arith.xori %v9, %v10 : vector<[4]xi32>
  %v33 = arith.constant -6 : i32
  %v34 = arith.extsi %v33 : i32 to i64
  %v35 = arith.extsi %v33 : i32 to i64
  %v36 = arith.cmpi sle, %v34, %v35 : i64
  return %v22, %v20, %v29 : vector<2xi1>, vector<2xi1>, vector<2xi32>
}
func.func @f1(%arg0: index, %arg1: vector<2x3xindex>) {
  %v0 = arith.constant -3 : index
  %v1 = arith.constant 7361952642195280452 : index
  %v2 = arith.remui %v0, %v1 : index
  %v3 = arith.constant 0x3C : f8E5M2
  %v4 = arith.remf %v3, %v3 fastmath<reassoc,contract> : f8E5M2
  %v5 = arith.constant dense<[[536870912, 140737488355328, 1207699562072275340], [0, 9223372036854775807, 9223372036854775807]]> : vector<2x3xindex>
  %v6 = arith.shrui %arg1, %v5 : vector<2x3xindex>
  %v7 = arith.constant dense<[[1, 9, 131072], [9223372036854775807, -1, 65]]> : vector<2x3xi64>
  %v8 = arith.constant dense<5> : vector<2x3xi64>
  %v9 = arith.shrui %v7, %v8 : vector<2x3xi64>
  %v10 = arith.ceildivui %arg0, %arg0 : index
  %v11 = arith.ceildivui %arg0, %arg0 : index
  %v12 = arith.maxsi %v11, %arg0 {tag = 1 : i64} : index
  %v13 = arith.subf %v3, %v3 fastmath<fast> : f8E5M2
  %v14 = arith.fptoui %v4 : f8E5M2 to i8
  %v15 = arith.remf %v3, %v3 fastmath<reassoc,contract> : f8E5M2
  %v16 = arith.constant 0x03 : f8E5M2
  %v17 = arith.negf %v16 : f8E5M2
  %v18 = arith.cmpi sge, %v5, %arg1 : vector<2x3xindex>
  %v19 = arith.shrui %v7, %v8 : vector<2x3xi64>
  %v20 = arith.constant dense<true> : vector<2x3xi1>
  %v21 = arith.ceildivsi %v18, %v20 : vector<2x3xi1>
  %v22 = arith.minui %v11, %arg0 : index
  %v23 = arith.constant 0x80 : f8E5M2
  %v24 = arith.cmpf olt, %v15, %v23 fastmath<nnan,ninf> : f8E5M2
  %v25 = arith.cmpi sgt, %v21, %v18 : vector<2x3xi1>
  %v26 = arith.constant dense<true> : vector<2x3xi1>
  %v27 = arith.floordivsi %v25, %v26 : vector<2x3xi1>
  %v28 = arith.constant 0x01 : f8E5M2
  %v29 = arith.subf %v28, %v23 fastmath<fast> : f8E5M2
  %v30 = arith.constant dense<true> : vector<2x3xi1>
  %v31 = arith.constant dense<false> : vector<2x3xi1>
  %v32 = arith.floordivsi %v30, %v31 : vector<2x3xi1>
  %v33 = arith.minui %arg0, %v11 : index
  return
}
func.func @f2(%arg0: vector<2xf32>, %arg1: tensor<0xbf16>, %arg2: f32, %arg3: i1) -> (i1, i1, i7) {
  %v0 = arith.constant dense<-1> : tensor<2x2xi16>
  %v1 = arith.constant dense<0> : tensor<2x2xi16>
  %v2 = arith.subi %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.muli %v1, %v0 : tensor<2x2xi16>
  %v4 = arith.constant 0 : i7
  %v5 = arith.maxui %v4, %v4 : i7
  %v6 = arith.maxui %v4, %v4 : i7
  %v7 = arith.constant dense<0x80000000> : vector<2xf32>
  %v8 = arith.fptosi %v7 : vector<2xf32> to vector<2xi16>
  %v9 = arith.maxui %v4, %v4 : i7
  %v10 = arith.constant true
  %v11 = arith.subi %arg3, %v10 overflow<nsw> : i1
  %v12 = arith.fptosi %arg1 : tensor<0xbf16> to tensor<0xi16>
  %v13 = arith.fptosi %arg2 : f32 to i33
  %v14 = arith.cmpi eq, %v13, %v13 : i33
  %v15 = arith.constant 67108864 : i33
  %v16 = arith.addi %v15, %v13 : i33
  %v17 = arith.constant 64 : i64
  %v18 = arith.cmpi slt, %v17, %v17 : i64
  %v19 = arith.constant 4194304 : i33
  %v20 = arith.xori %v16, %v19 : i33
  %v21 = arith.constant -4294967296 : i33
  %v22 = arith.xori %v20, %v21 : i33
  %v23 = arith.extui %v10 : i1 to i7
  return %v14, %v14, %v23 : i1, i1, i7
}
