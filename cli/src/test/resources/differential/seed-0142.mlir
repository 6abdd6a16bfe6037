// Random func/arith module, seed 142.
func.func @f0(%arg0: vector<4xi16>) -> (vector<4xi16>, vector<4xi16>) {
  %v0 = arith.constant dense<[12, -1, 8, -32768]> : vector<4xi16>
  %v1 = arith.subi %arg0, %v0 : vector<4xi16>
  %v2 = arith.constant 4.0 : f32
  %v3 = arith.constant -0.75 : f32
  %v4 = arith.divf %v2, %v3 fastmath<nnan,ninf> : f32
  %v5 = arith.constant false
  %v6 = arith.constant dense<-5> : vector<4xi16>
  %v7 = arith.select %v5, %v6, %v1 : vector<4xi16>
  %v8 = arith.maxui %v1, %arg0 : vector<4xi16>
  %v9 = arith.subi %arg0, %v0 : vector<4xi16>
  %v10 = arith.constant 0x2C87B4AF : f32
  %v11 = arith.divf %v10, %v4 fastmath<nnan> : f32
  %v12 = arith.divf %v2, %v3 fastmath<nnan,ninf> : f32
  %v13 = arith.constant 0.0 : f32
  %v14 = arith.cmpf ole, %v13, %v10 : f32
  %v15 = arith.constant true
  %v16 = arith.ceildivsi %v14, %v15 : i1
  %v17 = arith.constant dense<1> : vector<4xi16>
  %v18:2 = arith.mului_extended %v7, %v17 : vector<4xi16>
  %v19 = arith.subi %v16, %v14 : i1
  %v20 = arith.cmpf ole, %v13, %v10 : f32
  %v21 = arith.maxsi %v18#0, %v7 : vector<4xi16>
  %v22 = arith.sitofp %v8 : vector<4xi16> to vector<4xf64>
  %v23 = arith.constant dense<0x0000000000000000> : vector<4xf64>
  %v24 = arith.addf %v22, %v23 fastmath<nnan,ninf> : vector<4xf64>
  return %v18#1, %v8 : vector<4xi16>, vector<4xi16>
}
func.func @f1(%arg0: vector<2x3xf64>, %arg1: f8E4M3, %arg2: tensor<3xi1>, %arg3: index) -> (i1, vector<4xi16>, vector<4xi16>) {
  %v0 = arith.constant 9 : i8
  %v1 = arith.addi %v0, %v0 : i8
  %v2 = arith.constant dense<-1> : vector<4xi16>
  %v3:2 = func.call @f0(%v2) : (vector<4xi16>) -> (vector<4xi16>, vector<4xi16>)
  %v4 = arith.constant 0x38 : f8E4M3
  %v5 = arith.fptoui %v4 : f8E4M3 to i64
  %v6 = arith.constant 3 : index
  %v7 = arith.index_cast %v6 : index to i8
  %v8 = arith.constant dense<1.0> : vector<2x3xf64>
  %v9 = arith.cmpf uno, %v8, %arg0 : vector<2x3xf64>
  %v10 = arith.constant dense<true> : vector<2x3xi1>
  %v11 = arith.cmpi slt, %v9, %v10 : vector<2x3xi1>
  %v12 = arith.ori %v6, %arg3 : index
  %v13 = arith.constant dense<0x0000000000000000> : vector<2x3xf64>
  %v14 = arith.remf %arg0, %v13 : vector<2x3xf64>
  %v15 = arith.constant dense<-1> : vector<4xi16>
  %v16 = arith.index_castui %v15 : vector<4xi16> to vector<4xindex>
  %v17 = arith.minui %v12, %v6 : index
  %v18 = arith.constant 0x77 : f8E4M3
  %v19 = arith.cmpf false, %arg1, %v18 : f8E4M3
  %v20 = arith.negf %v18 fastmath<arcp,afn> : f8E4M3
  %v21 = arith.maxnumf %arg0, %v13 : vector<2x3xf64>
  %v22 = arith.constant dense<1> : vector<4xi16>
  %v23:2 = func.call @f0(%v22) : (vector<4xi16>) -> (vector<4xi16>, vector<4xi16>)
  %v24 = arith.sitofp %arg2 : tensor<3xi1> to tensor<3xbf16>
  %v25 = arith.cmpf false, %arg1, %v18 : f8E4M3
  return %v19, %v23#0, %v23#0 : i1, vector<4xi16>, vector<4xi16>
}
func.func @f2(%arg0: vector<4xi1>, %arg1: vector<2xi8>, %arg2: bf16) -> (vector<2xi1>, i1, i1) {
  %v0 = arith.constant 11 : index
  %v1 = arith.constant 2 : index
  %v2 = arith.xori %v0, %v1 : index
  %v3 = arith.cmpf oge, %arg2, %arg2 fastmath<nnan,ninf> : bf16
  %v4 = arith.constant -1 : i128
  %v5 = arith.trunci %v4 : i128 to i32
  %v6 = arith.constant true
  %v7 = arith.floordivsi %v3, %v6 : i1
  %v8:2 = arith.mulsi_extended %v7, %v6 : i1
  %v9 = arith.constant dense<true> : vector<4xi1>
  %v10 = arith.constant dense<[false, false, true, true]> : vector<4xi1>
  %v11 = arith.minsi %v9, %v10 : vector<4xi1>
  %v12 = arith.constant 1.0 : bf16
  %v13 = arith.extf %v12 : bf16 to f32
  %v14 = arith.constant dense<-106> : vector<2xi8>
  %v15 = arith.shrsi %v14, %arg1 : vector<2xi8>
  %v16 = arith.truncf %arg2 : bf16 to f8E4M3
  %v17 = arith.cmpf oge, %arg2, %arg2 fastmath<nnan,ninf> : bf16
  %v18:2 = arith.addui_extended %v15, %v15 : vector<2xi8>, vector<2xi1>
  %v19 = arith.truncf %arg2 : bf16 to f8E3M4
  %v20 = arith.minsi %v18#1, %v18#1 : vector<2xi1>
  %v21 = arith.shrsi %v14, %arg1 : vector<2xi8>
  %v22 = arith.minsi %v9, %v10 : vector<4xi1>
  %v23 = arith.constant dense<4> : vector<2xi8>
  %v24 = arith.index_castui %v23 : vector<2xi8> to vector<2xindex>
  %v25 = arith.constant false
  %v26 = arith.uitofp %v25 : i1 to f8E4M3FNUZ
  %v27 = arith.ori %v0, %v0 : index
  %v28 = arith.constant dense<[true, true, false, false]> : vector<4xi1>
  %v29 = arith.andi %v28, %arg0 : vector<4xi1>
  return %v20, %v17, %v17 : vector<2xi1>, i1, i1
}
