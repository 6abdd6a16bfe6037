// Random func/arith module, seed 85.
func.func @f0(%arg0: vector<[4]xi32>) -> vector<[4]xi32> {
  %v0 = arith.remsi %arg0, %arg0 : vector<[4]xi32>
  %v1 = arith.bitcast %v0 : vector<[4]xi32> to vector<[4]xf32>
  %v2 = arith.bitcast %v1 : vector<[4]xf32> to vector<[4]xi32>
  %v3 = arith.bitcast %v0 : vector<[4]xi32> to vector<[4]xf32>
  %v4 = arith.constant dense<1> : vector<[4]xi32>
  %v5 = arith.remui %arg0, %v4 {tag = 0 : i64} : vector<[4]xi32>
  %v6 = arith.constant dense<1> : vector<[4]xi32>
  %v7 = arith.cmpi ult, %v5, %v6 : vector<[4]xi32>
  %v8 = arith.constant dense<-1> : vector<[4]xi32>
  %v9 = arith.xori %v5, %v8 : vector<[4]xi32>
  %v10 = arith.xori %v9, %v8 : vector<[4]xi32>
  return %v5 : vector<[4]xi32>
}
func.func @f1(%arg0: i8, %arg1: f64) -> i64 {
  %v0 = arith.shli %arg0, %arg0 overflow<nuw> : i8
  %v1 = arith.truncf %arg1 : f64 to f8E8M0FNU
  %v2 = arith.divui %v0, %v0 : i8
  %v3 = arith.divui %v0, %v0 : i8
  %v4 = arith.constant dense<true> : vector<i1>
  %v5 = arith.cmpi ugt, %v4, %v4 : vector<i1>
  %v6 = arith.constant dense<false> : vector<i1>
  %v7 = arith.divsi %v5, %v6 : vector<i1>
  %v8 = arith.divui %v0, %v0 : i8
  %v9 = arith.extui %v8 : i8 to i64
  %v10 = arith.constant 0 : i8
  %v11 = arith.extui %v10 : i8 to i64
  %v12 = arith.cmpi ule, %v9, %v11 : i64
  %v13 = arith.cmpi sle, %v10, %arg0 : i8
  %v14 = arith.extui %v8 : i8 to i64
  %v15 = arith.ori %v9, %v14 : i64
  %v16 = arith.remf %arg1, %arg1 : f64
  %v17 = arith.constant 0x00001 : tf32
  %v18 = arith.negf %v17 fastmath<reassoc,contract> : tf32
  %v19 = arith.constant 1 : i32
  %v20 = arith.extui %v19 : i32 to i64
  %v21 = arith.constant 8 : i32
  %v22 = arith.extui %v21 : i32 to i64
  %v23 = arith.cmpi sle, %v20, %v22 : i64
  %v24 = arith.constant 100.0 : f64
  %v25 = arith.remf %v16, %v24 fastmath<fast> : f64
  return %v15 : i64
}
func.func @f2(%arg0: vector<2xf64>, %arg1: tensor<2x2xf16>) -> tensor<2x2xindex> {
  %v0 = arith.truncf %arg0 : vector<2xf64> to vector<2xf16>
  %v1 = arith.truncf %arg0 : vector<2xf64> to vector<2xf16>
  %v2 = arith.constant 127 : i8
  %v3 = arith.extsi %v2 : i8 to i64
  %v4 = arith.constant -5164211416454484108 : i64
  %v5 = arith.cmpi sge, %v3, %v4 : i64
  %v6 = arith.constant dense<100.0> : vector<2xf64>
  %v7 = arith.cmpf ole, %v6, %arg0 : vector<2xf64>
  %v8 = arith.uitofp %v7 : vector<2xi1> to vector<2xf32>
  %v9 = arith.fptoui %v8 : vector<2xf32> to vector<2xi1>
  %v10 = arith.fptosi %arg1 : tensor<2x2xf16> to tensor<2x2xi16>
  %v11 = arith.truncf %arg0 : vector<2xf64> to vector<2xf16>
  %v12 = arith.constant 0 : i7
  %v13 = arith.constant 7 : i7
  %v14 = arith.ori %v12, %v13 : i7
  %v15 = arith.constant dense<5> : vector<2x3xi64>
  %v16 = arith.divui %v15, %v15 : vector<2x3xi64>
  %v17 = arith.extsi %v2 : i8 to i64
  %v18 = arith.constant 15 : i64
  %v19 = arith.cmpi sle, %v17, %v18 : i64
  %v20 = arith.index_cast %v10 : tensor<2x2xi16> to tensor<2x2xindex>
  %v21 = arith.extsi %v2 : i8 to i64
  %v22 = arith.negf %v8 : vector<2xf32>
  %v23 = arith.constant dense<1> : tensor<2x2xindex>
  %v24 = arith.ceildivsi %v23, %v20 : tensor<2x2xindex>
  %v25 = arith.constant dense<true> : vector<2xi1>
  %v26 = arith.constant dense<[true, true]> : vector<2xi1>
  %v27 = arith.maxsi %v25, %v26 : vector<2xi1>
  %v28 = arith.constant dense<8> : tensor<2x2xindex>
  %v29 = arith.cmpi ugt, %v24, %v28 : tensor<2x2xindex>
  %v30 = arith.select %v29, %v28, %v24 : tensor<2x2xi1>, tensor<2x2xindex>
  %v31 = arith.constant 0 : i128
  %v32 = arith.constant 11 : i128
  %v33 = arith.cmpi ne, %v31, %v32 : i128
  %v34 = arith.select %v33, %v32, %v31 : i128
  %v35 = arith.constant dense<true> : vector<2xi1>
  %v36 = arith.addi %v35, %v7 overflow<none> : vector<2xi1>
  %v37 = arith.constant 1.0e+10 : f8E4M3
  %v38 = arith.cmpf ule, %v37, %v37 : f8E4M3
  return %v24 : tensor<2x2xindex>
}
func.func @f3(%arg0: f8E8M0FNU, %arg1: index, %arg2: f32) -> (f8E8M0FNU, f32, i1) {
  %v0 = arith.constant 10 : i64
  %v1 = arith.constant 0 : i64
  %v2:2 = arith.addui_extended %v0, %v1 : i64, i1
  %v3 = arith.constant 65 : i64
  %v4 = arith.constant 32768 : i64
  %v5:2 = arith.mulsi_extended %v3, %v4 : i64
  %v6 = arith.constant 100.0 : f8E5M2
  %v7 = arith.constant 0.1 : f8E5M2
  %v8 = arith.minimumf %v6, %v7 : f8E5M2
  %v9 = arith.constant 0 : i64
  %v10 = arith.constant 0 : i64
  %v11 = arith.addi %v9, %v10 : i64
  %v12 = arith.addi %v9, %v10 : i64
  %v13 = arith.minnumf %arg2, %arg2 : f32
  %v14 = arith.constant true
  %v15 = arith.shli %v14, %v2#1 : i1
  %v16 = arith.constant false
  %v17 = arith.select %v16, %arg2, %v13 : f32
  %v18 = arith.minnumf %arg2, %arg2 : f32
  %v19 = arith.constant true
  %v20 = arith.remsi %v19, %v16 : i1
  %v21 = arith.constant 100.0 : f8E8M0FNU
  %v22 = arith.maximumf %v21, %v21 fastmath<nnan> : f8E8M0FNU
  %v23 = arith.constant -0.0 : f8E8M0FNU
  %v24 = arith.subf %arg0, %v23 : f8E8M0FNU
  return %v22, %v13, %v14 : f8E8M0FNU, f32, i1
}
