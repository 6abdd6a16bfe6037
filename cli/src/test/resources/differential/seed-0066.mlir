// Random func/arith module, seed 66.
func.func @f0(%arg0: f16, %arg1: vector<i16>, %arg2: vector<4xi1>) -> vector<4xi1> {
  %v0 = arith.constant 0xF01C : f16
  %v1 = arith.constant 0.1 : f16
  %v2 = arith.minimumf %v0, %v1 : f16
  %v3 = arith.minimumf %v1, %v0 : f16
  %v4 = arith.addf %v3, %arg0 fastmath<arcp,afn> : f16
  %v5:2 = arith.mului_extended %arg2, %arg2 : vector<4xi1>
  %v6 = arith.extsi %arg1 : vector<i16> to vector<i32>
  %v7 = arith.truncf %v4 fastmath<none> : f16 to f8E4M3FNUZ
  return %v5#0 : vector<4xi1>
}
func.func @f1(%arg0: tensor<0xi8>, %arg1: f32, %arg2: index, %arg3: vector<2xi16>) -> vector<2xi16> {
  %v0 = arith.constant 6 : index
  %v1 = arith.subi %arg2, %v0 : index
  %v2 = arith.remf %arg1, %arg1 fastmath<fast> : f32
  %v3 = arith.constant false
  %v4 = arith.constant -1.0 : f32
  %v5 = arith.select %v3, %v2, %v4 : f32
  %v6 = arith.constant dense<[]> : tensor<0xi8>
  %v7:2 = arith.mulsi_extended %v6, %arg0 : tensor<0xi8>
  %v8 = arith.constant dense<[16, 1024]> : vector<2xi16>
  %v9 = arith.cmpi ult, %v8, %arg3 : vector<2xi16>
  %v10 = arith.constant dense<[true, true]> : vector<2xi1>
  %v11 = arith.maxsi %v9, %v10 : vector<2xi1>
  %v12 = arith.constant dense<[false, true]> : vector<2xi1>
  %v13 = arith.maxsi %v12, %v11 : vector<2xi1>
  %v14 = arith.shrui %v6, %v7#0 : tensor<0xi8>
  %v15 = arith.constant 0x3F80 : bf16
  %v16 = arith.fptosi %v15 : bf16 to i7
  %v17 = arith.cmpf olt, %v5, %v4 : f32
  %v18 = arith.constant 33 : i32
  %v19 = arith.cmpi sge, %v18, %v18 : i32
  %v20 = arith.constant 7.0 : f32
  %v21 = arith.remf %v20, %arg1 : f32
  %v22 = arith.bitcast %arg3 : vector<2xi16> to vector<2xf16>
  %v23 = arith.bitcast %v22 : vector<2xf16> to vector<2xi16>
  %v24 = arith.constant 0 : i33
  %v25 = arith.sitofp %v24 : i33 to f8E4M3
  %v26 = arith.constant 11 : i33
  %v27 = arith.ceildivui %v24, %v26 : i33
  %v28 = arith.constant true
  %v29 = arith.floordivsi %v17, %v28 : i1
  %v30 = arith.constant dense<[-1.0, 0x0000]> : vector<2xf16>
  %v31 = arith.constant dense<[0x5415, 7.0]> : vector<2xf16>
  %v32 = arith.minnumf %v30, %v31 : vector<2xf16>
  %v33 = arith.constant dense<14> : vector<2xi16>
  %v34 = arith.minui %v33, %arg3 : vector<2xi16>
  %v35 = arith.extsi %v34 : vector<2xi16> to vector<2xi64>
  %v36 = arith.extsi %v34 : vector<2xi16> to vector<2xi64>
  %v37 = arith.cmpi sge, %v35, %v36 : vector<2xi64>
  %v38 = arith.constant dense<[2048, 32767]> : vector<2xi16>
  %v39 = arith.select %v10, %v33, %v38 : vector<2xi1>, vector<2xi16>
  %v40 = arith.constant dense<-32768> : vector<2xi16>
  %v41 = arith.muli %v40, %v8 : vector<2xi16>
  return %v34 : vector<2xi16>
}
func.func @f2(%arg0: i16) -> (i64, vector<4xf64>, i64) {
  %v0 = arith.extsi %arg0 : i16 to i64
  %v1 = arith.extsi %arg0 : i16 to i64
  %v2 = arith.cmpi ugt, %v0, %v1 {tag = 1 : i64} : i64
  %v3 = arith.constant -2.5 : f32
  %v4 = arith.negf %v3 : f32
  %v5 = arith.negf %v4 : f32
  %v6 = arith.constant 9223372036854775807 : i64
  %v7 = arith.floordivsi %v6, %v6 : i64
  %v8 = arith.constant false
  %v9 = arith.constant false
  %v10 = arith.select %v2, %v8, %v9 : i1
  %v11 = arith.ceildivui %v6, %v7 : i64
  %v12 = arith.constant 3.0 : f32
  %v13 = arith.extf %v12 : f32 to f128
  %v14 = arith.negf %v4 : f32
  %v15 = arith.constant -3.0e-05 : f128
  %v16 = arith.constant 1.0 : f128
  %v17 = arith.select %v9, %v15, %v16 : f128
  %v18 = arith.minsi %v1, %v0 : i64
  %v19 = arith.constant 9 : i16
  %v20 = arith.select %v9, %v19, %arg0 : i16
  %v21 = arith.constant false
  %v22 = arith.extui %v21 : i1 to i8
  %v23 = arith.ceildivui %v6, %v7 : i64
  %v24 = arith.constant -8 : i64
  %v25 = arith.remsi %v18, %v24 : i64
  %v26 = arith.shli %v6, %v1 {tag = 1 : i64} : i64
  %v27 = arith.constant dense<[[-5, 1, -3], [12, 0, 9]]> : vector<2x3xindex>
  %v28 = arith.shli %v27, %v27 : vector<2x3xindex>
  %v29 = arith.fptosi %v17 : f128 to i64
  %v30 = arith.constant -1.0 : f16
  %v31 = arith.constant dense<32767> : vector<i16>
  %v32 = arith.constant dense<false> : vector<4xi1>
  %v33 = func.call @f0(%v30, %v31, %v32) : (f16, vector<i16>, vector<4xi1>) -> vector<4xi1>
  %v34 = arith.constant 0x7FC00000 : f32
  %v35 = arith.minimumf %v34, %v12 : f32
  %v36 = arith.constant -2147483648 : i32
  %v37 = arith.extui %v36 : i32 to i128
  %v38 = arith.uitofp %v32 : vector<4xi1> to vector<4xf64>
  return %v18, %v38, %v26 : i64, vector<4xf64>, i64
}
