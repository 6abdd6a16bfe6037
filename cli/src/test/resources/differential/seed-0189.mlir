// Random func/arith module, seed 189.
func.func @f0(%arg0: i8) -> f32 {
  %v0 = arith.constant 12 : index
  %v1 = arith.constant 16 : index
  %v2 = arith.shrui %v0, %v1 : index
  %v3 = arith.shrui %v0, %v1 : index
  %v4 = arith.constant 0.5 : f8E4M3
  %v5 = arith.maximumf %v4, %v4 : f8E4M3
  %v6 = arith.constant dense<0x7F7FFFFF> : vector<f32>
  %v7 = arith.remf %v6, %v6 : vector<f32>
  %v8:2 = arith.mulsi_extended %arg0, %arg0 {tag = 0 : i64} : i8
  %v9 = arith.constant 1 : i8
  %v10 = arith.divui %v9, %v9 exact : i8
  %v11 = arith.constant 0 : i32
  %v12 = arith.bitcast %v11 : i32 to f32
  %v13 = arith.bitcast %v12 : f32 to i32
  %v14 = arith.constant true
  %v15 = arith.constant 0x00800000 : f32
  %v16 = arith.constant 3.0 : f32
  %v17 = arith.select %v14, %v15, %v16 : f32
  %v18 = arith.constant 0x80000000 : f32
  %v19 = arith.constant 0x007FFFFF : f32
  %v20 = arith.cmpf ueq, %v18, %v19 fastmath<nsz> : f32
  return %v16 : f32
}
func.func @f1(%arg0: tensor<2x2xf64>, %arg1: tensor<3xf16>) -> (i1, tensor<2x2xi1>) {
  %v0 = arith.constant dense<-1.0> : tensor<3xf16>
  %v1 = arith.constant dense<0x8000> : tensor<3xf16>
  %v2 = arith.remf %v0, %v1 : tensor<3xf16>
  %v3 = arith.constant 63 : index
  %v4 = arith.cmpi sge, %v3, %v3 : index
  %v5 = arith.constant 1 : i8
  %v6 = func.call @f0(%v5) : (i8) -> f32
  %v7 = arith.minimumf %arg1, %v0 : tensor<3xf16>
  %v8 = arith.constant false
  %v9 = arith.constant true
  %v10 = arith.minui %v8, %v9 : i1
  %v11 = arith.constant false
  %v12 = arith.minui %v10, %v11 : i1
  %v13 = func.call @f0(%v5) : (i8) -> f32
  %v14 = arith.extf %v7 fastmath<arcp,afn> : tensor<3xf16> to tensor<3xf32>
  %v15 = arith.extf %v7 fastmath<arcp,afn> : tensor<3xf16> to tensor<3xf32>
  %v16 = arith.constant 1 : i32
  %v17 = arith.constant 4 : i32
  %v18 = arith.remsi %v16, %v17 : i32
  %v19 = arith.cmpf uno, %arg0, %arg0 fastmath<reassoc,contract> : tensor<2x2xf64>
  %v20 = arith.constant dense<[[false, true], [false, true]]> : tensor<2x2xi1>
  %v21:2 = arith.mului_extended %v19, %v20 : tensor<2x2xi1>
  %v22 = arith.extui %v21#1 : tensor<2x2xi1> to tensor<2x2xi8>
  return %v9, %v21#0 : i1, tensor<2x2xi1>
}
func.func @f2(%arg0: f32) -> (i1, i1) {
  %v0 = arith.constant 0x7F7FFFFF : f32
  %v1 = arith.extf %v0 : f32 to f80
  %v2 = arith.divf %arg0, %v0 : f32
  %v3 = arith.constant -6 : i64
  %v4 = arith.constant 3944374087209811244 : i64
  %v5 = arith.remsi %v3, %v4 : i64
  %v6 = arith.constant -1 : i64
  %v7 = arith.cmpi ult, %v6, %v4 : i64
  %v8 = arith.constant 0x7F800000 : f32
  %v9 = arith.cmpf oge, %arg0, %v8 fastmath<nnan> : f32
  %v10 = arith.constant true
  %v11 = arith.ceildivui %v9, %v10 : i1
  %v12 = arith.cmpi uge, %v10, %v9 : i1
  %v13 = arith.cmpi ule, %v9, %v11 : i1
  %v14 = arith.constant false
  %v15 = arith.select %v14, %v2, %v2 : f32
  return %v11, %v13 : i1, i1
}
func.func @f3(%arg0: index, %arg1: i16, %arg2: vector<2xf64>, %arg3: i8) -> (i33, f8E5M2) {
  %v0 = arith.constant -0.75 : f16
  %v1 = arith.fptoui %v0 : f16 to i8
  %v2 = arith.constant 0 : i16
  %v3 = arith.divsi %arg1, %v2 : i16
  %v4 = arith.constant dense<0x000FFFFFFFFFFFFF> : vector<2xf64>
  %v5 = arith.constant dense<0x0010000000000000> : vector<2xf64>
  %v6 = arith.subf %v4, %v5 fastmath<nnan> : vector<2xf64>
  %v7 = arith.sitofp %v3 : i16 to f8E5M2
  %v8 = arith.minimumf %v7, %v7 : f8E5M2
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.constant 712136734 : i32
  %v11 = arith.cmpi ult, %v9, %v10 : i32
  %v12 = arith.constant true
  %v13 = arith.constant false
  %v14 = arith.select %v11, %v13, %v12 : i1
  %v15 = arith.constant 0xFE : f8E5M2
  %v16 = arith.cmpf ord, %v15, %v7 : f8E5M2
  %v17 = arith.constant -3 : i16
  %v18 = arith.extsi %v17 : i16 to i128
  %v19 = arith.constant dense<-2.5> : vector<2xf64>
  %v20 = arith.select %v16, %arg2, %v19 : vector<2xf64>
  %v21 = arith.constant 13 : i8
  %v22 = func.call @f0(%v21) : (i8) -> f32
  %v23 = arith.subi %arg1, %v3 : i16
  %v24 = arith.truncf %v0 to_nearest_away : f16 to f8E4M3B11FNUZ
  %v25 = arith.constant -1 : i16
  %v26:2 = arith.mulsi_extended %v25, %v17 : i16
  %v27 = arith.fptosi %v22 : f32 to i33
  %v28 = arith.constant 7 : i8
  %v29 = arith.constant 8 : i8
  %v30 = arith.divui %v28, %v29 : i8
  return %v27, %v15 : i33, f8E5M2
}
