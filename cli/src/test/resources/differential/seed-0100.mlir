// Random func/arith module, seed 100.
func.func @f0(%arg0: i16, %arg1: i7, %arg2: f8E5M2) -> i1 {
  %v0 = arith.constant 16 : i8
  %v1 = arith.index_cast %v0 : i8 to index
  %v2 = arith.constant 0xF8 : f8E5M2
  %v3 = arith.maxnumf %v2, %arg2 fastmath<reassoc,contract> : f8E5M2
  %v4 = arith.constant 64 : i16
  %v5 = arith.muli %arg0, %v4 overflow<none> : i16
  %v6 = arith.constant 0x7FF0000000000000 : f64
  %v7 = arith.constant 7.0 : f64
  %v8 = arith.cmpf une, %v6, %v7 : f64
  %v9 = arith.maxnumf %v2, %arg2 fastmath<reassoc,contract> : f8E5M2
  %v10 = arith.cmpf une, %v6, %v7 : f64
  %v11 = arith.constant 2147483647 : i32
  %v12 = arith.extui %v11 : i32 to i64
  %v13 = arith.trunci %v12 : i64 to i32
  %v14 = arith.constant 63 : i7
  %v15 = arith.trunci %v14 : i7 to i1
  %v16 = arith.constant 6 : index
  %v17 = arith.remsi %v1, %v16 : index
  %v18 = arith.constant -1.0 : f8E5M2
  %v19 = arith.cmpf ord, %v18, %v9 fastmath<nnan,ninf> : f8E5M2
  %v20 = arith.truncf %v7 upward : f64 to f8E4M3B11FNUZ
  return %v19 : i1
}
func.func @f1(%arg0: tf32, %arg1: i64, %arg2: vector<2x3xf32>) -> (vector<2x3xf32>, tf32, i64) {
  %v0 = arith.constant 5 : i64
  %v1 = arith.ceildivsi %arg1, %v0 : i64
  %v2 = arith.constant -1 : i64
  %v3 = arith.xori %v1, %v2 : i64
  %v4 = arith.xori %v3, %v2 : i64
  %v5 = arith.xori %v3, %v2 : i64
  %v6 = arith.remf %arg2, %arg2 : vector<2x3xf32>
  %v7 = arith.constant dense<1.0> : vector<2x3xf32>
  %v8 = arith.mulf %v6, %v7 : vector<2x3xf32>
  %v9 = arith.constant 0 : i64
  %v10 = arith.shrsi %v9, %v3 : i64
  %v11 = arith.constant dense<[0, -5, -1, 7]> : vector<4xi64>
  %v12 = arith.constant dense<-1> : vector<4xi64>
  %v13 = arith.cmpi ult, %v11, %v12 : vector<4xi64>
  %v14 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2x3xf64>
  %v15 = arith.maximumf %v14, %v14 : vector<2x3xf64>
  %v16 = arith.xori %v3, %v2 : i64
  %v17 = arith.constant -1 : i33
  %v18 = arith.constant 0 : i33
  %v19 = arith.subi %v17, %v18 overflow<nsw> : i33
  %v20 = arith.ceildivsi %arg1, %v0 : i64
  %v21 = arith.remf %v6, %v7 fastmath<arcp,afn> : vector<2x3xf32>
  %v22 = arith.constant false
  %v23 = arith.constant 0 : i33
  %v24 = arith.select %v22, %v18, %v23 : i33
  %v25 = arith.bitcast %v20 : i64 to f64
  %v26 = arith.bitcast %v25 : f64 to i64
  %v27 = arith.constant dense<-2.5> : vector<2x3xf32>
  %v28 = arith.negf %v27 : vector<2x3xf32>
  %v29 = arith.constant dense<[[-2.5, 0x0010000000000000, 100.0], [0xBFF0000000000000, 0.5, 0xFFF0000000000000]]> : vector<2x3xf64>
  %v30 = arith.cmpf ogt, %v29, %v15 fastmath<fast> : vector<2x3xf64>
  %v31 = arith.constant 7 : i64
  %v32 = arith.shrsi %v31, %v10 exact : i64
  %v33 = arith.negf %arg0 fastmath<nnan> : tf32
  %v34 = arith.constant 16 : i64
  %v35:2 = arith.mului_extended %v2, %v34 {tag = 0 : i64} : i64
  %v36 = arith.constant 9223372036854775807 : i64
  %v37 = arith.shli %v36, %v0 : i64
  %v38 = arith.sitofp %v36 : i64 to f8E4M3B11FNUZ
  return %v21, %v33, %v32 : vector<2x3xf32>, tf32, i64
}
func.func @f2(%arg0: f64, %arg1: vector<[4]xf16>, %arg2: tensor<3xi64>) -> i1 {
  %v0 = arith.andi %arg2, %arg2 : tensor<3xi64>
  %v1 = arith.constant 0x7FE00 : tf32
  %v2 = arith.constant 1 : i64
  %v3 = arith.constant dense<0xB4EBECDB> : vector<2x3xf32>
  %v4:3 = func.call @f1(%v1, %v2, %v3) : (tf32, i64, vector<2x3xf32>) -> (vector<2x3xf32>, tf32, i64)
  %v5 = arith.constant dense<0x7E00> : vector<[4]xf16>
  %v6 = arith.cmpf oeq, %arg1, %v5 : vector<[4]xf16>
  %v7 = arith.shli %v6, %v6 : vector<[4]xi1>
  %v8 = arith.cmpf ogt, %v4#1, %v1 : tf32
  %v9 = arith.uitofp %v6 : vector<[4]xi1> to vector<[4]xbf16>
  %v10 = arith.ceildivui %v0, %arg2 : tensor<3xi64>
  %v11 = arith.remsi %v2, %v2 : i64
  %v12 = arith.uitofp %v6 : vector<[4]xi1> to vector<[4]xbf16>
  %v13 = arith.fptoui %arg0 : f64 to i64
  %v14 = arith.maxsi %v6, %v6 : vector<[4]xi1>
  %v15 = arith.constant dense<true> : vector<[4]xi1>
  %v16 = arith.subi %v15, %v14 : vector<[4]xi1>
  %v17 = arith.bitcast %v13 : i64 to f64
  %v18 = arith.bitcast %v17 : f64 to i64
  %v19 = arith.subi %v14, %v7 : vector<[4]xi1>
  %v20 = arith.cmpf une, %v17, %arg0 fastmath<nsz> : f64
  %v21 = arith.ceildivsi %v0, %v10 : tensor<3xi64>
  %v22 = arith.constant 1.0e+10 : f64
  %v23 = arith.maxnumf %v22, %arg0 : f64
  %v24 = arith.cmpf true, %v1, %v4#1 : tf32
  %v25 = arith.negf %arg1 : vector<[4]xf16>
  %v26 = arith.negf %v25 : vector<[4]xf16>
  return %v20 : i1
}
