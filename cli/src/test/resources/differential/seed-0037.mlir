// Random func/arith module, seed 37.
func.func @f0(%arg0: vector<f16>, %arg1: vector<2x3xi64>, %arg2: i1, %arg3: f8E4M3B11FNUZ) {
  %v0 = arith.constant -2.5 : f8E4M3B11FNUZ
  %v1 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v2 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v3 = arith.index_castui %arg2 : i1 to index
  %v4 = arith.constant true
  %v5 = arith.andi %arg2, %v4 : i1
  %v6 = arith.constant 0xFC : f8E4M3B11FNUZ
  %v7 = arith.fptosi %v6 : f8E4M3B11FNUZ to i64
  %v8 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v9 = arith.constant 8 : i8
  %v10 = arith.constant 16 : i8
  %v11 = arith.subi %v9, %v10 overflow<nuw> : i8
  %v12 = arith.constant dense<1> : tensor<0xi16>
  %v13 = arith.addi %v12, %v12 : tensor<0xi16>
  %v14 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v15 = arith.constant -3 : i128
  %v16 = arith.index_castui %v15 : i128 to index
  %v17 = arith.divsi %arg1, %arg1 exact : vector<2x3xi64>
  %v18 = arith.maxnumf %arg3, %v0 fastmath<reassoc,contract> : f8E4M3B11FNUZ
  %v19 = arith.andi %arg2, %v4 : i1
  %v20 = arith.constant dense<true> : vector<i1>
  %v21 = arith.constant dense<0xFC00> : vector<f16>
  %v22 = arith.select %v20, %v21, %arg0 : vector<i1>, vector<f16>
  return
}
func.func @f1(%arg0: vector<2xi1>, %arg1: bf16, %arg2: i33) -> vector<2x3xi64> {
  %v0 = arith.constant true
  %v1 = arith.constant 0x0000 : bf16
  %v2 = arith.select %v0, %v1, %v1 : bf16
  %v3 = arith.remui %arg0, %arg0 : vector<2xi1>
  %v4 = arith.constant dense<-0.0> : vector<f16>
  %v5 = arith.constant dense<1> : vector<2x3xi64>
  %v6 = arith.constant 0.0 : f8E4M3B11FNUZ
  func.call @f0(%v4, %v5, %v0, %v6) : (vector<f16>, vector<2x3xi64>, i1, f8E4M3B11FNUZ) -> ()
  %v8 = arith.constant 16 : i33
  %v9 = arith.shrui %v8, %v8 : i33
  %v10 = arith.constant dense<1> : vector<4xi32>
  %v11 = arith.trunci %v10 overflow<none> {tag = 0 : i64} : vector<4xi32> to vector<4xi16>
  %v12 = arith.constant dense<false> : vector<2xi1>
  %v13 = arith.muli %v12, %v3 : vector<2xi1>
  return %v5 : vector<2x3xi64>
}
func.func @f2(%arg0: vector<2xf32>) -> (vector<2xi64>, vector<2xi64>) {
  %v0 = arith.constant true
  %v1 = arith.maxsi %v0, %v0 : i1
  %v2 = arith.subf %arg0, %arg0 : vector<2xf32>
  %v3 = arith.subf %arg0, %arg0 : vector<2xf32>
  %v4 = arith.select %v1, %v1, %v0 : i1
  %v5 = arith.cmpi ule, %v0, %v1 : i1
  %v6 = arith.select %v1, %v1, %v0 : i1
  %v7 = arith.constant dense<0xB9693EE1> : vector<2xf32>
  %v8 = arith.remf %v7, %v7 fastmath<arcp,afn> : vector<2xf32>
  %v9 = arith.constant true
  %v10 = arith.divsi %v1, %v9 : i1
  %v11 = arith.cmpi ule, %v0, %v1 : i1
  %v12 = arith.cmpf ole, %v7, %arg0 {tag = 0 : i64} : vector<2xf32>
  %v13 = arith.constant dense<false> : vector<2xi1>
  %v14 = arith.constant 0x7F7F : bf16
  %v15 = arith.constant 1 : i33
  %v16 = func.call @f1(%v13, %v14, %v15) : (vector<2xi1>, bf16, i33) -> vector<2x3xi64>
  %v17 = arith.extui %v12 : vector<2xi1> to vector<2xi64>
  %v18 = arith.extui %v12 : vector<2xi1> to vector<2xi64>
  %v19 = arith.cmpi sgt, %v17, %v18 : vector<2xi64>
  %v20 = arith.constant dense<-4> : tensor<0xindex>
  %v21 = arith.constant dense<9223372036854775807> : tensor<0xindex>
  %v22 = arith.xori %v20, %v21 : tensor<0xindex>
  return %v18, %v18 : vector<2xi64>, vector<2xi64>
}
func.func @f3(%arg0: f8E4M3B11FNUZ, %arg1: vector<2xindex>, %arg2: f64, %arg3: f8E4M3) -> (vector<2xindex>, vector<2x3xi64>, i32) {
  %v0 = arith.constant dense<1> : vector<2xindex>
  %v1 = arith.shli %v0, %arg1 : vector<2xindex>
  %v2 = arith.constant dense<true> : vector<2xi1>
  %v3 = arith.constant 0x7FC0 : bf16
  %v4 = arith.constant 1 : i33
  %v5 = func.call @f1(%v2, %v3, %v4) : (vector<2xi1>, bf16, i33) -> vector<2x3xi64>
  %v6 = arith.constant 565975702 : i32
  %v7 = arith.constant 11 : i32
  %v8 = arith.divsi %v6, %v7 {tag = 1 : i64} : i32
  %v9 = arith.cmpi ule, %arg1, %v1 : vector<2xindex>
  %v10 = arith.constant dense<[[1, 9223372036854775807, -7525875572086609347], [-9223372036854775808, 0, 9]]> : vector<2x3xi64>
  %v11 = arith.ceildivui %v5, %v10 : vector<2x3xi64>
  %v12 = arith.shli %v0, %arg1 : vector<2xindex>
  %v13 = arith.constant dense<[-4, 7]> : vector<2xi16>
  %v14 = arith.constant dense<1> : vector<2xi16>
  %v15:2 = arith.addui_extended %v13, %v14 : vector<2xi16>, vector<2xi1>
  %v16 = arith.constant 0x7FF0000000000000 : f64
  %v17 = arith.mulf %v16, %arg2 : f64
  %v18 = arith.shli %v0, %arg1 : vector<2xindex>
  %v19 = arith.constant 1.0 : f8E4M3B11FNUZ
  %v20 = arith.mulf %arg0, %v19 : f8E4M3B11FNUZ
  %v21 = arith.shli %v7, %v6 : i32
  %v22 = arith.fptosi %arg2 : f64 to i7
  %v23 = arith.maxsi %v11, %v10 : vector<2x3xi64>
  %v24 = arith.constant false
  %v25 = arith.constant -64 : i7
  %v26 = arith.constant 5 : i7
  %v27 = arith.select %v24, %v25, %v26 {tag = 0 : i64} : i7
  %v28 = arith.constant dense<[[1, 9223372036854775807, 7], [-1, 1, 0]]> : vector<2x3xi64>
  %v29 = arith.maxsi %v28, %v10 : vector<2x3xi64>
  %v30 = arith.constant dense<false> : vector<i1>
  %v31 = arith.constant dense<true> : vector<i1>
  %v32 = arith.minsi %v30, %v31 {tag = 1 : i64} : vector<i1>
  %v33 = arith.constant dense<-8> : vector<2x3xi64>
  %v34 = arith.xori %v11, %v33 : vector<2x3xi64>
  %v35 = arith.constant dense<0x00800000> : vector<2xf32>
  %v36:2 = func.call @f2(%v35) : (vector<2xf32>) -> (vector<2xi64>, vector<2xi64>)
  %v37 = arith.constant 0x77 : f8E4M3
  %v38 = arith.constant -0.0 : f8E4M3
  %v39 = arith.subf %v37, %v38 : f8E4M3
  return %arg1, %v34, %v21 : vector<2xindex>, vector<2x3xi64>, i32
}
