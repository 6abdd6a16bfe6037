// Random func/arith module, seed 128.
func.func @f0(%arg0: vector<f16>, %arg1: i7) -> (vector<f16>, i7) {
  %v0 = arith.constant dense<4.0> : vector<f16>
  %v1 = arith.minnumf %arg0, %v0 : vector<f16>
  %v2 = arith.constant 1 : i7
  %v3 = arith.addi %arg1, %v2 : i7
  %v4 = arith.constant 10 : i7
  %v5 = arith.addi %v3, %v4 : i7
  %v6 = arith.constant -36 : i7
  %v7 = arith.muli %v3, %v6 : i7
  %v8 = arith.constant 7 : i7
  %v9 = arith.muli %v7, %v8 {tag = 0 : i64} : i7
  %v10 = arith.maxui %v7, %v3 : i7
  %v11 = arith.constant -64 : i7
  %v12 = arith.remui %v11, %v3 : i7
  %v13 = arith.constant 123 : i7
  %v14 = arith.constant 63 : i7
  %v15 = arith.addi %v13, %v14 : i7
  %v16 = arith.constant -8 : i7
  %v17 = arith.cmpi ule, %v16, %arg1 : i7
  %v18 = arith.minnumf %v0, %arg0 : vector<f16>
  %v19 = arith.ori %arg1, %v10 : i7
  %v20 = arith.constant 0x007FFFFF : f32
  %v21 = arith.constant 0xBF800000 : f32
  %v22 = arith.subf %v20, %v21 : f32
  %v23 = arith.sitofp %v17 : i1 to f64
  %v24 = arith.fptoui %v23 : f64 to i1
  %v25 = arith.constant -2 : i64
  %v26 = arith.extsi %v25 : i64 to i128
  %v27 = arith.addi %arg1, %v2 : i7
  %v28 = arith.ori %v10, %arg1 : i7
  %v29 = arith.minnumf %arg0, %v0 : vector<f16>
  %v30 = arith.constant true
  %v31 = arith.shrui %v30, %v17 exact : i1
  %v32 = arith.select %v30, %v25, %v25 : i64
  %v33 = arith.cmpi sgt, %v10, %v27 {tag = 0 : i64} : i7
  %v34 = arith.negf %v23 fastmath<reassoc,contract> : f64
  %v35 = arith.extf %v0 : vector<f16> to vector<f32>
  return %v29, %v19 : vector<f16>, i7
}
func.func @f1(%arg0: i32, %arg1: vector<4xi8>, %arg2: bf16) -> (vector<4xi8>, i7) {
  %v0 = arith.constant dense<0xBC00> : vector<f16>
  %v1 = arith.constant 127 : i7
  %v2:2 = func.call @f0(%v0, %v1) : (vector<f16>, i7) -> (vector<f16>, i7)
  %v3 = arith.uitofp %v2#1 : i7 to f4E2M1FN
  %v4 = arith.constant 0x01 : f8E8M0FNU
  %v5 = arith.maxnumf %v4, %v4 : f8E8M0FNU
  %v6 = arith.constant -1 : i32
  %v7 = arith.xori %arg0, %v6 : i32
  %v8 = arith.xori %v7, %v6 : i32
  %v9 = arith.constant dense<0x0000> : vector<[4]xbf16>
  %v10 = arith.negf %v9 fastmath<ninf> : vector<[4]xbf16>
  %v11 = arith.xori %v6, %v7 : i32
  %v12 = arith.constant dense<[7, 127, 1, 0]> : vector<4xi8>
  %v13 = arith.ceildivui %v12, %arg1 : vector<4xi8>
  %v14 = arith.divsi %v2#1, %v2#1 exact : i7
  %v15 = arith.divui %v12, %arg1 : vector<4xi8>
  %v16 = arith.constant 0xF : f4E2M1FN
  %v17 = arith.cmpf ule, %v16, %v3 : f4E2M1FN
  %v18 = arith.constant 2.0 : bf16
  %v19 = arith.bitcast %v18 : bf16 to i16
  %v20 = arith.constant -32768 : i16
  %v21 = arith.constant -32768 : i16
  %v22 = arith.select %v17, %v20, %v21 : i16
  return %v15, %v14 : vector<4xi8>, i7
}
func.func @f2(%arg0: vector<bf16>, %arg1: i8, %arg2: vector<2xindex>, %arg3: i33) -> vector<bf16> {
  %v0 = arith.constant dense<0x7C00> : vector<2xf16>
  %v1 = arith.constant dense<0x7E00> : vector<2xf16>
  %v2 = arith.remf %v0, %v1 fastmath<ninf> : vector<2xf16>
  %v3 = arith.constant 9 : i8
  %v4 = arith.constant 12 : i8
  %v5 = arith.ceildivsi %v3, %v4 : i8
  %v6 = arith.constant dense<0x0000> : vector<bf16>
  %v7 = arith.fptosi %v6 : vector<bf16> to vector<i32>
  %v8 = arith.constant dense<[[7, 7, 0], [16, 63, -128]]> : vector<2x3xi8>
  %v9 = arith.extui %v8 : vector<2x3xi8> to vector<2x3xi64>
  %v10 = arith.constant dense<-1> : vector<2x3xi64>
  %v11 = arith.cmpi sge, %v9, %v10 : vector<2x3xi64>
  %v12 = arith.constant dense<1> : vector<2xindex>
  %v13 = arith.constant dense<7968151999282920005> : vector<2xindex>
  %v14 = arith.cmpi eq, %v12, %v13 : vector<2xindex>
  %v15 = arith.mulf %arg0, %v6 fastmath<none> : vector<bf16>
  %v16 = arith.constant 0x0080 : bf16
  %v17 = arith.extf %v16 fastmath<nnan> : bf16 to f80
  return %v15 : vector<bf16>
}
