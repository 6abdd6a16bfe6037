// Random func/arith module, seed 120.
func.func @f0(%arg0: vector<2x3xi64>, %arg1: i64, %arg2: f32) -> (tensor<2x2xi16>, vector<2x3xi1>) {
  %v0 = arith.constant dense<[[-1, 0], [0, 5]]> : tensor<2x2xi16>
  %v1 = arith.constant dense<11> : tensor<2x2xi16>
  %v2 = arith.shrsi %v0, %v1 exact : tensor<2x2xi16>
  %v3 = arith.constant dense<1> : vector<2x3xi64>
  %v4 = arith.shrsi %arg0, %v3 : vector<2x3xi64>
  %v5 = arith.floordivsi %arg1, %arg1 : i64
  %v6 = arith.cmpi eq, %arg0, %arg0 : vector<2x3xi64>
  %v7 = arith.select %v6, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xi64>
  %v8 = arith.select %v6, %arg0, %arg0 : vector<2x3xi1>, vector<2x3xi64>
  %v9 = arith.remf %arg2, %arg2 : f32
  %v10 = arith.constant 1 : i64
  %v11 = arith.andi %v10, %v5 : i64
  %v12 = arith.constant dense<-25640> : tensor<2x2xi16>
  %v13 = arith.cmpi sge, %v12, %v0 : tensor<2x2xi16>
  %v14 = arith.select %v13, %v0, %v12 : tensor<2x2xi1>, tensor<2x2xi16>
  %v15 = arith.constant dense<[[14, 64, 0], [9223372036854775807, 12, 34359738368]]> : vector<2x3xi64>
  %v16 = arith.shli %v15, %v7 : vector<2x3xi64>
  %v17 = arith.constant 0x007FFFFF : f32
  %v18 = arith.constant 7.0 : f32
  %v19 = arith.minimumf %v17, %v18 fastmath<none> : f32
  %v20 = arith.constant false
  %v21 = arith.constant 0.1 : f32
  %v22 = arith.select %v20, %v21, %v21 : f32
  %v23 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v24 = arith.cmpf ole, %v23, %v23 fastmath<ninf> : f64
  %v25 = arith.constant dense<false> : vector<2x3xi1>
  %v26 = arith.cmpi eq, %v6, %v25 : vector<2x3xi1>
  %v27 = arith.select %v26, %v6, %v25 : vector<2x3xi1>, vector<2x3xi1>
  %v28 = arith.constant 1.0e+10 : f32
  %v29 = arith.cmpf ogt, %arg2, %v28 fastmath<nnan,ninf> : f32
  return %v14, %v26 : tensor<2x2xi16>, vector<2x3xi1>
}
func.func @f1(%arg0: f32, %arg1: index, %arg2: i1, %arg3: i64) -> (tensor<2x2xf64>, tensor<2x2xi1>, tensor<2x2xf64>) {
  %v0 = arith.constant 18446744073709551615 : i64
  %v1 = arith.remui %v0, %arg3 : i64
  %v2 = arith.bitcast %arg0 : f32 to i32
  %v3 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v4 = arith.truncf %v3 : f64 to f8E4M3FNUZ
  %v5 = arith.constant dense<8> : vector<2x3xi64>
  %v6:2 = func.call @f0(%v5, %v1, %arg0) : (vector<2x3xi64>, i64, f32) -> (tensor<2x2xi16>, vector<2x3xi1>)
  %v7 = arith.constant 12 : i8
  %v8 = arith.divsi %v7, %v7 : i8
  %v9 = arith.remui %v0, %arg3 : i64
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.muli %v6#1, %v10 : vector<2x3xi1>
  %v12 = arith.bitcast %arg0 : f32 to i32
  %v13 = arith.fptosi %v4 : f8E4M3FNUZ to i7
  %v14 = arith.constant 0x7F800000 : f32
  %v15 = arith.minimumf %arg0, %v14 : f32
  %v16 = arith.bitcast %arg0 : f32 to i32
  %v17 = arith.constant 1 : i64
  %v18:2 = arith.addui_extended %v17, %v9 : i64, i1
  %v19 = arith.constant 0 : i32
  %v20 = arith.cmpi eq, %v16, %v19 : i32
  %v21 = arith.select %v20, %v16, %v19 : i32
  %v22 = arith.constant 63 : i7
  %v23 = arith.remui %v13, %v22 : i7
  %v24 = arith.cmpi eq, %v6#0, %v6#0 : tensor<2x2xi16>
  %v25 = arith.select %v24, %v6#0, %v6#0 : tensor<2x2xi1>, tensor<2x2xi16>
  %v26:2 = arith.addui_extended %v24, %v24 : tensor<2x2xi1>, tensor<2x2xi1>
  %v27 = arith.constant dense<-2147483648> : vector<2xi32>
  %v28 = arith.constant dense<15> : vector<2xi32>
  %v29 = arith.ceildivsi %v27, %v28 : vector<2xi32>
  %v30 = arith.constant 0xAE602332091709BC : f64
  %v31 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v32 = arith.cmpf une, %v30, %v31 : f64
  %v33 = arith.uitofp %v26#0 : tensor<2x2xi1> to tensor<2x2xf64>
  %v34 = arith.minsi %v7, %v7 : i8
  %v35 = arith.constant dense<0x0010000000000000> : tensor<2x2xf64>
  %v36 = arith.constant dense<0x3FF0000000000000> : tensor<2x2xf64>
  %v37 = arith.minnumf %v35, %v36 : tensor<2x2xf64>
  return %v33, %v26#1, %v33 : tensor<2x2xf64>, tensor<2x2xi1>, tensor<2x2xf64>
}
