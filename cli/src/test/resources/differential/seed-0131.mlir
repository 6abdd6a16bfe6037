// Random func/arith module, seed 131.
func.func @f0(%arg0: i64) -> i1 {
  %v0 = arith.constant -3627213775171221733 : i64
  %v1 = arith.constant 1 : i64
  %v2 = arith.shli %v0, %v1 : i64
  %v3 = arith.constant 9223372036854775807 : i64
  %v4 = arith.cmpi ult, %arg0, %v3 : i64
  %v5 = arith.shrsi %v4, %v4 : i1
  %v6 = arith.constant dense<[[-0.0, 0x7F7FFFFF, 0.1], [0xFF800000, 0x00800000, 0x7F800000]]> : vector<2x3xf32>
  %v7 = arith.extf %v6 : vector<2x3xf32> to vector<2x3xf64>
  %v8 = arith.constant dense<[[0x000FFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFF, 0x7FF8000000000000], [7.0, 0x0000000000000000, 0.5]]> : vector<2x3xf64>
  %v9 = arith.cmpf ule, %v8, %v8 fastmath<none> : vector<2x3xf64>
  %v10 = arith.constant dense<0x7F800000> : vector<2x3xf32>
  %v11 = arith.maxnumf %v10, %v10 : vector<2x3xf32>
  %v12 = arith.constant dense<3.0> : vector<2x3xf32>
  %v13 = arith.addf %v11, %v12 fastmath<ninf> : vector<2x3xf32>
  %v14 = arith.maxnumf %v10, %v10 : vector<2x3xf32>
  %v15 = arith.constant 0x70 : f8E3M4
  %v16 = arith.constant 0x80 : f8E3M4
  %v17 = arith.maximumf %v15, %v16 : f8E3M4
  %v18 = arith.cmpf ule, %v8, %v8 fastmath<none> : vector<2x3xf64>
  %v19 = arith.minui %v5, %v4 : i1
  %v20 = arith.remui %v2, %v0 : i64
  %v21 = arith.negf %v17 : f8E3M4
  %v22 = arith.negf %v21 : f8E3M4
  %v23 = arith.xori %v5, %v5 : i1
  %v24 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<2x3xf64>
  %v25 = arith.mulf %v24, %v7 : vector<2x3xf64>
  %v26 = arith.constant 2.0 : f8E8M0FNU
  %v27 = arith.subf %v26, %v26 : f8E8M0FNU
  %v28 = arith.constant 0 : i64
  %v29 = arith.remsi %v28, %arg0 : i64
  %v30 = arith.ceildivsi %v19, %v5 {tag = 0 : i64} : i1
  return %v23 : i1
}
func.func @f1(%arg0: vector<2xf16>, %arg1: vector<2xi32>, %arg2: vector<f32>) -> (vector<2xi8>, vector<2xi8>) {
  %v0 = arith.constant dense<0x8000> : vector<2xf16>
  %v1 = arith.mulf %v0, %v0 : vector<2xf16>
  %v2 = arith.constant dense<-4> : vector<2xi32>
  %v3 = arith.constant dense<-1> : vector<2xi32>
  %v4 = arith.subi %v2, %v3 overflow<nuw> : vector<2xi32>
  %v5 = arith.constant dense<0> : vector<2xi32>
  %v6 = arith.shrsi %arg1, %v5 : vector<2xi32>
  %v7 = arith.constant dense<0> : vector<2xi32>
  %v8 = arith.addi %v6, %v7 : vector<2xi32>
  %v9 = arith.constant dense<1.0> : vector<2xf16>
  %v10 = arith.mulf %arg0, %v9 : vector<2xf16>
  %v11 = arith.negf %v1 : vector<2xf16>
  %v12 = arith.shrsi %arg1, %v5 : vector<2xi32>
  %v13 = arith.cmpf false, %arg0, %v10 fastmath<arcp,afn> : vector<2xf16>
  %v14 = arith.divf %arg2, %arg2 : vector<f32>
  %v15 = arith.constant 64 : i64
  %v16 = func.call @f0(%v15) : (i64) -> i1
  %v17 = arith.addi %v6, %v7 : vector<2xi32>
  %v18 = arith.constant 0x5 : f4E2M1FN
  %v19 = arith.select %v16, %v18, %v18 : f4E2M1FN
  %v20 = arith.negf %v19 fastmath<nnan,ninf> : f4E2M1FN
  %v21 = arith.extsi %v13 : vector<2xi1> to vector<2xi8>
  %v22 = arith.constant dense<true> : vector<i1>
  %v23 = arith.constant dense<0x00800000> : vector<f32>
  %v24 = arith.constant dense<0x3F800000> : vector<f32>
  %v25 = arith.select %v22, %v23, %v24 : vector<i1>, vector<f32>
  %v26 = arith.constant dense<[2, 0]> : vector<2xi8>
  %v27 = arith.shrsi %v21, %v26 : vector<2xi8>
  %v28 = arith.constant true
  %v29 = arith.muli %v16, %v28 : i1
  %v30 = arith.constant dense<[-3, 1048576]> : vector<2xi32>
  %v31 = arith.sitofp %v30 : vector<2xi32> to vector<2xf64>
  %v32 = func.call @f0(%v15) : (i64) -> i1
  %v33 = arith.constant dense<1> : vector<4xi64>
  %v34 = arith.constant dense<-9223372036854775808> : vector<4xi64>
  %v35:2 = arith.mulsi_extended %v33, %v34 : vector<4xi64>
  %v36 = arith.extsi %v13 : vector<2xi1> to vector<2xi8>
  return %v27, %v36 : vector<2xi8>, vector<2xi8>
}
func.func @f2(%arg0: f16) -> i1 {
  %v0 = arith.truncf %arg0 {tag = 1 : i64} : f16 to f8E4M3FNUZ
  %v1 = arith.constant 13 : i32
  %v2 = arith.trunci %v1 : i32 to i8
  %v3 = arith.constant 3.0 : f16
  %v4 = arith.constant 0x7E00 : f16
  %v5 = arith.subf %v3, %v4 fastmath<reassoc,contract> : f16
  %v6 = arith.cmpi sgt, %v2, %v2 : i8
  %v7 = arith.constant true
  %v8 = arith.ori %v6, %v7 {tag = 0 : i64} : i1
  %v9 = arith.constant 14 : i8
  %v10 = arith.constant 0 : i8
  %v11 = arith.cmpi ne, %v9, %v10 : i8
  %v12 = arith.select %v11, %v10, %v9 : i8
  %v13 = arith.sitofp %v11 : i1 to f8E4M3
  %v14 = arith.constant 1.0 : f16
  %v15 = arith.mulf %arg0, %v14 fastmath<arcp,afn> : f16
  %v16 = arith.shrsi %v9, %v12 exact : i8
  %v17 = arith.constant true
  %v18 = arith.muli %v8, %v17 : i1
  %v19 = arith.constant true
  %v20 = arith.muli %v18, %v19 : i1
  %v21 = arith.shrsi %v9, %v12 exact : i8
  %v22 = arith.constant -1 : i8
  %v23 = arith.constant 1 : i8
  %v24 = arith.divui %v22, %v23 : i8
  %v25 = arith.muli %v18, %v19 : i1
  %v26 = arith.constant false
  %v27 = arith.constant dense<[-8, -32768]> : vector<2xi16>
  %v28 = arith.constant dense<2> : vector<2xi16>
  %v29 = arith.select %v26, %v27, %v28 : vector<2xi16>
  %v30 = arith.subf %v3, %v4 fastmath<reassoc,contract> : f16
  %v31 = arith.constant 64 : i64
  %v32 = func.call @f0(%v31) : (i64) -> i1
  return %v32 : i1
}
