// Random func/arith module, seed 38.
func.func @f0(%arg0: i1, %arg1: tensor<2x2xi16>, %arg2: vector<[4]xi64>, %arg3: i8) -> (vector<4xf32>, tensor<2x2xi16>) {
  %v0 = arith.constant 1 : i8
  %v1:2 = arith.addui_extended %arg3, %v0 : i8, i1
  %v2 = arith.constant dense<[[-32768, -1], [16, 6]]> : tensor<2x2xi16>
  %v3 = arith.muli %v2, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v4 = arith.constant true
  %v5 = arith.cmpi ugt, %v1#1, %v4 : i1
  %v6 = arith.select %v5, %v1#1, %v4 : i1
  %v7 = arith.constant 9223372036854775807 : index
  %v8 = arith.constant 1 : index
  %v9 = arith.ceildivsi %v7, %v8 : index
  %v10 = arith.constant dense<0x7F7FFFFF> : vector<4xf32>
  %v11 = arith.minimumf %v10, %v10 fastmath<nnan> : vector<4xf32>
  %v12 = arith.constant dense<0x80000000> : vector<4xf32>
  %v13 = arith.constant dense<0x00000000> : vector<4xf32>
  %v14 = arith.mulf %v12, %v13 : vector<4xf32>
  %v15 = arith.mulf %v12, %v13 : vector<4xf32>
  %v16 = arith.minsi %v1#1, %v5 : i1
  %v17 = arith.divf %v14, %v14 : vector<4xf32>
  %v18 = arith.constant dense<1> : vector<[4]xi64>
  %v19 = arith.ceildivsi %arg2, %v18 : vector<[4]xi64>
  %v20 = arith.cmpi ugt, %v1#0, %arg3 : i8
  %v21 = arith.muli %v2, %arg1 overflow<nsw, nuw> : tensor<2x2xi16>
  %v22 = arith.constant dense<-1> : vector<[4]xi64>
  %v23 = arith.constant dense<65> : vector<[4]xi64>
  %v24 = arith.xori %v23, %v22 : vector<[4]xi64>
  %v25 = arith.xori %v24, %v22 : vector<[4]xi64>
  %v26 = arith.constant dense<-6563970098512645821> : vector<[4]xi64>
  %v27 = arith.andi %v19, %v26 : vector<[4]xi64>
  %v28 = arith.mulf %v12, %v13 : vector<4xf32>
  %v29 = arith.constant dense<0> : vector<[4]xi64>
  %v30 = arith.andi %v19, %v29 : vector<[4]xi64>
  %v31 = arith.mulf %v12, %v13 : vector<4xf32>
  %v32 = arith.index_castui %v21 : tensor<2x2xi16> to tensor<2x2xindex>
  %v33 = arith.constant dense<[-0.0, 7.0, 0x00800000, -2.5]> : vector<4xf32>
  %v34 = arith.negf %v33 : vector<4xf32>
  return %v31, %arg1 : vector<4xf32>, tensor<2x2xi16>
}
func.func @f1(%arg0: f32, %arg1: f8E4M3, %arg2: i32) -> (i32, i32) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.constant 2048 : i32
  %v2 = arith.andi %v0, %v1 : i32
  %v3 = arith.constant true
  %v4 = arith.constant dense<[[32767, 9], [-32768, 2]]> : tensor<2x2xi16>
  %v5 = arith.constant dense<0> : vector<[4]xi64>
  %v6 = arith.constant -1 : i8
  %v7:2 = func.call @f0(%v3, %v4, %v5, %v6) : (i1, tensor<2x2xi16>, vector<[4]xi64>, i8) -> (vector<4xf32>, tensor<2x2xi16>)
  %v8 = arith.andi %v0, %v1 : i32
  %v9 = arith.constant dense<0> : vector<[4]xindex>
  %v10 = arith.constant dense<843089569860776029> : vector<[4]xindex>
  %v11 = arith.cmpi ne, %v9, %v10 : vector<[4]xindex>
  %v12 = arith.divsi %v4, %v4 : tensor<2x2xi16>
  %v13 = arith.constant true
  %v14 = arith.remui %v13, %v3 : i1
  %v15 = arith.mulf %v7#0, %v7#0 : vector<4xf32>
  %v16:2 = func.call @f0(%v3, %v4, %v5, %v6) : (i1, tensor<2x2xi16>, vector<[4]xi64>, i8) -> (vector<4xf32>, tensor<2x2xi16>)
  %v17 = arith.truncf %v7#0 toward_zero : vector<4xf32> to vector<4xbf16>
  %v18 = arith.constant 33 : i32
  %v19:2 = arith.mului_extended %v18, %arg2 : i32
  %v20 = arith.constant 0xFFC00000 : f32
  %v21 = arith.fptosi %v20 : f32 to i8
  %v22 = arith.constant 170141183460469231731687303715884105727 : i128
  %v23 = arith.cmpi ne, %v22, %v22 : i128
  %v24 = arith.andi %v0, %v1 : i32
  %v25 = arith.constant 11 : i64
  %v26 = arith.floordivsi %v25, %v25 : i64
  %v27 = arith.cmpi ult, %v1, %v19#0 : i32
  %v28 = arith.constant dense<true> : vector<[4]xi1>
  %v29 = arith.muli %v11, %v28 : vector<[4]xi1>
  %v30 = arith.constant 0 : i8
  %v31 = arith.xori %v6, %v30 : i8
  %v32 = arith.constant dense<9> : tensor<2x2xi16>
  %v33 = arith.minsi %v32, %v16#1 : tensor<2x2xi16>
  %v34 = arith.ori %v23, %v27 : i1
  return %v19#1, %v19#1 : i32, i32
}
