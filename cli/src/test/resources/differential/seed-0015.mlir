// Random func/arith module, seed 15.
func.func @f0(%arg0: i33, %arg1: vector<4xi16>, %arg2: i128, %arg3: bf16) {
  %v0 = arith.constant 0xFFC0 : bf16
  %v1 = arith.minimumf %arg3, %v0 fastmath<fast> : bf16
  %v2 = arith.minimumf %arg3, %v0 : bf16
  %v3 = arith.constant 0 : i128
  %v4 = arith.ceildivui %v3, %arg2 : i128
  %v5 = arith.constant 0 : i64
  %v6 = arith.remsi %v5, %v5 : i64
  %v7 = arith.minui %arg2, %arg2 : i128
  %v8 = arith.constant 1.0 : bf16
  %v9 = arith.mulf %v2, %v8 fastmath<nnan> : bf16
  %v10 = arith.constant dense<7> : tensor<2x2xi8>
  %v11 = arith.extui %v10 {tag = 0 : i64} : tensor<2x2xi8> to tensor<2x2xi64>
  %v12 = arith.constant dense<-7> : tensor<2x2xi64>
  %v13 = arith.cmpi ult, %v11, %v12 : tensor<2x2xi64>
  %v14 = arith.minimumf %v0, %arg3 fastmath<fast> : bf16
  %v15 = arith.remsi %v5, %v5 : i64
  %v16 = arith.maxsi %arg0, %arg0 : i33
  %v17 = arith.constant 34 : i33
  %v18 = arith.muli %v16, %v17 overflow<nsw, nuw> : i33
  %v19 = arith.andi %arg1, %arg1 : vector<4xi16>
  %v20 = arith.constant dense<8> : tensor<2x2xi8>
  %v21 = arith.floordivsi %v20, %v10 : tensor<2x2xi8>
  %v22 = arith.constant dense<0> : tensor<2x2xi64>
  %v23 = arith.constant dense<14> : tensor<2x2xi64>
  %v24 = arith.divsi %v22, %v23 exact : tensor<2x2xi64>
  return
}
func.func @f1(%arg0: i32, %arg1: vector<2x3xf64>) {
  %v0 = arith.constant dense<0xFFF0000000000000> : vector<2x3xf64>
  %v1 = arith.negf %v0 fastmath<nsz> : vector<2x3xf64>
  %v2 = arith.cmpf oge, %arg1, %v0 fastmath<nnan> {tag = 1 : i64} : vector<2x3xf64>
  %v3 = arith.select %v2, %arg1, %v1 : vector<2x3xi1>, vector<2x3xf64>
  %v4 = arith.constant -4294967296 : i33
  %v5 = arith.constant dense<[64, -30199, 1, -32768]> : vector<4xi16>
  %v6 = arith.constant 4835703278458516698824704 : i128
  %v7 = arith.constant 0xFF80 : bf16
  func.call @f0(%v4, %v5, %v6, %v7) : (i33, vector<4xi16>, i128, bf16) -> ()
  %v9 = arith.constant -2147483648 : i32
  %v10 = arith.andi %arg0, %v9 : i32
  %v11 = arith.maximumf %v1, %arg1 fastmath<none> : vector<2x3xf64>
  %v12:2 = arith.mului_extended %v10, %v9 : i32
  %v13 = arith.negf %v3 : vector<2x3xf64>
  %v14 = arith.negf %v13 : vector<2x3xf64>
  %v15 = arith.constant dense<[[true, true, true], [true, false, true]]> : vector<2x3xi1>
  %v16 = arith.extsi %v15 : vector<2x3xi1> to vector<2x3xi64>
  %v17 = arith.constant dense<[[3, -1, 9223372036854775807], [-5384869989986629346, 9223372036854775807, 15]]> : vector<2x3xi64>
  %v18 = arith.cmpi sge, %v16, %v17 : vector<2x3xi64>
  return
}
