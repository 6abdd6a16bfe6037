// Random func/arith module, seed 193.
func.func @f0(%arg0: vector<bf16>, %arg1: i16, %arg2: i32, %arg3: vector<[4]xf64>) -> i64 {
  %v0 = arith.constant dense<0x3FF0000000000000> : vector<[4]xf64>
  %v1 = arith.minnumf %arg3, %v0 fastmath<none> : vector<[4]xf64>
  %v2 = arith.constant true
  %v3 = arith.select %v2, %arg2, %arg2 : i32
  %v4 = arith.constant dense<-0.75> : vector<bf16>
  %v5 = arith.subf %arg0, %v4 fastmath<nnan,ninf> : vector<bf16>
  %v6 = arith.cmpi ult, %arg1, %arg1 : i16
  %v7 = arith.constant -1 : index
  %v8 = arith.index_cast %v7 : index to i1
  %v9 = arith.constant 2147483647 : i32
  %v10 = arith.ceildivsi %arg2, %v9 : i32
  %v11 = arith.select %v2, %arg2, %arg2 : i32
  %v12 = arith.shli %arg1, %arg1 : i16
  %v13 = arith.constant 8 : i32
  %v14 = arith.muli %v9, %v13 : i32
  %v15 = arith.constant 1 : i32
  %v16 = arith.muli %v14, %v15 : i32
  %v17 = arith.maxnumf %arg0, %v4 fastmath<fast> : vector<bf16>
  %v18 = arith.truncf %arg3 upward : vector<[4]xf64> to vector<[4]xf16>
  %v19 = arith.constant 6 : i16
  %v20 = arith.remsi %arg1, %v19 : i16
  %v21 = arith.index_castui %v7 : index to i1
  %v22 = arith.extsi %v20 : i16 to i64
  %v23 = arith.constant -6 : i64
  %v24 = arith.cmpi sgt, %v22, %v23 : i64
  %v25 = arith.minnumf %arg3, %v0 fastmath<reassoc,contract> : vector<[4]xf64>
  %v26 = arith.ori %v23, %v23 {tag = 0 : i64} : i64
  return %v22 : i64
}
func.func @f1(%arg0: f16) -> (vector<2x3xi16>, vector<2x3xi16>) {
  %v0 = arith.constant dense<64> : vector<2x3xi16>
  %v1 = arith.addi %v0, %v0 : vector<2x3xi16>
  %v2 = arith.constant dense<true> : vector<2x3xi1>
  %v3 = arith.constant dense<[[15, -12722, 15], [7, 15, 64]]> : vector<2x3xi16>
  %v4 = arith.select %v2, %v3, %v0 : vector<2x3xi1>, vector<2x3xi16>
  %v5 = arith.constant dense<[[true, false, false], [false, false, false]]> : vector<2x3xi1>
  %v6:2 = arith.mulsi_extended %v2, %v5 : vector<2x3xi1>
  %v7 = arith.remf %arg0, %arg0 : f16
  %v8 = arith.constant 1.0 : f16
  %v9 = arith.minnumf %v8, %arg0 : f16
  %v10 = arith.extf %v8 : f16 to tf32
  %v11 = arith.addi %v0, %v0 : vector<2x3xi16>
  %v12 = arith.subf %v7, %v9 fastmath<nsz> : f16
  %v13 = arith.constant dense<0xFF80> : vector<bf16>
  %v14 = arith.constant 14 : i16
  %v15 = arith.constant 3 : i32
  %v16 = arith.constant dense<100.0> : vector<[4]xf64>
  %v17 = func.call @f0(%v13, %v14, %v15, %v16) : (vector<bf16>, i16, i32, vector<[4]xf64>) -> i64
  %v18 = arith.constant 0x00 : f8E4M3FNUZ
  %v19 = arith.truncf %v18 : f8E4M3FNUZ to f4E2M1FN
  %v20 = arith.remsi %v17, %v17 : i64
  %v21 = arith.addi %v0, %v0 : vector<2x3xi16>
  %v22 = arith.constant 1 : i64
  %v23 = arith.divui %v20, %v22 : i64
  return %v0, %v4 : vector<2x3xi16>, vector<2x3xi16>
}
func.func @f2(%arg0: i8) -> (i8, i8) {
  %v0 = arith.constant 0.5 : f32
  %v1 = arith.truncf %v0 fastmath<nsz> : f32 to f8E4M3
  %v2 = arith.divui %arg0, %arg0 {tag = 1 : i64} : i8
  %v3 = arith.constant 0xFF800000 : f32
  %v4 = arith.cmpf ule, %v3, %v0 fastmath<arcp,afn> : f32
  %v5 = arith.constant false
  %v6 = arith.constant -1 : i8
  %v7 = arith.select %v5, %v2, %v6 : i8
  %v8 = arith.constant 0x01 : f6E2M3FN
  %v9 = arith.negf %v8 : f6E2M3FN
  %v10 = arith.negf %v9 fastmath<ninf> : f6E2M3FN
  %v11 = arith.constant 0x7F800000 : f32
  %v12 = arith.minnumf %v3, %v11 fastmath<ninf> : f32
  %v13 = arith.xori %v2, %v6 : i8
  %v14 = arith.constant -2 : i8
  %v15 = arith.xori %v13, %v14 : i8
  %v16 = arith.constant -1 : i8
  %v17 = arith.cmpi eq, %v15, %v16 : i8
  %v18 = arith.select %v17, %v16, %v15 : i8
  %v19 = arith.constant 0x0001 : f16
  %v20:2 = func.call @f1(%v19) : (f16) -> (vector<2x3xi16>, vector<2x3xi16>)
  %v21 = arith.constant 127 : i8
  %v22 = arith.uitofp %v21 {tag = 0 : i64} : i8 to f4E2M1FN
  %v23 = arith.constant dense<4> : vector<2x3xi16>
  %v24 = arith.ori %v23, %v20#1 : vector<2x3xi16>
  %v25:2 = arith.mulsi_extended %v17, %v17 : i1
  return %arg0, %arg0 : i8, i8
}
