// Random func/arith module, seed 84.
func.func @f0(%arg0: index, %arg1: vector<2x3xi64>, %arg2: i32, %arg3: vector<i1>) -> vector<i1> {
  %v0 = arith.constant false
  %v1 = arith.constant 0x80 : f8E4M3B11FNUZ
  %v2 = arith.select %v0, %v1, %v1 : f8E4M3B11FNUZ
  %v3 = arith.constant 11 : i32
  %v4 = arith.constant 1 : i32
  %v5 = arith.remui %v3, %v4 : i32
  %v6 = arith.minui %arg1, %arg1 : vector<2x3xi64>
  %v7:2 = arith.mulsi_extended %arg3, %arg3 : vector<i1>
  %v8 = arith.ceildivui %v7#1, %arg3 : vector<i1>
  %v9 = arith.constant dense<true> : vector<i1>
  %v10 = arith.constant dense<true> : vector<i1>
  %v11 = arith.shrui %v9, %v10 : vector<i1>
  %v12 = arith.minui %arg1, %arg1 : vector<2x3xi64>
  %v13 = arith.constant false
  %v14 = arith.constant true
  %v15 = arith.minui %v13, %v14 : i1
  %v16 = arith.shrui %v9, %v10 : vector<i1>
  %v17 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v18 = arith.bitcast %v17 : f8E4M3B11FNUZ to f8E3M4
  %v19 = arith.constant 0x00 : f8E3M4
  %v20 = arith.remf %v19, %v18 : f8E3M4
  %v21 = arith.constant 7.0 : f8E4M3B11FNUZ
  %v22 = arith.constant 1.0e+10 : f8E4M3B11FNUZ
  %v23 = arith.minimumf %v21, %v22 : f8E4M3B11FNUZ
  %v24:2 = arith.mulsi_extended %arg3, %arg3 : vector<i1>
  %v25 = arith.constant 0x8000 : bf16
  %v26 = arith.negf %v25 : bf16
  %v27 = arith.negf %v26 : bf16
  %v28 = arith.constant -1 : i16
  %v29 = arith.constant 0 : i16
  %v30 = arith.maxsi %v28, %v29 : i16
  %v31 = arith.constant -2.5 : bf16
  %v32 = arith.addf %v25, %v31 fastmath<nsz> : bf16
  %v33 = arith.bitcast %arg2 : i32 to f32
  %v34 = arith.bitcast %v33 : f32 to i32
  %v35:2 = arith.mulsi_extended %arg3, %arg3 : vector<i1>
  %v36 = arith.constant 0x7FC00000 : f32
  %v37 = arith.cmpf oge, %v33, %v36 fastmath<nnan> : f32
  %v38 = arith.minui %arg1, %arg1 : vector<2x3xi64>
  %v39 = arith.bitcast %arg2 : i32 to f32
  %v40 = arith.constant 0x7F800000 : f32
  %v41 = arith.select %v37, %v36, %v40 : f32
  %v42 = arith.truncf %v33 fastmath<nnan,ninf> : f32 to f8E5M2FNUZ
  return %v35#1 : vector<i1>
}
func.func @f1(%arg0: vector<2xi16>, %arg1: i64, %arg2: tensor<2x2xi1>, %arg3: f8E8M0FNU) -> vector<i1> {
  %v0 = arith.index_cast %arg2 : tensor<2x2xi1> to tensor<2x2xindex>
  %v1 = arith.index_cast %arg2 : tensor<2x2xi1> to tensor<2x2xindex>
  %v2 = arith.constant -7 : index
  %v3 = arith.constant dense<65> : vector<2x3xi64>
  %v4 = arith.constant -1 : i32
  %v5 = arith.constant dense<true> : vector<i1>
  %v6 = func.call @f0(%v2, %v3, %v4, %v5) : (index, vector<2x3xi64>, i32, vector<i1>) -> vector<i1>
  %v7 = arith.constant 1 : i16
  %v8 = arith.cmpi sge, %v7, %v7 : i16
  %v9 = arith.constant dense<false> : vector<i1>
  %v10 = arith.addi %v9, %v6 overflow<nsw> : vector<i1>
  %v11 = arith.addf %arg3, %arg3 fastmath<ninf> : f8E8M0FNU
  %v12 = arith.index_castui %v2 : index to i16
  %v13 = arith.sitofp %arg1 : i64 to f8E8M0FNU
  %v14 = arith.ori %v10, %v10 : vector<i1>
  return %v14 : vector<i1>
}
func.func @f2(%arg0: bf16, %arg1: vector<index>, %arg2: f8E4M3FNUZ) -> vector<index> {
  %v0 = arith.constant dense<7> : vector<index>
  %v1 = arith.constant dense<63> : vector<index>
  %v2 = arith.xori %v0, %v1 : vector<index>
  %v3 = arith.divsi %v0, %arg1 exact : vector<index>
  %v4 = arith.divsi %v0, %arg1 exact : vector<index>
  %v5 = arith.constant dense<65> : vector<index>
  %v6 = arith.index_castui %v5 : vector<index> to vector<i32>
  %v7 = arith.constant -1 : i128
  %v8 = arith.xori %v7, %v7 : i128
  %v9 = arith.xori %v8, %v7 : i128
  %v10 = arith.constant dense<-1> : vector<index>
  %v11 = arith.andi %v4, %v10 : vector<index>
  %v12 = arith.constant dense<11> : vector<index>
  %v13 = arith.andi %v11, %v12 : vector<index>
  %v14 = arith.constant 2147483647 : i32
  %v15 = arith.trunci %v14 : i32 to i16
  %v16 = arith.constant dense<1> : vector<i64>
  %v17 = arith.constant dense<1> : vector<i64>
  %v18:2 = arith.addui_extended %v16, %v17 : vector<i64>, vector<i1>
  %v19 = arith.divsi %v0, %arg1 exact : vector<index>
  return %v3 : vector<index>
}
