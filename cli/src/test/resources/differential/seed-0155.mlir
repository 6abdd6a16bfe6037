// Random func/arith module, seed 155.
func.func @f0(%arg0: i32, %arg1: f64, %arg2: f64, %arg3: vector<f16>) -> (i1, vector<f16>, i1) {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.cmpi ne, %arg0, %arg0 : i32
  %v3 = arith.constant -0.75 : f32
  %v4 = arith.constant 0x7F800000 : f32
  %v5 = arith.minimumf %v3, %v4 : f32
  %v6 = arith.constant -2.5 : f64
  %v7 = arith.bitcast %v6 : f64 to i64
  %v8 = arith.constant -1.0 : f64
  %v9 = arith.remf %v6, %v8 fastmath<ninf> : f64
  %v10 = arith.constant true
  %v11 = arith.ori %v2, %v10 : i1
  return %v11, %arg3, %v11 : i1, vector<f16>, i1
}
func.func @f1(%arg0: tensor<0xi64>, %arg1: i64, %arg2: tensor<0xindex>) -> (i64, tensor<0xi1>) {
  %v0 = arith.index_cast %arg1 : i64 to index
  %v1 = arith.index_cast %v0 : index to i64
  %v2 = arith.constant dense<0x8000> : vector<2x3xbf16>
  %v3 = arith.cmpf ueq, %v2, %v2 : vector<2x3xbf16>
  %v4 = arith.constant dense<0xBF80> : vector<2x3xbf16>
  %v5 = arith.cmpf olt, %v4, %v2 fastmath<nsz> : vector<2x3xbf16>
  %v6 = arith.index_cast %v0 : index to i64
  %v7 = arith.constant dense<0xFF80> : vector<2x3xbf16>
  %v8 = arith.cmpf uno, %v2, %v7 : vector<2x3xbf16>
  %v9 = arith.constant 127 : i8
  %v10 = arith.extsi %v9 : i8 to i64
  %v11 = arith.extsi %v9 : i8 to i64
  %v12 = arith.cmpi ne, %v10, %v11 : i64
  %v13 = arith.constant dense<[]> : tensor<0xindex>
  %v14 = arith.divui %arg2, %v13 : tensor<0xindex>
  %v15 = arith.constant dense<-2.5> : vector<2x3xbf16>
  %v16 = arith.maximumf %v4, %v15 : vector<2x3xbf16>
  %v17 = arith.maxnumf %v15, %v4 : vector<2x3xbf16>
  %v18 = arith.addf %v4, %v7 : vector<2x3xbf16>
  %v19 = arith.cmpf ueq, %v2, %v2 : vector<2x3xbf16>
  %v20 = arith.constant dense<1> : tensor<0xindex>
  %v21 = arith.cmpi ne, %v20, %v20 : tensor<0xindex>
  %v22 = arith.constant true
  %v23 = arith.constant -2 : i64
  %v24 = arith.select %v22, %v23, %arg1 : i64
  %v25 = arith.constant 3.0 : f32
  %v26 = arith.fptosi %v25 : f32 to i8
  %v27 = arith.constant 0x00000001 : f32
  %v28 = arith.select %v22, %v25, %v27 : f32
  %v29 = arith.constant dense<0xBDBB> : vector<2x3xbf16>
  %v30 = arith.extf %v29 : vector<2x3xbf16> to vector<2x3xf32>
  %v31 = arith.cmpi ule, %v26, %v9 : i8
  %v32 = arith.index_cast %v0 : index to i64
  %v33 = arith.select %v22, %v23, %arg1 : i64
  return %v24, %v21 : i64, tensor<0xi1>
}
func.func @f2(%arg0: f128, %arg1: f8E4M3) -> (tensor<0xi64>, i64, i1) {
  %v0 = arith.constant 0 : i64
  %v1 = arith.uitofp %v0 : i64 to f64
  %v2 = arith.fptosi %v1 : f64 to i64
  %v3 = arith.constant 12 : i64
  %v4 = arith.shrui %v2, %v3 : i64
  %v5 = arith.constant -9223372036854775808 : i64
  %v6 = arith.subi %v5, %v3 overflow<none> : i64
  %v7 = arith.uitofp %v0 : i64 to f64
  %v8 = arith.constant dense<9> : tensor<0xi64>
  %v9 = arith.constant 5 : i64
  %v10 = arith.constant dense<9223372036854775807> : tensor<0xindex>
  %v11:2 = func.call @f1(%v8, %v9, %v10) : (tensor<0xi64>, i64, tensor<0xindex>) -> (i64, tensor<0xi1>)
  %v12 = arith.constant dense<[]> : tensor<0xindex>
  %v13 = arith.remsi %v10, %v12 : tensor<0xindex>
  %v14 = arith.constant dense<-1> : tensor<0xi64>
  %v15 = arith.constant dense<-1> : tensor<0xi64>
  %v16 = arith.xori %v15, %v14 : tensor<0xi64>
  %v17 = arith.xori %v16, %v14 : tensor<0xi64>
  %v18 = arith.index_cast %v11#0 : i64 to index
  %v19 = arith.index_cast %v18 : index to i64
  %v20 = arith.constant -1 : index
  %v21 = arith.cmpi sgt, %v18, %v20 : index
  %v22 = arith.constant -233900841679968782 : i64
  %v23:2 = arith.mulsi_extended %v11#0, %v22 : i64
  %v24 = arith.cmpi sgt, %v18, %v20 : index
  %v25 = arith.constant dense<13> : tensor<0xi8>
  %v26 = arith.extui %v25 : tensor<0xi8> to tensor<0xi64>
  %v27 = arith.constant dense<[]> : tensor<0xi64>
  %v28 = arith.cmpi ule, %v26, %v27 : tensor<0xi64>
  %v29 = arith.ori %v8, %v27 : tensor<0xi64>
  %v30 = arith.constant false
  %v31 = arith.maxsi %v24, %v30 : i1
  %v32 = arith.constant false
  %v33 = arith.maxsi %v31, %v32 : i1
  %v34 = arith.constant 0 : i32
  %v35 = arith.cmpi ult, %v34, %v34 : i32
  return %v14, %v23#0, %v24 : tensor<0xi64>, i64, i1
}
func.func @f3(%arg0: f8E4M3B11FNUZ, %arg1: vector<bf16>, %arg2: bf16, %arg3: f8E3M4) -> i1 {
  %v0 = arith.constant -32768 : i16
  %v1 = arith.constant 17 : i16
  %v2 = arith.ceildivsi %v0, %v1 : i16
  %v3 = arith.constant dense<[]> : tensor<0xf32>
  %v4 = arith.constant dense<0xFFC00000> : tensor<0xf32>
  %v5 = arith.divf %v3, %v4 : tensor<0xf32>
  %v6 = arith.extf %arg1 : vector<bf16> to vector<f32>
  %v7 = arith.constant 0 : i16
  %v8 = arith.cmpi ne, %v7, %v1 : i16
  %v9 = arith.select %v8, %v1, %v7 : i16
  %v10 = arith.fptoui %v6 : vector<f32> to vector<i1>
  %v11 = arith.cmpf ord, %arg2, %arg2 fastmath<reassoc,contract> : bf16
  %v12 = arith.constant dense<true> : vector<i1>
  %v13 = arith.andi %v10, %v12 : vector<i1>
  %v14 = arith.constant dense<false> : vector<i1>
  %v15 = arith.andi %v13, %v14 : vector<i1>
  %v16 = arith.fptosi %v6 : vector<f32> to vector<i16>
  %v17 = arith.negf %arg2 fastmath<nnan,ninf> : bf16
  %v18 = arith.negf %arg0 fastmath<none> : f8E4M3B11FNUZ
  %v19 = arith.cmpi ne, %v7, %v1 : i16
  %v20 = arith.cmpi sge, %v10, %v13 : vector<i1>
  %v21 = arith.cmpf ord, %arg2, %arg2 fastmath<reassoc,contract> : bf16
  %v22 = arith.minimumf %arg3, %arg3 : f8E3M4
  return %v21 : i1
}
