// Random func/arith module, seed 157.
func.func @f0(%arg0: i64, %arg1: vector<2xi8>, %arg2: vector<2x3xindex>) -> (vector<2xi64>, vector<2xi64>, vector<2xi64>) {
  %v0 = arith.extui %arg1 : vector<2xi8> to vector<2xi64>
  %v1 = arith.constant dense<0> : vector<2xi64>
  %v2 = arith.cmpi ule, %v0, %v1 : vector<2xi64>
  %v3 = arith.constant false
  %v4 = arith.constant 0xFF80 : bf16
  %v5 = arith.select %v3, %v4, %v4 : bf16
  %v6 = arith.constant dense<1> : vector<2xi64>
  %v7 = arith.remui %v0, %v6 : vector<2xi64>
  %v8 = arith.remui %v0, %v6 : vector<2xi64>
  %v9 = arith.cmpi ule, %v0, %v1 : vector<2xi64>
  %v10 = arith.constant false
  %v11 = arith.constant -0.75 : bf16
  %v12 = arith.select %v10, %v11, %v4 : bf16
  %v13 = arith.cmpi ule, %v0, %v1 : vector<2xi64>
  %v14 = arith.extui %arg1 : vector<2xi8> to vector<2xi64>
  %v15 = arith.constant 7.0 : bf16
  %v16 = arith.select %v3, %v11, %v15 : bf16
  %v17 = arith.constant 0x007F : bf16
  %v18 = arith.negf %v17 fastmath<none> : bf16
  %v19 = arith.maximumf %v16, %v17 fastmath<arcp,afn> : bf16
  %v20 = arith.constant dense<false> : vector<i1>
  %v21 = arith.constant dense<false> : vector<i1>
  %v22 = arith.cmpi ugt, %v20, %v21 {tag = 1 : i64} : vector<i1>
  %v23 = arith.ceildivsi %arg1, %arg1 : vector<2xi8>
  %v24 = arith.constant -1.0 : bf16
  %v25 = arith.mulf %v17, %v24 : bf16
  %v26 = arith.addf %v4, %v17 : bf16
  %v27 = arith.constant 12 : i64
  %v28 = arith.remui %arg0, %v27 : i64
  %v29 = arith.extui %arg1 : vector<2xi8> to vector<2xi64>
  %v30 = arith.constant 3.0 : bf16
  %v31 = arith.remf %v5, %v30 : bf16
  %v32 = arith.minsi %v7, %v29 : vector<2xi64>
  %v33 = arith.constant dense<0x7BFF> : vector<[4]xf16>
  %v34 = arith.constant dense<-2.5> : vector<[4]xf16>
  %v35 = arith.maximumf %v33, %v34 fastmath<nnan,ninf> {tag = 1 : i64} : vector<[4]xf16>
  %v36 = arith.constant 4 : i32
  %v37 = arith.constant 4294967295 : i32
  %v38 = arith.maxsi %v36, %v37 : i32
  %v39 = arith.constant 0 : i32
  %v40 = arith.maxsi %v38, %v39 : i32
  %v41 = arith.constant dense<[[-7, -8, -9223372036854775808], [128, 1, -2]]> : vector<2x3xi64>
  %v42 = arith.constant dense<-9223372036854775808> : vector<2x3xi64>
  %v43:2 = arith.mului_extended %v41, %v42 : vector<2x3xi64>
  %v44 = arith.constant dense<-2.5> : vector<[4]xf16>
  %v45 = arith.minimumf %v34, %v44 fastmath<nsz> : vector<[4]xf16>
  return %v32, %v29, %v29 : vector<2xi64>, vector<2xi64>, vector<2xi64>
}
func.func @f1(%arg0: f8E4M3FN, %arg1: f8E4M3FN) -> (i1, f8E4M3FN, i1, i64) {
  %v0 = arith.constant -4 : i64
  %v1 = arith.constant dense<0> : vector<2xi8>
  %v2 = arith.constant dense<0> : vector<2x3xindex>
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (i64, vector<2xi8>, vector<2x3xindex>) -> (vector<2xi64>, vector<2xi64>, vector<2xi64>)
  %v4 = arith.cmpf oge, %arg1, %arg0 fastmath<reassoc,contract> : f8E4M3FN
  %v5 = arith.constant true
  %v6 = arith.maxsi %v4, %v5 : i1
  %v7 = arith.constant true
  %v8 = arith.maxsi %v7, %v6 {tag = 0 : i64} : i1
  %v9 = arith.constant 1.0e+10 : f8E4M3FN
  %v10 = arith.maximumf %arg1, %v9 : f8E4M3FN
  %v11 = arith.constant 0 : i64
  %v12 = arith.constant 18446744073709551613 : i64
  %v13 = arith.ceildivsi %v11, %v12 : i64
  %v14 = arith.constant true
  %v15 = arith.cmpi ule, %v6, %v14 : i1
  %v16 = arith.cmpf oge, %arg1, %arg0 fastmath<reassoc,contract> : f8E4M3FN
  return %v15, %v10, %v15, %v12 : i1, f8E4M3FN, i1, i64
}
func.func @f2(%arg0: f80, %arg1: i8, %arg2: f32) -> (i1, f64) {
  %v0 = arith.constant 0x00000001 : f32
  %v1 = arith.fptosi %v0 : f32 to i1
  %v2 = arith.fptosi %v0 : f32 to i1
  %v3 = arith.constant 0.5 : f80
  %v4 = arith.minnumf %arg0, %v3 fastmath<nnan> : f80
  %v5 = arith.constant 0x7C : f8E4M3FN
  %v6:4 = func.call @f1(%v5, %v5) : (f8E4M3FN, f8E4M3FN) -> (i1, f8E4M3FN, i1, i64)
  %v7 = arith.constant 8 : i8
  %v8 = arith.constant 127 : i8
  %v9:2 = arith.mului_extended %v7, %v8 : i8
  %v10 = arith.constant 0x0B03F7C76157605104D6 : f80
  %v11 = arith.constant -0.75 : f80
  %v12 = arith.minimumf %v10, %v11 fastmath<ninf> : f80
  %v13 = arith.constant 0x00000000 : f32
  %v14 = arith.fptosi %v13 : f32 to i32
  %v15 = arith.constant true
  %v16 = arith.cmpi ne, %v6#2, %v15 : i1
  %v17 = arith.constant true
  %v18 = arith.constant false
  %v19 = arith.select %v16, %v17, %v18 : i1
  %v20 = arith.constant -786413369 : i32
  %v21 = arith.divui %v14, %v20 : i32
  %v22 = arith.minimumf %v10, %v11 fastmath<ninf> : f80
  %v23 = arith.constant -128 : i8
  %v24 = arith.remsi %arg1, %v23 : i8
  %v25 = arith.constant true
  %v26 = arith.muli %v25, %v16 : i1
  %v27 = arith.constant 4.0 : f80
  %v28 = arith.extf %v27 {tag = 0 : i64} : f80 to f128
  %v29 = arith.addi %v21, %v14 : i32
  %v30 = arith.cmpi eq, %v14, %v20 : i32
  %v31 = arith.constant true
  %v32 = arith.constant false
  %v33 = arith.select %v30, %v31, %v32 : i1
  %v34 = arith.extui %v6#3 : i64 to i128
  %v35 = arith.constant 0xE62DD45F126D7874 : f64
  %v36 = arith.truncf %v35 downward : f64 to f6E3M2FN
  return %v26, %v35 : i1, f64
}
func.func @f3(%arg0: i32, %arg1: tf32) -> i32 {
  %v0 = arith.ori %arg0, %arg0 : i32
  %v1 = arith.constant 0 : i32
  %v2 = arith.addi %v1, %v0 overflow<nsw, nuw> : i32
  %v3 = arith.ori %arg0, %arg0 : i32
  %v4 = arith.constant true
  %v5 = arith.constant 0 : i32
  %v6 = arith.select %v4, %v5, %arg0 : i32
  %v7 = arith.constant false
  %v8 = arith.select %v7, %v6, %arg0 : i32
  %v9 = arith.bitcast %v0 : i32 to f32
  %v10 = arith.constant -4 : i128
  %v11 = arith.constant -5 : i128
  %v12 = arith.shli %v10, %v11 overflow<nsw, nuw> : i128
  %v13 = arith.select %v7, %v6, %arg0 : i32
  return %v13 : i32
}
