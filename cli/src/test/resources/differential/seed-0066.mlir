// Random func/arith module, seed 66.
func.func @f0(%arg0: f64, %arg1: tensor<2x2xi16>, %arg2: vector<2x3xi1>) -> tensor<2x2xi16> {
  %v0 = arith.constant dense<-3> : tensor<2x2xi16>
  %v1 = arith.constant dense<-32768> : tensor<2x2xi16>
  %v2 = arith.remui %v0, %v1 : tensor<2x2xi16>
  %v3 = arith.constant 0x8000000000000000 : f64
  %v4 = arith.addf %arg0, %v3 fastmath<arcp,afn> : f64
  %v5 = arith.ceildivui %arg1, %v0 : tensor<2x2xi16>
  %v6 = arith.minsi %v5, %arg1 : tensor<2x2xi16>
  %v7 = arith.divui %arg1, %v6 : tensor<2x2xi16>
  %v8 = arith.constant false
  %v9 = arith.constant dense<[[0, 4], [-1, -1]]> : tensor<2x2xi16>
  %v10 = arith.select %v8, %v0, %v9 : tensor<2x2xi16>
  return %v6 : tensor<2x2xi16>
}
func.func @f1(%arg0: index, %arg1: f8E3M4, %arg2: i1, %arg3: f32) -> (i8, f8E3M4, f8E3M4, i8) {
  %v0 = arith.constant false
  %v1 = arith.maxsi %v0, %arg2 : i1
  %v2 = arith.mulf %arg1, %arg1 : f8E3M4
  %v3 = arith.constant 108 : i16
  %v4 = arith.constant -4 : i16
  %v5:2 = arith.mului_extended %v3, %v4 : i16
  %v6 = arith.extf %v2 : f8E3M4 to f32
  %v7 = arith.constant 1.0e+10 : f64
  %v8 = arith.truncf %v7 : f64 to f8E3M4
  %v9 = arith.constant dense<0x3F800000> : tensor<3xf32>
  %v10 = arith.constant dense<0x7F800000> : tensor<3xf32>
  %v11 = arith.minimumf %v9, %v10 : tensor<3xf32>
  %v12 = arith.constant 2.0 : f64
  %v13 = arith.constant 0x3FF0000000000000 : f64
  %v14 = arith.cmpf ueq, %v12, %v13 : f64
  %v15 = arith.cmpi eq, %v14, %v0 : i1
  %v16:2 = arith.mului_extended %v0, %arg2 : i1
  %v17 = arith.constant 13 : index
  %v18 = arith.index_castui %v17 : index to i8
  %v19 = arith.constant 14 : i16
  %v20 = arith.andi %v4, %v19 : i16
  %v21 = arith.sitofp %v16#0 : i1 to f8E4M3FNUZ
  %v22 = arith.select %v16#1, %v16#1, %v1 : i1
  %v23 = arith.constant dense<11> : vector<2x3xi64>
  %v24 = arith.cmpi eq, %v23, %v23 : vector<2x3xi64>
  %v25 = arith.minnumf %v2, %v8 fastmath<arcp,afn> : f8E3M4
  %v26 = arith.constant 127 : i8
  %v27 = arith.andi %v18, %v26 : i8
  %v28 = arith.constant -1.0 : f8E5M2FNUZ
  %v29 = arith.extf %v28 : f8E5M2FNUZ to f16
  %v30 = arith.constant 1 : index
  %v31 = arith.andi %v30, %v17 : index
  %v32 = arith.index_castui %arg0 : index to i8
  %v33 = arith.constant 2.0 : f8E4M3FNUZ
  %v34 = arith.constant 0xF8 : f8E4M3FNUZ
  %v35 = arith.minimumf %v33, %v34 : f8E4M3FNUZ
  return %v32, %v25, %v25, %v32 : i8, f8E3M4, f8E3M4, i8
}
func.func @f2(%arg0: i128, %arg1: tensor<2x2xindex>, %arg2: bf16) {
  %v0 = arith.constant false
  %v1 = arith.constant 15 : i64
  %v2 = arith.constant 8 : i64
  %v3 = arith.select %v0, %v1, %v2 : i64
  %v4 = arith.constant 63795 : i16
  %v5 = arith.remsi %v4, %v4 : i16
  %v6 = arith.fptoui %arg2 : bf16 to i32
  %v7 = arith.constant dense<831080436008044972> : tensor<2x2xindex>
  %v8 = arith.constant dense<[[8, -1], [9, 9223372036854775807]]> : tensor<2x2xindex>
  %v9 = arith.remui %v7, %v8 : tensor<2x2xindex>
  %v10 = arith.divsi %arg1, %arg1 exact : tensor<2x2xindex>
  %v11 = arith.constant 100.0 : bf16
  %v12 = arith.bitcast %v11 : bf16 to i16
  %v13 = arith.constant dense<1> : tensor<2x2xi16>
  %v14 = arith.xori %v13, %v13 : tensor<2x2xi16>
  %v15 = arith.constant true
  %v16 = arith.select %v15, %v5, %v4 : i16
  %v17 = arith.negf %arg2 : bf16
  return
}
