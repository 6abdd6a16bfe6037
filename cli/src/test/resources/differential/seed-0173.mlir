// Random func/arith module, seed 173.
func.func @f0(%arg0: vector<2x3xindex>, %arg1: vector<[4]xf32>, %arg2: i16) -> (f16, f16) {
  %v0 = arith.constant dense<8> : vector<2x3xi8>
  %v1 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v2 = arith.constant dense<6> : vector<2x3xi64>
  %v3 = arith.cmpi slt, %v1, %v2 : vector<2x3xi64>
  %v4 = arith.constant 32767 : i16
  %v5 = arith.ori %v4, %v4 : i16
  %v6 = arith.constant dense<0xFF800000> : vector<[4]xf32>
  %v7 = arith.remf %v6, %arg1 : vector<[4]xf32>
  %v8 = arith.bitcast %arg2 : i16 to f16
  %v9 = arith.bitcast %v8 : f16 to i16
  %v10 = arith.maxui %v4, %arg2 : i16
  %v11 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  return %v8, %v8 : f16, f16
}
func.func @f1(%arg0: f32, %arg1: f32, %arg2: f80) -> f4E2M1FN {
  %v0 = arith.constant 1549669157 : i32
  %v1 = arith.maxui %v0, %v0 : i32
  %v2 = arith.constant 32 : i32
  %v3 = arith.floordivsi %v1, %v2 : i32
  %v4 = arith.constant dense<-9223372036854775808> : vector<2x3xindex>
  %v5 = arith.constant dense<0x8DCBD488> : vector<[4]xf32>
  %v6 = arith.constant -6 : i16
  %v7:2 = func.call @f0(%v4, %v5, %v6) : (vector<2x3xindex>, vector<[4]xf32>, i16) -> (f16, f16)
  %v8 = arith.constant dense<[[9223372036854775807, 9223372036854775807, -4], [0, 7, -5]]> : vector<2x3xindex>
  %v9 = arith.minsi %v4, %v8 : vector<2x3xindex>
  %v10 = arith.maxui %v0, %v0 : i32
  %v11 = arith.constant dense<32768> : vector<2x3xindex>
  %v12:2 = func.call @f0(%v11, %v5, %v6) : (vector<2x3xindex>, vector<[4]xf32>, i16) -> (f16, f16)
  %v13 = arith.addf %v12#1, %v7#0 fastmath<fast> : f16
  %v14 = arith.constant dense<[[-1841073024, 262144, 2147483647], [-6, 0, 256]]> : vector<2x3xi32>
  %v15 = arith.bitcast %v14 : vector<2x3xi32> to vector<2x3xf32>
  %v16 = arith.bitcast %v15 : vector<2x3xf32> to vector<2x3xi32>
  %v17 = arith.constant 0 : i32
  %v18 = arith.addi %v17, %v2 overflow<nuw> : i32
  %v19 = arith.truncf %arg2 : f80 to f4E2M1FN
  %v20 = arith.bitcast %v14 : vector<2x3xi32> to vector<2x3xf32>
  %v21 = arith.constant dense<[[-1, 1, 4], [-5178931007215358445, 9, 5]]> : vector<2x3xindex>
  %v22 = arith.divui %v21, %v9 : vector<2x3xindex>
  %v23 = arith.constant false
  %v24 = arith.constant 11 : i16
  %v25 = arith.select %v23, %v6, %v24 : i16
  %v26 = arith.constant dense<0xFF80> : vector<bf16>
  %v27 = arith.mulf %v26, %v26 fastmath<fast> {tag = 1 : i64} : vector<bf16>
  %v28 = arith.sitofp %v14 : vector<2x3xi32> to vector<2x3xf32>
  %v29 = arith.fptoui %v28 : vector<2x3xf32> to vector<2x3xi32>
  %v30 = arith.constant 3 : i16
  %v31:2 = arith.addui_extended %v25, %v30 : i16, i1
  %v32 = arith.constant dense<[[65536, 1073741824, 1], [32768, 0, 3]]> : vector<2x3xi32>
  %v33 = arith.cmpi ugt, %v16, %v32 : vector<2x3xi32>
  %v34 = arith.constant 0x7E00 : f16
  %v35 = arith.truncf %v34 upward : f16 to f8E5M2FNUZ
  %v36 = arith.constant dense<9223372036854775807> : vector<2x3xindex>
  %v37 = arith.constant dense<0x00000000> : vector<[4]xf32>
  %v38:2 = func.call @f0(%v36, %v37, %v25) : (vector<2x3xindex>, vector<[4]xf32>, i16) -> (f16, f16)
  return %v19 : f4E2M1FN
}
func.func @f2(%arg0: i7, %arg1: f8E5M2FNUZ) -> tf32 {
  %v0 = arith.xori %arg0, %arg0 : i7
  %v1 = arith.constant false
  %v2 = arith.constant true
  %v3 = arith.select %v1, %v1, %v2 : i1
  %v4 = arith.constant 1 : i7
  %v5 = arith.constant -1 : i7
  %v6 = arith.addi %v4, %v5 overflow<none> : i7
  %v7 = arith.fptosi %arg1 : f8E5M2FNUZ to i7
  %v8 = arith.constant -0.0 : f8E5M2FNUZ
  %v9 = arith.constant 1.0e+10 : f8E5M2FNUZ
  %v10 = arith.minimumf %v8, %v9 : f8E5M2FNUZ
  %v11 = arith.extf %v8 : f8E5M2FNUZ to f32
  %v12 = arith.constant -1 : i64
  %v13:2 = arith.mului_extended %v12, %v12 : i64
  %v14 = arith.divsi %v5, %v6 exact : i7
  %v15 = arith.constant 0xAF020703 : f32
  %v16 = arith.remf %v11, %v15 fastmath<none> : f32
  %v17 = arith.subf %v9, %arg1 : f8E5M2FNUZ
  %v18 = arith.extf %v17 : f8E5M2FNUZ to tf32
  %v19 = arith.fptosi %arg1 : f8E5M2FNUZ to i7
  %v20 = arith.constant true
  %v21 = arith.cmpi ne, %v3, %v20 : i1
  return %v18 : tf32
}
func.func @f3(%arg0: f8E4M3B11FNUZ, %arg1: f64, %arg2: i32, %arg3: f8E3M4) -> (f16, f4E2M1FN) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 1 : i32
  %v2 = arith.shrsi %v0, %v1 : i32
  %v3 = arith.constant dense<[[8796093022208, 15, -9223372036854775808], [8192, 0, 64]]> : vector<2x3xi64>
  %v4 = arith.remsi %v3, %v3 : vector<2x3xi64>
  %v5 = arith.minsi %v1, %v0 : i32
  %v6 = arith.bitcast %v3 : vector<2x3xi64> to vector<2x3xf64>
  %v7 = arith.trunci %v4 : vector<2x3xi64> to vector<2x3xi32>
  %v8 = arith.constant 0 : i32
  %v9 = arith.subi %arg2, %v8 : i32
  %v10 = arith.constant 128 : i32
  %v11 = arith.subi %v10, %v9 : i32
  %v12 = arith.remsi %v0, %v9 : i32
  %v13 = arith.bitcast %v3 : vector<2x3xi64> to vector<2x3xf64>
  %v14 = arith.constant 1.0e+10 : f8E4M3B11FNUZ
  %v15 = arith.mulf %arg0, %v14 : f8E4M3B11FNUZ
  %v16 = arith.minsi %v8, %v12 : i32
  %v17 = arith.constant 0x00000000 : f32
  %v18 = arith.constant 0x7FFF8000000000000000 : f80
  %v19 = func.call @f1(%v17, %v17, %v18) : (f32, f32, f80) -> f4E2M1FN
  %v20 = arith.index_cast %v9 : i32 to index
  %v21 = arith.constant dense<0> : vector<2x3xindex>
  %v22 = arith.constant dense<-0.75> : vector<[4]xf32>
  %v23 = arith.constant 65532 : i16
  %v24:2 = func.call @f0(%v21, %v22, %v23) : (vector<2x3xindex>, vector<[4]xf32>, i16) -> (f16, f16)
  %v25 = arith.constant 0xBFF0000000000000 : f64
  %v26 = arith.minnumf %arg1, %v25 fastmath<fast> : f64
  %v27 = arith.remsi %v0, %v9 : i32
  %v28 = arith.cmpi ne, %v20, %v20 {tag = 0 : i64} : index
  %v29 = arith.select %v28, %v20, %v20 : index
  %v30 = arith.constant dense<[[0.0, 0x0000000000000000, -3.0e-05], [0x7FF0000000000000, 7.0, 4.0]]> : vector<2x3xf64>
  %v31 = arith.mulf %v6, %v30 : vector<2x3xf64>
  %v32 = arith.select %v28, %v12, %v8 : i32
  return %v24#0, %v19 : f16, f4E2M1FN
}
