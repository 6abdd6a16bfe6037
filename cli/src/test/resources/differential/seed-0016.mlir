// Random func/arith module, seed 16.
func.func @f0(%arg0: f8E3M4, %arg1: vector<4xf32>, %arg2: f8E4M3) -> (vector<4xi1>, vector<4xi1>, i33) {
  %v0 = arith.constant -4294967296 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.minui %v0, %v1 : i33
  %v3 = arith.constant dense<-1.0> : vector<4xf32>
  %v4 = arith.cmpf olt, %arg1, %v3 : vector<4xf32>
  %v5 = arith.constant 2.0 : f8E4M3
  %v6 = arith.constant 3.0 : f8E4M3
  %v7 = arith.cmpf oge, %v5, %v6 : f8E4M3
  %v8 = arith.constant dense<1> : tensor<3xindex>
  %v9 = arith.constant dense<1> : tensor<3xindex>
  %v10 = arith.cmpi ult, %v8, %v9 : tensor<3xindex>
  %v11 = arith.uitofp %v4 : vector<4xi1> to vector<4xf32>
  %v12 = arith.constant dense<false> : vector<4xi1>
  %v13 = arith.constant dense<[true, false, true, false]> : vector<4xi1>
  %v14 = arith.cmpi ugt, %v12, %v13 : vector<4xi1>
  %v15 = arith.constant dense<-0.75> : vector<4xf32>
  %v16 = arith.minnumf %v15, %arg1 : vector<4xf32>
  %v17 = arith.constant dense<-9223372036854775808> : tensor<3xindex>
  %v18 = arith.constant dense<-9223372036854775808> : tensor<3xindex>
  %v19 = arith.divsi %v17, %v18 exact : tensor<3xindex>
  %v20 = arith.cmpf olt, %arg1, %v3 : vector<4xf32>
  %v21 = arith.constant dense<[1, 5, -4]> : tensor<3xindex>
  %v22 = arith.maxsi %v9, %v21 : tensor<3xindex>
  %v23 = arith.cmpi ne, %v20, %v4 : vector<4xi1>
  %v24 = arith.select %v23, %v4, %v20 : vector<4xi1>, vector<4xi1>
  %v25 = arith.constant 0xB61257167ACFCA70 : f64
  %v26 = arith.constant 0x000FFFFFFFFFFFFF : f64
  %v27 = arith.cmpf olt, %v25, %v26 fastmath<nsz> : f64
  %v28 = arith.cmpf oge, %v5, %v6 : f8E4M3
  %v29 = arith.addi %v13, %v20 : vector<4xi1>
  %v30 = arith.divsi %v9, %v8 exact : tensor<3xindex>
  %v31 = arith.constant 512 : i33
  %v32 = arith.extui %v31 : i33 to i128
  %v33 = arith.constant 4294967295 : i33
  %v34 = arith.cmpi ule, %v1, %v33 : i33
  %v35 = arith.index_cast %v20 : vector<4xi1> to vector<4xindex>
  %v36 = arith.cmpi ugt, %v12, %v13 : vector<4xi1>
  %v37 = arith.constant dense<-1> : vector<4xindex>
  %v38 = arith.andi %v35, %v37 : vector<4xindex>
  return %v23, %v23, %v31 : vector<4xi1>, vector<4xi1>, i33
}
func.func @f1(%arg0: f8E5M2, %arg1: f64, %arg2: vector<2x3xi16>) -> vector<4xi1> {
  %v0 = arith.fptosi %arg1 : f64 to i32
  %v1 = arith.cmpf ult, %arg0, %arg0 fastmath<ninf> : f8E5M2
  %v2 = arith.fptosi %arg1 : f64 to i32
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.cmpi ult, %v3, %v2 : i32
  %v5 = arith.constant 0x03 : f8E5M2
  %v6 = arith.cmpf ole, %arg0, %v5 : f8E5M2
  %v7 = arith.constant 0x3C : f8E5M2
  %v8 = arith.divf %v7, %arg0 : f8E5M2
  %v9 = arith.divf %v7, %arg0 : f8E5M2
  %v10 = arith.constant true
  %v11 = arith.shli %v10, %v6 overflow<none> : i1
  %v12 = arith.constant dense<[[1, 11], [7, 16777216]]> : tensor<2x2xi32>
  %v13 = arith.constant dense<-1> : tensor<2x2xi32>
  %v14 = arith.remui %v12, %v13 : tensor<2x2xi32>
  %v15 = arith.constant 1.0e+10 : f8E3M4
  %v16 = arith.constant dense<[-0.75, 0x7F7FFFFF, 0x00000001, -2.5]> : vector<4xf32>
  %v17 = arith.constant 0x77 : f8E4M3
  %v18:3 = func.call @f0(%v15, %v16, %v17) : (f8E3M4, vector<4xf32>, f8E4M3) -> (vector<4xi1>, vector<4xi1>, i33)
  %v19 = arith.constant false
  %v20 = arith.constant false
  %v21 = arith.divsi %v19, %v20 : i1
  %v22 = arith.constant -2.5 : f8E3M4
  %v23 = arith.constant 0.0 : f8E4M3
  %v24:3 = func.call @f0(%v22, %v16, %v23) : (f8E3M4, vector<4xf32>, f8E4M3) -> (vector<4xi1>, vector<4xi1>, i33)
  return %v24#1 : vector<4xi1>
}
