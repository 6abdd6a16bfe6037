// Random func/arith module, seed 41.
func.func @f0(%arg0: index, %arg1: i64, %arg2: f32, %arg3: vector<4xi64>) -> i1 {
  %v0 = arith.constant dense<1> : vector<[4]xi16>
  %v1 = arith.sitofp %v0 : vector<[4]xi16> to vector<[4]xf64>
  %v2 = arith.fptosi %v1 : vector<[4]xf64> to vector<[4]xi16>
  %v3 = arith.constant dense<-1> : vector<4xi64>
  %v4 = arith.floordivsi %arg3, %v3 : vector<4xi64>
  %v5 = arith.fptosi %v1 : vector<[4]xf64> to vector<[4]xi16>
  %v6 = arith.constant 0 : i8
  %v7 = arith.constant 1 : i8
  %v8 = arith.cmpi ult, %v6, %v7 : i8
  %v9 = arith.cmpi ult, %v6, %v7 : i8
  %v10 = arith.floordivsi %arg3, %v3 : vector<4xi64>
  %v11 = arith.sitofp %v0 : vector<[4]xi16> to vector<[4]xf64>
  %v12 = arith.index_cast %arg0 : index to i128
  %v13 = arith.constant 3.0 : f32
  %v14 = arith.cmpf true, %arg2, %v13 fastmath<nnan> : f32
  %v15 = arith.negf %arg2 : f32
  %v16 = arith.negf %v15 : f32
  return %v14 : i1
}
func.func @f1(%arg0: f8E5M2FNUZ, %arg1: f8E4M3FN, %arg2: tensor<2x2xbf16>) -> (i32, tensor<2x2xbf16>) {
  %v0 = arith.constant dense<0x7FC0> : tensor<2x2xbf16>
  %v1 = arith.maximumf %arg2, %v0 fastmath<nsz> : tensor<2x2xbf16>
  %v2 = arith.maximumf %arg2, %v0 fastmath<nsz> : tensor<2x2xbf16>
  %v3 = arith.constant -115261674356328461893510873009901810293 : i128
  %v4 = arith.floordivsi %v3, %v3 : i128
  %v5 = arith.cmpf uge, %arg0, %arg0 : f8E5M2FNUZ
  %v6 = arith.floordivsi %v3, %v3 : i128
  %v7 = arith.constant -7 : i32
  %v8 = arith.constant 2581029613 : i32
  %v9 = arith.minsi %v7, %v8 : i32
  %v10 = arith.constant 3.0 : bf16
  %v11 = arith.constant 0x986D : bf16
  %v12 = arith.addf %v10, %v11 fastmath<nnan> : bf16
  %v13 = arith.divf %arg1, %arg1 : f8E4M3FN
  %v14 = arith.constant true
  %v15 = arith.cmpi uge, %v14, %v5 : i1
  %v16 = arith.extf %v0 : tensor<2x2xbf16> to tensor<2x2xf64>
  %v17 = arith.constant -1 : i128
  %v18 = arith.xori %v6, %v17 : i128
  return %v9, %v2 : i32, tensor<2x2xbf16>
}
func.func @f2(%arg0: f4E2M1FN, %arg1: f64, %arg2: i8, %arg3: f8E5M2FNUZ) -> i1 {
  %v0 = arith.constant 0.0 : f8E4M3FN
  %v1 = arith.constant dense<-0.75> : tensor<2x2xbf16>
  %v2:2 = func.call @f1(%arg3, %v0, %v1) : (f8E5M2FNUZ, f8E4M3FN, tensor<2x2xbf16>) -> (i32, tensor<2x2xbf16>)
  %v3 = arith.constant 0.0 : f16
  %v4 = arith.maxnumf %v3, %v3 : f16
  %v5 = arith.mulf %arg0, %arg0 : f4E2M1FN
  %v6 = arith.constant -1.0 : f8E5M2FNUZ
  %v7 = arith.cmpf ole, %v6, %arg3 : f8E5M2FNUZ
  %v8 = arith.constant 2.0 : f8E4M3FN
  %v9:2 = func.call @f1(%v6, %v8, %v2#1) : (f8E5M2FNUZ, f8E4M3FN, tensor<2x2xbf16>) -> (i32, tensor<2x2xbf16>)
  %v10 = arith.constant false
  %v11 = arith.ceildivsi %v7, %v10 : i1
  %v12 = arith.select %v7, %v11, %v7 : i1
  %v13 = arith.constant 0x8000000000000000 : f64
  %v14 = arith.truncf %v13 : f64 to f4E2M1FN
  %v15 = arith.extui %v12 : i1 to i64
  %v16 = arith.constant 1 : i64
  %v17 = arith.cmpi slt, %v15, %v16 : i64
  return %v12 : i1
}
