// Random func/arith module, seed 146.
func.func @f0(%arg0: i32, %arg1: i8, %arg2: vector<4xf64>) -> (vector<4xf64>, vector<4xf64>) {
  %v0 = arith.cmpf une, %arg2, %arg2 fastmath<none> : vector<4xf64>
  %v1 = arith.constant dense<13> : tensor<0xi8>
  %v2 = arith.uitofp %v1 : tensor<0xi8> to tensor<0xf16>
  %v3 = arith.negf %arg2 : vector<4xf64>
  %v4 = arith.negf %v3 : vector<4xf64>
  %v5 = arith.index_castui %v0 : vector<4xi1> to vector<4xindex>
  %v6 = arith.constant 0x30 : f8E3M4
  %v7 = arith.constant 4.0 : f8E3M4
  %v8 = arith.maxnumf %v6, %v7 fastmath<fast> : f8E3M4
  %v9 = arith.constant dense<3> : vector<4xindex>
  %v10 = arith.constant dense<[4, 0, 64, -9223372036854775808]> : vector<4xindex>
  %v11 = arith.ceildivui %v9, %v10 : vector<4xindex>
  %v12 = arith.constant dense<0x2427B0B295447F94> : vector<4xf64>
  %v13 = arith.minimumf %v12, %arg2 : vector<4xf64>
  %v14 = arith.index_castui %arg0 : i32 to index
  %v15 = arith.index_castui %v14 : index to i32
  %v16 = arith.constant -3 : i32
  %v17 = arith.index_cast %v16 : i32 to index
  %v18 = arith.index_cast %v17 : index to i32
  %v19 = arith.subf %v12, %v13 : vector<4xf64>
  %v20 = arith.constant dense<false> : vector<4xi1>
  %v21 = arith.constant -0.0 : f8E3M4
  %v22 = arith.remf %v7, %v21 : f8E3M4
  %v23 = arith.remf %v19, %v12 fastmath<reassoc,contract> {tag = 0 : i64} : vector<4xf64>
  %v24 = arith.constant dense<-0.0> : vector<4xf64>
  %v25 = arith.subf %v23, %v24 : vector<4xf64>
  %v26 = arith.cmpf ole, %v23, %arg2 : vector<4xf64>
  %v27 = arith.andi %v14, %v17 : index
  %v28 = arith.fptosi %arg2 : vector<4xf64> to vector<4xi64>
  %v29 = arith.maxnumf %v7, %v6 fastmath<fast> : f8E3M4
  %v30 = arith.constant dense<true> : vector<4xi1>
  %v31 = arith.constant dense<false> : vector<4xi1>
  %v32 = arith.cmpi eq, %v30, %v31 : vector<4xi1>
  %v33 = arith.index_castui %arg0 : i32 to index
  %v34:2 = arith.addui_extended %v28, %v28 {tag = 1 : i64} : vector<4xi64>, vector<4xi1>
  %v35 = arith.constant dense<[false, true, false, true]> : vector<4xi1>
  %v36 = arith.constant dense<true> : vector<4xi1>
  %v37 = arith.select %v35, %v34#1, %v36 : vector<4xi1>, vector<4xi1>
  return %v19, %v19 : vector<4xf64>, vector<4xf64>
}
func.func @f1(%arg0: i32) -> (f16, i1) {
  %v0 = arith.constant 1022747047 : i32
  %v1 = arith.cmpi ult, %arg0, %v0 : i32
  %v2 = arith.constant false
  %v3 = arith.addi %v2, %v1 : i1
  %v4 = arith.constant 1 : i8
  %v5 = arith.constant dense<0x7FF8000000000000> : vector<4xf64>
  %v6:2 = func.call @f0(%v0, %v4, %v5) : (i32, i8, vector<4xf64>) -> (vector<4xf64>, vector<4xf64>)
  %v7 = arith.constant false
  %v8 = arith.extsi %v7 : i1 to i32
  %v9 = arith.constant true
  %v10 = arith.divsi %v9, %v3 exact : i1
  %v11 = arith.constant 0x7BFF : f16
  %v12 = arith.constant 0x0400 : f16
  %v13 = arith.minimumf %v11, %v12 fastmath<fast> : f16
  %v14 = arith.constant 3 : i32
  %v15 = arith.cmpi ne, %arg0, %v14 : i32
  %v16 = arith.select %v15, %arg0, %v14 : i32
  return %v11, %v15 : f16, i1
}
