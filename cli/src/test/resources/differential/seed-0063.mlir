// Random func/arith module, seed 63.
func.func @f0(%arg0: tensor<2x2xf64>) -> vector<2xi64> {
  %v0 = arith.constant false
  %v1 = arith.constant false
  %v2 = arith.shli %v0, %v1 : i1
  %v3 = arith.constant false
  %v4 = arith.shrsi %v0, %v3 : i1
  %v5 = arith.constant dense<16> : vector<2xi64>
  %v6 = arith.constant dense<[9223372036854775807, -1]> : vector<2xi64>
  %v7 = arith.divsi %v5, %v6 : vector<2xi64>
  %v8 = arith.uitofp %v3 : i1 to f64
  %v9 = arith.uitofp %v0 : i1 to f8E5M2FNUZ
  %v10 = arith.uitofp %v3 : i1 to f64
  %v11 = arith.constant dense<[[0x7FEFFFFFFFFFFFFF, 0.5], [0xFFF8000000000000, 1.0e+10]]> : tensor<2x2xf64>
  %v12 = arith.minnumf %v11, %arg0 fastmath<nnan> : tensor<2x2xf64>
  %v13 = arith.constant dense<1> : vector<2xi64>
  %v14 = arith.cmpi sgt, %v13, %v7 : vector<2xi64>
  %v15 = arith.constant true
  %v16 = arith.addi %v15, %v1 overflow<nuw> : i1
  %v17 = arith.constant dense<0x7FF8000000000000> : tensor<2x2xf64>
  %v18 = arith.truncf %v17 : tensor<2x2xf64> to tensor<2x2xf32>
  %v19 = arith.constant true
  %v20 = arith.constant true
  %v21 = arith.floordivsi %v19, %v20 : i1
  %v22 = arith.shrsi %v0, %v3 : i1
  %v23 = arith.constant dense<false> : vector<2xi1>
  %v24 = arith.index_cast %v23 : vector<2xi1> to vector<2xindex>
  %v25 = arith.constant 3213544242 : i32
  %v26 = arith.constant 1 : i32
  %v27 = arith.shrui %v25, %v26 : i32
  %v28 = arith.shrsi %v0, %v3 : i1
  %v29 = arith.uitofp %v0 : i1 to f8E5M2FNUZ
  %v30 = arith.negf %v9 : f8E5M2FNUZ
  %v31 = arith.shrsi %v0, %v3 : i1
  %v32 = arith.minnumf %v11, %arg0 fastmath<nnan> : tensor<2x2xf64>
  %v33 = arith.uitofp %v26 : i32 to f8E5M2
  %v34 = arith.constant dense<true> : vector<2xi1>
  %v35 = arith.extsi %v34 : vector<2xi1> to vector<2xi16>
  %v36 = arith.constant 0x01 : f8E4M3
  %v37 = arith.negf %v36 fastmath<fast> : f8E4M3
  %v38 = arith.constant -1 : i32
  %v39 = arith.constant 0 : i32
  %v40 = arith.shli %v38, %v39 : i32
  return %v6 : vector<2xi64>
}
func.func @f1(%arg0: bf16) -> (bf16, i1) {
  %v0 = arith.constant -15005553680680223023113735279064359141 : i128
  %v1 = arith.divsi %v0, %v0 : i128
  %v2 = arith.constant false
  %v3 = arith.constant 8 : i16
  %v4 = arith.constant 32767 : i16
  %v5 = arith.select %v2, %v3, %v4 : i16
  %v6 = arith.uitofp %v1 : i128 to f16
  %v7 = arith.constant 4 : i128
  %v8 = arith.maxsi %v0, %v7 : i128
  %v9 = arith.constant 1 : i16
  %v10 = arith.cmpi eq, %v9, %v9 : i16
  %v11 = arith.cmpf ult, %v6, %v6 : f16
  %v12 = arith.constant 0x3F80 : bf16
  %v13 = arith.minimumf %arg0, %v12 : bf16
  %v14 = arith.divui %v3, %v9 : i16
  %v15 = arith.xori %v10, %v2 : i1
  %v16 = arith.trunci %v8 overflow<nsw, nuw> : i128 to i7
  return %v13, %v15 : bf16, i1
}
func.func @f2(%arg0: f8E4M3, %arg1: vector<4xi64>, %arg2: i64) -> (f8E4M3, f8E4M3) {
  %v0 = arith.maxui %arg2, %arg2 : i64
  %v1 = arith.shli %arg1, %arg1 : vector<4xi64>
  %v2 = arith.constant dense<0> : vector<4xi64>
  %v3 = arith.shrui %arg1, %v2 : vector<4xi64>
  %v4 = arith.constant 1 : i33
  %v5 = arith.index_cast %v4 : i33 to index
  %v6 = arith.constant 4435134432019320522 : i64
  %v7 = arith.maxsi %v0, %v6 : i64
  %v8 = arith.constant 0 : index
  %v9 = arith.constant -6 : index
  %v10 = arith.ceildivui %v8, %v9 : index
  %v11 = arith.constant 0x07 : f8E4M3
  %v12 = arith.maximumf %arg0, %v11 : f8E4M3
  %v13 = arith.sitofp %arg2 : i64 to f8E5M2
  %v14 = arith.constant dense<[0, 14]> : vector<2xindex>
  %v15 = arith.constant dense<0> : vector<2xindex>
  %v16 = arith.ori %v14, %v15 : vector<2xindex>
  %v17 = arith.index_cast %v4 : i33 to index
  return %arg0, %arg0 : f8E4M3, f8E4M3
}
func.func @f3(%arg0: f16, %arg1: i64) -> (vector<2xi64>, vector<2xi64>) {
  %v0 = arith.constant 63 : i64
  %v1 = arith.addi %arg1, %v0 : i64
  %v2 = arith.constant 14 : i64
  %v3 = arith.sitofp %v2 : i64 to f8E5M2FNUZ
  %v4 = arith.constant 7 : i32
  %v5 = arith.ori %v4, %v4 : i32
  %v6 = arith.minui %arg1, %v1 : i64
  %v7 = arith.constant 1 : index
  %v8 = arith.shrui %v7, %v7 : index
  %v9 = arith.constant dense<4.0> : tensor<2x2xf64>
  %v10 = func.call @f0(%v9) : (tensor<2x2xf64>) -> vector<2xi64>
  %v11 = arith.constant 0xFC00 : f16
  %v12 = arith.constant 0.5 : f16
  %v13 = arith.maximumf %v11, %v12 fastmath<nnan> : f16
  %v14 = arith.constant 10 : i16
  %v15 = arith.trunci %v14 : i16 to i8
  return %v10, %v10 : vector<2xi64>, vector<2xi64>
}
