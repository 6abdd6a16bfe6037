// Random func/arith module, seed 147.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: vector<2xf64>, %arg2: i8, %arg3: f32) -> (vector<4xi8>, i8) {
  %v0 = arith.constant -1 : i8
  %v1 = arith.ori %arg2, %v0 : i8
  %v2 = arith.constant dense<[[-32768, 13, 0], [2, -32768, -32768]]> : vector<2x3xi16>
  %v3 = arith.floordivsi %v2, %v2 : vector<2x3xi16>
  %v4 = arith.constant -4 : i7
  %v5 = arith.shrsi %v4, %v4 : i7
  %v6 = arith.minui %v1, %v0 : i8
  %v7 = arith.remsi %v1, %v6 : i8
  %v8 = arith.constant 0x6F : f8E3M4
  %v9 = arith.subf %v8, %v8 fastmath<nsz> : f8E3M4
  %v10 = arith.ceildivsi %v1, %v6 : i8
  %v11 = arith.minui %v1, %v0 : i8
  %v12 = arith.constant dense<-32768> : vector<4xi16>
  %v13 = arith.trunci %v12 : vector<4xi16> to vector<4xi8>
  %v14 = arith.ceildivsi %v7, %v0 : i8
  %v15 = arith.shrsi %arg2, %v11 : i8
  %v16 = arith.muli %v1, %v10 : i8
  %v17 = arith.constant dense<[[1, 1, 1], [4096, 1, -32768]]> : vector<2x3xi16>
  %v18 = arith.divui %v17, %v3 : vector<2x3xi16>
  %v19 = arith.constant dense<0x06429B480696A68C> : vector<2xf64>
  %v20 = arith.mulf %v19, %arg1 : vector<2xf64>
  %v21 = arith.constant -1 : i8
  %v22 = arith.index_cast %v21 : i8 to index
  %v23 = arith.constant dense<[0x0000000000000000, 0x0000000000000001]> : vector<2xf64>
  %v24 = arith.minimumf %v23, %v20 : vector<2xf64>
  %v25 = arith.constant 0.5 : f8E4M3FNUZ
  %v26 = arith.maxnumf %v25, %arg0 fastmath<fast> : f8E4M3FNUZ
  %v27 = arith.muli %v21, %v14 : i8
  return %v13, %v16 : vector<4xi8>, i8
}
func.func @f1(%arg0: vector<2x3xindex>, %arg1: f32) {
  %v0 = arith.extf %arg1 fastmath<arcp,afn> : f32 to f64
  %v1 = arith.constant 0x7FF8000000000000 : f64
  %v2 = arith.negf %v1 fastmath<nsz> : f64
  %v3 = arith.fptoui %v1 : f64 to i1
  %v4 = arith.extf %arg1 fastmath<arcp,afn> : f32 to f64
  %v5 = arith.truncf %arg1 : f32 to f8E4M3FN
  %v6 = arith.negf %v1 fastmath<nsz> : f64
  %v7 = arith.truncf %arg1 : f32 to f8E4M3FN
  %v8 = arith.constant dense<[[-5, 64, 549755813888], [-5, 63, 9223372036854775807]]> : vector<2x3xi64>
  %v9 = arith.constant dense<-1> : vector<2x3xi64>
  %v10:2 = arith.mului_extended %v8, %v9 : vector<2x3xi64>
  %v11 = arith.extf %arg1 fastmath<arcp,afn> : f32 to f64
  %v12 = arith.constant 32767 : i16
  %v13 = arith.minsi %v12, %v12 : i16
  return
}
func.func @f2(%arg0: tensor<2x2xf64>, %arg1: i32, %arg2: vector<2x3xbf16>) {
  %v0 = arith.mulf %arg0, %arg0 : tensor<2x2xf64>
  %v1 = arith.constant dense<100.0> : vector<2x3xbf16>
  %v2 = arith.maximumf %arg2, %v1 : vector<2x3xbf16>
  %v3 = arith.constant dense<7.0> : vector<2xf64>
  %v4 = arith.negf %v3 : vector<2xf64>
  %v5 = arith.constant dense<0x007F> : vector<2x3xbf16>
  %v6 = arith.minimumf %v2, %v5 fastmath<none> : vector<2x3xbf16>
  %v7 = arith.divf %v0, %arg0 fastmath<fast> : tensor<2x2xf64>
  %v8 = arith.constant dense<2.0> : tensor<2x2xf64>
  %v9 = arith.maximumf %v8, %arg0 fastmath<ninf> : tensor<2x2xf64>
  %v10 = arith.constant 15 : i32
  %v11 = arith.cmpi ult, %arg1, %v10 : i32
  %v12 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v13 = arith.fptosi %v12 : f64 to i64
  %v14 = arith.shrui %v10, %arg1 : i32
  %v15 = arith.index_cast %v10 : i32 to index
  %v16 = arith.cmpi slt, %v10, %v14 : i32
  %v17 = arith.constant 0x0000000000000001 : f64
  %v18 = arith.cmpf false, %v17, %v12 : f64
  %v19 = arith.constant true
  %v20 = arith.uitofp %v19 : i1 to bf16
  %v21 = arith.constant 0x1DBB : bf16
  %v22 = arith.negf %v21 : bf16
  %v23 = arith.select %v18, %v21, %v21 : bf16
  %v24 = arith.constant 9 : i16
  %v25 = arith.cmpi eq, %v24, %v24 : i16
  %v26 = arith.maxsi %v18, %v19 : i1
  %v27 = arith.xori %v11, %v16 : i1
  %v28 = arith.cmpi ugt, %arg1, %arg1 : i32
  %v29 = arith.constant dense<0> : vector<2x3xindex>
  %v30 = arith.constant -0.75 : f32
  func.call @f1(%v29, %v30) : (vector<2x3xindex>, f32) -> ()
  %v32 = arith.fptoui %v6 : vector<2x3xbf16> to vector<2x3xi32>
  return
}
