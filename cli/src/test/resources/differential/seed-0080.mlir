// Random func/arith module, seed 80.
func.func @f0(%arg0: vector<4xi32>, %arg1: vector<2x3xi8>, %arg2: f8E8M0FNU) -> (tensor<3xf32>, vector<2x3xi1>, i1) {
  %v0 = arith.constant dense<0> : vector<4xi32>
  %v1 = arith.maxsi %arg0, %v0 : vector<4xi32>
  %v2 = arith.cmpi sgt, %arg1, %arg1 : vector<2x3xi8>
  %v3 = arith.select %v2, %arg1, %arg1 : vector<2x3xi1>, vector<2x3xi8>
  %v4 = arith.constant dense<[[false, true, true], [false, false, false]]> : vector<2x3xi1>
  %v5 = arith.cmpi sle, %v4, %v2 : vector<2x3xi1>
  %v6 = arith.cmpi sle, %v4, %v2 : vector<2x3xi1>
  %v7 = arith.cmpi sle, %v4, %v2 : vector<2x3xi1>
  %v8 = arith.constant 0xFE : f8E8M0FNU
  %v9 = arith.divf %v8, %arg2 : f8E8M0FNU
  %v10 = arith.divf %v8, %arg2 : f8E8M0FNU
  %v11 = arith.constant dense<false> : vector<[4]xi1>
  %v12 = arith.extsi %v11 : vector<[4]xi1> to vector<[4]xi16>
  %v13 = arith.trunci %v12 : vector<[4]xi16> to vector<[4]xi1>
  %v14 = arith.constant dense<false> : tensor<3xi1>
  %v15 = arith.constant dense<0.5> : tensor<3xf32>
  %v16 = arith.constant dense<0x3F800000> : tensor<3xf32>
  %v17 = arith.select %v14, %v15, %v16 : tensor<3xi1>, tensor<3xf32>
  %v18 = arith.extf %v16 fastmath<nnan,ninf> : tensor<3xf32> to tensor<3xf64>
  %v19 = arith.minnumf %v10, %v10 : f8E8M0FNU
  %v20 = arith.constant -2.5 : f8E8M0FNU
  %v21 = arith.cmpf ueq, %v20, %v10 fastmath<nnan> : f8E8M0FNU
  %v22 = arith.constant dense<-1> : vector<[4]xi16>
  %v23 = arith.index_castui %v22 : vector<[4]xi16> to vector<[4]xindex>
  %v24 = arith.ori %v21, %v21 : i1
  %v25 = arith.constant 1 : i8
  %v26 = arith.extsi %v25 : i8 to i64
  %v27 = arith.constant 536870912 : i64
  %v28 = arith.cmpi ult, %v26, %v27 : i64
  %v29 = arith.cmpi sle, %v4, %v2 : vector<2x3xi1>
  %v30 = arith.constant dense<1> : vector<[4]xindex>
  %v31 = arith.minui %v30, %v23 : vector<[4]xindex>
  return %v15, %v29, %v24 : tensor<3xf32>, vector<2x3xi1>, i1
}
func.func @f1(%arg0: vector<[4]xindex>, %arg1: tensor<2x2xf16>, %arg2: vector<4xbf16>) -> (tensor<2x2xi64>, tensor<2x2xf16>) {
  %v0 = arith.constant dense<-1> : vector<[4]xi8>
  %v1 = arith.extsi %v0 : vector<[4]xi8> to vector<[4]xi64>
  %v2 = arith.extsi %v0 : vector<[4]xi8> to vector<[4]xi64>
  %v3 = arith.cmpi ne, %v1, %v2 : vector<[4]xi64>
  %v4 = arith.cmpf uno, %arg2, %arg2 : vector<4xbf16>
  %v5 = arith.constant dense<false> : vector<2xi1>
  %v6 = arith.remsi %v5, %v5 : vector<2xi1>
  %v7 = arith.fptoui %arg1 : tensor<2x2xf16> to tensor<2x2xi8>
  %v8 = arith.constant dense<false> : vector<4xi1>
  %v9 = arith.divsi %v8, %v4 : vector<4xi1>
  %v10 = arith.cmpf uno, %arg2, %arg2 : vector<4xbf16>
  %v11 = arith.constant dense<0x7E00> : tensor<2x2xf16>
  %v12 = arith.constant dense<0x8000> : tensor<2x2xf16>
  %v13 = arith.addf %v11, %v12 : tensor<2x2xf16>
  %v14 = arith.addf %v12, %v11 : tensor<2x2xf16>
  %v15 = arith.constant dense<12> : vector<[4]xindex>
  %v16 = arith.cmpi uge, %v15, %v15 : vector<[4]xindex>
  %v17 = arith.constant true
  %v18 = arith.constant 2147483647 : i32
  %v19 = arith.constant 16 : i32
  %v20 = arith.select %v17, %v18, %v19 : i32
  %v21 = arith.constant dense<65> : vector<[4]xindex>
  %v22 = arith.constant dense<-1> : vector<[4]xindex>
  %v23 = arith.xori %v21, %v22 : vector<[4]xindex>
  %v24 = arith.cmpi ne, %v1, %v2 : vector<[4]xi64>
  %v25 = arith.remsi %v5, %v5 : vector<2xi1>
  %v26 = arith.fptoui %arg1 : tensor<2x2xf16> to tensor<2x2xi64>
  return %v26, %v14 : tensor<2x2xi64>, tensor<2x2xf16>
}
func.func @f2(%arg0: i8, %arg1: index, %arg2: f32) -> (i8, i8) {
  %v0 = arith.cmpf ogt, %arg2, %arg2 : f32
  %v1 = arith.index_cast %arg0 : i8 to index
  %v2 = arith.constant 0x00800000 : f32
  %v3 = arith.subf %v2, %v2 fastmath<arcp,afn> : f32
  %v4 = arith.constant true
  %v5 = arith.muli %v0, %v4 : i1
  %v6 = arith.constant true
  %v7 = arith.muli %v5, %v6 : i1
  %v8 = arith.constant 3.0 : f32
  %v9 = arith.maximumf %v8, %v2 : f32
  %v10 = arith.constant true
  %v11:2 = arith.mulsi_extended %v10, %v10 : i1
  %v12 = arith.constant 10 : i8
  %v13 = arith.cmpi uge, %arg0, %v12 : i8
  %v14 = arith.constant 5 : i8
  %v15 = arith.cmpi ugt, %v14, %arg0 : i8
  %v16 = arith.constant 0 : i8
  %v17 = arith.andi %v16, %arg0 : i8
  return %v16, %v17 : i8, i8
}
func.func @f3(%arg0: tensor<2x2xindex>, %arg1: index, %arg2: vector<2xbf16>) -> (i64, tensor<2x2xi64>) {
  %v0 = arith.constant dense<65> : vector<[4]xindex>
  %v1 = arith.constant dense<0x0001> : tensor<2x2xf16>
  %v2 = arith.constant dense<4.0> : vector<4xbf16>
  %v3:2 = func.call @f1(%v0, %v1, %v2) : (vector<[4]xindex>, tensor<2x2xf16>, vector<4xbf16>) -> (tensor<2x2xi64>, tensor<2x2xf16>)
  %v4 = arith.constant dense<0x0080> : vector<2xbf16>
  %v5 = arith.constant dense<1.0> : vector<2xbf16>
  %v6 = arith.mulf %v4, %v5 fastmath<nnan,ninf> : vector<2xbf16>
  %v7 = arith.muli %v3#0, %v3#0 : tensor<2x2xi64>
  %v8 = arith.constant -1 : i32
  %v9 = arith.constant 33 : i32
  %v10 = arith.xori %v9, %v8 : i32
  %v11 = arith.xori %v10, %v8 : i32
  %v12 = arith.constant 3598163335760496314 : i64
  %v13 = arith.constant 4017422146873270682 : i64
  %v14:2 = arith.mului_extended %v12, %v13 : i64
  %v15 = arith.constant false
  %v16 = arith.constant -1 : index
  %v17 = arith.select %v15, %arg1, %v16 : index
  %v18 = arith.constant dense<0xFF80> : vector<2xbf16>
  %v19 = arith.constant dense<[0xFFC0, 0x7F80]> : vector<2xbf16>
  %v20 = arith.maxnumf %v18, %v19 fastmath<nnan> : vector<2xbf16>
  %v21 = arith.constant -1 : i128
  %v22 = arith.constant 11 : i128
  %v23 = arith.andi %v21, %v22 : i128
  %v24 = arith.fptosi %v3#1 : tensor<2x2xf16> to tensor<2x2xi64>
  return %v14#1, %v24 : i64, tensor<2x2xi64>
}
