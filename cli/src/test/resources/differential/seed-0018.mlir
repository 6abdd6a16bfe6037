// Random func/arith module, seed 18.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i128, %arg2: vector<4xi32>, %arg3: bf16) {
  %v0 = arith.constant dense<[[9223372036854775807, 1, 9223372036854775807], [12, 9223372036854775807, 13]]> : vector<2x3xi64>
  %v1 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v2 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v3 = arith.divf %arg3, %arg3 : bf16
  %v4 = arith.addi %arg0, %v0 : vector<2x3xi64>
  %v5 = arith.constant 0 : i128
  %v6 = arith.subi %v5, %arg1 : i128
  %v7 = arith.cmpi ugt, %arg1, %v5 : i128
  return
}
func.func @f1(%arg0: tf32, %arg1: i33, %arg2: vector<4xindex>) -> (tf32, i1) {
  %v0 = arith.constant -0.75 : tf32
  %v1 = arith.fptoui %v0 : tf32 to i32
  %v2 = arith.fptoui %v0 : tf32 to i32
  %v3:2 = arith.addui_extended %arg1, %arg1 : i33, i1
  %v4 = arith.constant dense<4> : tensor<2x2xi8>
  %v5 = arith.cmpi ult, %v4, %v4 : tensor<2x2xi8>
  %v6 = arith.select %v5, %v4, %v4 : tensor<2x2xi1>, tensor<2x2xi8>
  %v7 = arith.cmpi ult, %v4, %v4 : tensor<2x2xi8>
  %v8 = arith.constant dense<-128> : vector<4xi8>
  %v9 = arith.extui %v8 : vector<4xi8> to vector<4xi64>
  %v10 = arith.constant dense<[10, 15, 2097152, 64]> : vector<4xi64>
  %v11 = arith.cmpi slt, %v9, %v10 : vector<4xi64>
  %v12 = arith.constant dense<0x857F82D03C606A4F> : vector<f64>
  %v13 = arith.constant dense<-0.75> : vector<f64>
  %v14 = arith.mulf %v12, %v13 fastmath<nsz> : vector<f64>
  %v15 = arith.constant false
  %v16 = arith.constant false
  %v17 = arith.maxui %v15, %v16 : i1
  %v18 = arith.mulf %v12, %v13 fastmath<nsz> : vector<f64>
  %v19 = arith.constant 0x00000 : tf32
  %v20 = arith.maximumf %arg0, %v19 : tf32
  %v21 = arith.addf %arg0, %v20 : tf32
  %v22 = arith.constant dense<127> : tensor<2x2xi8>
  %v23:2 = arith.mulsi_extended %v22, %v6 : tensor<2x2xi8>
  %v24 = arith.shli %arg1, %v3#0 overflow<nuw> : i33
  return %v20, %v17 : tf32, i1
}
func.func @f2(%arg0: vector<[4]xi1>, %arg1: f8E4M3, %arg2: tensor<0xf16>, %arg3: i32) -> (i32, tf32) {
  %v0 = arith.constant -1 : i32
  %v1 = arith.ceildivsi %v0, %arg3 : i32
  %v2 = arith.constant 100.0 : f8E4M3
  %v3 = arith.addf %arg1, %v2 fastmath<ninf> : f8E4M3
  %v4 = arith.ceildivui %v1, %arg3 : i32
  %v5 = arith.ceildivui %v1, %arg3 : i32
  %v6 = arith.constant 0x08 : f8E4M3
  %v7 = arith.negf %v6 fastmath<arcp,afn> : f8E4M3
  %v8 = arith.ceildivsi %arg0, %arg0 : vector<[4]xi1>
  %v9 = arith.index_castui %arg0 : vector<[4]xi1> to vector<[4]xindex>
  %v10 = arith.constant 0x00 : f8E4M3
  %v11 = arith.fptosi %v10 : f8E4M3 to i7
  %v12 = arith.uitofp %v1 : i32 to f32
  %v13 = arith.fptoui %v12 : f32 to i32
  %v14 = arith.constant 0.0 : tf32
  %v15 = arith.constant 0 : i33
  %v16 = arith.constant dense<65> : vector<4xindex>
  %v17:2 = func.call @f1(%v14, %v15, %v16) : (tf32, i33, vector<4xindex>) -> (tf32, i1)
  %v18 = arith.addf %v3, %v3 fastmath<fast> : f8E4M3
  %v19 = arith.constant 0xF8 : f8E4M3
  %v20 = arith.cmpf false, %v19, %arg1 fastmath<nsz> : f8E4M3
  %v21 = arith.uitofp %v1 : i32 to f32
  %v22 = arith.extui %v17#1 : i1 to i64
  %v23 = arith.extui %v17#1 : i1 to i64
  %v24 = arith.cmpi ne, %v22, %v23 : i64
  %v25 = arith.constant 0 : i7
  %v26 = arith.extsi %v25 : i7 to i32
  %v27 = arith.constant true
  %v28 = arith.subi %v17#1, %v27 : i1
  %v29 = arith.constant 0x80 : f8E4M3
  %v30 = arith.cmpf ogt, %v29, %arg1 fastmath<nsz> : f8E4M3
  %v31 = arith.constant 1 : i32
  %v32 = arith.remui %v5, %v31 : i32
  %v33 = arith.constant dense<false> : vector<[4]xi1>
  %v34 = arith.andi %v8, %v33 : vector<[4]xi1>
  return %v32, %v17#0 : i32, tf32
}
func.func @f3(%arg0: i128, %arg1: bf16) -> (i1, i128) {
  %v0 = arith.constant dense<false> : vector<[4]xi1>
  %v1 = arith.constant 0x78 : f8E4M3
  %v2 = arith.constant dense<0x02E6> : tensor<0xf16>
  %v3 = arith.constant -1 : i32
  %v4:2 = func.call @f2(%v0, %v1, %v2, %v3) : (vector<[4]xi1>, f8E4M3, tensor<0xf16>, i32) -> (i32, tf32)
  %v5 = arith.constant 0.1 : tf32
  %v6 = arith.remf %v4#1, %v5 fastmath<ninf> : tf32
  %v7 = arith.constant true
  %v8 = arith.select %v7, %v3, %v4#0 : i32
  %v9 = arith.constant dense<[[12, -4, 65], [3, -5731131777294395380, 1]]> : vector<2x3xi64>
  %v10 = arith.constant -1 : i128
  %v11 = arith.constant dense<2> : vector<4xi32>
  func.call @f0(%v9, %v10, %v11, %arg1) : (vector<2x3xi64>, i128, vector<4xi32>, bf16) -> ()
  %v13 = arith.constant dense<[[64, -9223372036854775808, 1], [-4, -9223372036854775808, -1463334779622066895]]> : vector<2x3xi64>
  func.call @f0(%v13, %arg0, %v11, %arg1) : (vector<2x3xi64>, i128, vector<4xi32>, bf16) -> ()
  %v15 = arith.constant 0x7F7F : bf16
  %v16 = arith.maximumf %v15, %arg1 : bf16
  %v17 = arith.minnumf %v15, %arg1 : bf16
  %v18 = arith.remf %v4#1, %v5 fastmath<ninf> : tf32
  %v19 = arith.constant 0 : i128
  %v20 = arith.addi %arg0, %v19 : i128
  %v21 = arith.constant 12 : i8
  %v22 = arith.extsi %v21 : i8 to i64
  %v23 = arith.constant 1 : i64
  %v24 = arith.cmpi ult, %v22, %v23 : i64
  %v25:2 = arith.mulsi_extended %v8, %v3 : i32
  %v26 = arith.constant -1 : i128
  %v27:2 = arith.mulsi_extended %v26, %v20 : i128
  %v28 = arith.cmpi ne, %v25#0, %v3 : i32
  %v29 = arith.maxnumf %v16, %v17 : bf16
  return %v7, %v27#0 : i1, i128
}
