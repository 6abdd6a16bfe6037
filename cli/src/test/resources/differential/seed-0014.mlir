// Random func/arith module, seed 14.
func.func @f0(%arg0: f8E4M3FN, %arg1: f8E8M0FNU, %arg2: vector<4xindex>) -> (f8E8M0FNU, vector<4xindex>, vector<4xindex>) {
  %v0 = arith.constant 0x7FC00000 : f32
  %v1 = arith.bitcast %v0 : f32 to i32
  %v2 = arith.bitcast %v0 : f32 to i32
  %v3 = arith.constant dense<-1> : vector<4xindex>
  %v4 = arith.minui %arg2, %v3 : vector<4xindex>
  %v5 = arith.divsi %v4, %v4 : vector<4xindex>
  %v6 = arith.constant dense<[9223372036854775807, 8, 0, -1]> : vector<4xindex>
  %v7 = arith.ceildivsi %arg2, %v6 : vector<4xindex>
  %v8 = arith.constant dense<[-9223372036854775808, 17179869184, 1, 64]> : vector<4xindex>
  %v9 = arith.muli %v8, %v5 overflow<nsw, nuw> : vector<4xindex>
  %v10 = arith.muli %v5, %v8 overflow<nsw, nuw> : vector<4xindex>
  %v11 = arith.bitcast %v0 : f32 to i32
  %v12 = arith.ceildivsi %arg2, %v6 : vector<4xindex>
  %v13 = arith.ceildivsi %arg2, %v6 : vector<4xindex>
  return %arg1, %v12, %v13 : f8E8M0FNU, vector<4xindex>, vector<4xindex>
}
func.func @f1(%arg0: index, %arg1: i32, %arg2: i128, %arg3: vector<2x3xbf16>) -> (vector<4xindex>, vector<4xindex>) {
  %v0 = arith.constant 0x7C : f8E4M3FN
  %v1 = arith.constant 0xFF : f8E8M0FNU
  %v2 = arith.constant dense<9223372036854775807> : vector<4xindex>
  %v3:3 = func.call @f0(%v0, %v1, %v2) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (f8E8M0FNU, vector<4xindex>, vector<4xindex>)
  %v4 = arith.ceildivsi %arg2, %arg2 : i128
  %v5 = arith.mulf %v0, %v0 : f8E4M3FN
  %v6 = arith.trunci %arg1 : i32 to i1
  %v7 = arith.constant 0.0 : f8E8M0FNU
  %v8 = arith.addf %v3#0, %v7 : f8E8M0FNU
  %v9 = arith.constant dense<[-1, -9223372036854775808, -1, -2]> : vector<4xindex>
  %v10 = arith.index_castui %v9 : vector<4xindex> to vector<4xi32>
  %v11 = arith.constant 0 : index
  %v12 = arith.index_castui %v11 : index to i16
  %v13 = arith.constant false
  %v14 = arith.xori %v6, %v13 : i1
  %v15 = arith.constant true
  %v16 = arith.xori %v15, %v14 : i1
  %v17 = arith.maximumf %v7, %v1 fastmath<arcp,afn> : f8E8M0FNU
  %v18 = arith.constant 0x00 : f8E4M3FN
  %v19:3 = func.call @f0(%v18, %v3#0, %v2) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (f8E8M0FNU, vector<4xindex>, vector<4xindex>)
  %v20 = arith.constant true
  %v21 = arith.select %v20, %v4, %v4 : i128
  %v22 = arith.constant 4.0 : f4E2M1FN
  %v23 = arith.constant 0xE : f4E2M1FN
  %v24 = arith.cmpf ule, %v22, %v23 fastmath<fast> : f4E2M1FN
  %v25 = arith.index_castui %v11 : index to i16
  %v26 = arith.constant dense<13> : vector<4xi32>
  %v27 = arith.divsi %v26, %v10 : vector<4xi32>
  return %v19#1, %v3#2 : vector<4xindex>, vector<4xindex>
}
func.func @f2(%arg0: i1) -> (i128, index) {
  %v0 = arith.index_cast %arg0 : i1 to index
  %v1 = arith.constant 1073741824 : i32
  %v2 = arith.constant 1 : i128
  %v3 = arith.constant dense<[[100.0, 0x7F7F, -0.75], [0x007F, 0x7F80, 100.0]]> : vector<2x3xbf16>
  %v4:2 = func.call @f1(%v0, %v1, %v2, %v3) : (index, i32, i128, vector<2x3xbf16>) -> (vector<4xindex>, vector<4xindex>)
  %v5 = arith.constant 3 : index
  %v6 = arith.cmpi ugt, %v0, %v5 : index
  %v7 = arith.constant dense<false> : vector<2x3xi1>
  %v8 = arith.select %v7, %v3, %v3 : vector<2x3xi1>, vector<2x3xbf16>
  %v9 = arith.index_cast %arg0 : i1 to index
  %v10 = arith.constant 9223372036854775807 : index
  %v11 = arith.constant -5733162296265666748 : index
  %v12 = arith.remsi %v10, %v11 : index
  return %v2, %v9 : i128, index
}
func.func @f3(%arg0: index) -> (vector<4xi1>, vector<4xindex>, vector<4xindex>, index) {
  %v0 = arith.constant 11 : index
  %v1 = arith.cmpi eq, %arg0, %v0 : index
  %v2 = arith.select %v1, %v0, %arg0 : index
  %v3 = arith.constant 0x04 : f8E5M2
  %v4 = arith.cmpf true, %v3, %v3 fastmath<none> : f8E5M2
  %v5 = arith.constant -3.0e-05 : f8E8M0FNU
  %v6 = arith.bitcast %v5 : f8E8M0FNU to f8E3M4
  %v7 = arith.cmpi eq, %v4, %v1 : i1
  %v8 = arith.minsi %v2, %arg0 : index
  %v9 = arith.mulf %v5, %v5 : f8E8M0FNU
  %v10 = arith.constant 0xB0 : f8E3M4
  %v11 = arith.constant -1.0 : f8E3M4
  %v12 = arith.subf %v10, %v11 : f8E3M4
  %v13 = arith.bitcast %v5 : f8E8M0FNU to f8E5M2FNUZ
  %v14 = arith.constant 0x01 : f8E4M3FN
  %v15 = arith.constant dense<[-9223372036854775808, 9, 0, 7]> : vector<4xindex>
  %v16:3 = func.call @f0(%v14, %v5, %v15) : (f8E4M3FN, f8E8M0FNU, vector<4xindex>) -> (f8E8M0FNU, vector<4xindex>, vector<4xindex>)
  %v17 = arith.constant dense<4611686018427387904> : vector<4xindex>
  %v18 = arith.cmpi slt, %v16#1, %v17 : vector<4xindex>
  %v19 = arith.bitcast %v11 : f8E3M4 to f8E4M3FN
  %v20 = arith.floordivsi %v16#1, %v15 : vector<4xindex>
  %v21 = arith.cmpi slt, %v16#1, %v17 : vector<4xindex>
  %v22 = arith.divui %v20, %v16#2 : vector<4xindex>
  %v23 = arith.constant 0x00 : f8E8M0FNU
  %v24 = arith.cmpf ogt, %v16#0, %v23 : f8E8M0FNU
  %v25 = arith.constant dense<-9223372036854775808> : vector<4xindex>
  %v26 = arith.cmpi sgt, %v22, %v25 : vector<4xindex>
  %v27 = arith.select %v26, %v25, %v22 : vector<4xi1>, vector<4xindex>
  %v28 = arith.constant 12 : index
  %v29 = arith.shli %v8, %v28 : index
  return %v18, %v22, %v16#2, %v29 : vector<4xi1>, vector<4xindex>, vector<4xindex>, index
}
