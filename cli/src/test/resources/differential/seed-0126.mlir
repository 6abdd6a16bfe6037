// Random func/arith module, seed 126.
func.func @f0(%arg0: index) -> (i1, i1) {
  %v0 = arith.constant dense<64> : vector<2x3xi64>
  %v1 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v2 = arith.constant 1 : index
  %v3 = arith.cmpi ult, %arg0, %v2 : index
  %v4 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v5 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v6 = arith.divsi %v0, %v0 : vector<2x3xi64>
  %v7 = arith.constant 0 : i64
  %v8 = arith.constant -5 : i64
  %v9:2 = arith.addui_extended %v7, %v8 : i64, i1
  %v10 = arith.constant 2048 : i16
  %v11 = arith.index_cast %v10 : i16 to index
  %v12 = arith.constant true
  %v13 = arith.ceildivsi %v12, %v9#1 : i1
  %v14 = arith.constant -1 : i64
  %v15 = arith.constant 3 : i64
  %v16 = arith.xori %v15, %v14 : i64
  %v17 = arith.xori %v16, %v14 : i64
  %v18 = arith.maxsi %v10, %v10 : i16
  return %v13, %v9#1 : i1, i1
}
func.func @f1(%arg0: i1, %arg1: vector<2x3xf32>) -> f8E3M4 {
  %v0 = arith.constant true
  %v1 = arith.sitofp %v0 : i1 to f16
  %v2 = arith.ceildivsi %arg0, %v0 : i1
  %v3 = arith.remf %arg1, %arg1 : vector<2x3xf32>
  %v4 = arith.constant dense<0x00000000> : vector<2x3xf32>
  %v5 = arith.remf %v3, %v4 fastmath<nnan,ninf> : vector<2x3xf32>
  %v6 = arith.constant dense<0xFFC00000> : vector<2x3xf32>
  %v7 = arith.remf %v6, %v3 : vector<2x3xf32>
  %v8 = arith.sitofp %v0 : i1 to f16
  %v9 = arith.constant dense<-0.75> : vector<2x3xf32>
  %v10 = arith.constant dense<0xF67D8C96> : vector<2x3xf32>
  %v11 = arith.remf %v9, %v10 fastmath<nsz> : vector<2x3xf32>
  %v12 = arith.constant -1 : i8
  %v13 = arith.constant 1 : i8
  %v14 = arith.remsi %v12, %v13 : i8
  %v15 = arith.constant -1 : i8
  %v16 = arith.floordivsi %v15, %v13 : i8
  %v17 = arith.constant true
  %v18 = arith.andi %arg0, %v17 : i1
  %v19 = arith.constant false
  %v20 = arith.uitofp %v19 : i1 to f8E3M4
  %v21 = arith.constant 0xFF : f8E3M4
  %v22 = arith.constant 0xA9 : f8E3M4
  %v23 = arith.cmpf ult, %v21, %v22 fastmath<none> : f8E3M4
  %v24 = arith.maximumf %v21, %v22 : f8E3M4
  %v25 = arith.constant -9223372036854775808 : i64
  %v26 = arith.divui %v25, %v25 : i64
  %v27 = arith.constant 0x98 : f8E3M4
  %v28 = arith.bitcast %v27 : f8E3M4 to f8E4M3FN
  %v29 = arith.divsi %v2, %arg0 : i1
  %v30 = arith.constant -4958160659033887323 : i64
  %v31:2 = arith.mului_extended %v25, %v30 : i64
  return %v20 : f8E3M4
}
func.func @f2(%arg0: vector<2xf64>, %arg1: vector<2x3xf64>) -> vector<2xi1> {
  %v0 = arith.constant dense<4.0> : vector<2x3xf64>
  %v1 = arith.constant dense<0.1> : vector<2x3xf64>
  %v2 = arith.cmpf oge, %v0, %v1 : vector<2x3xf64>
  %v3 = arith.constant dense<-1.0> : vector<2x3xf64>
  %v4 = arith.minimumf %arg1, %v3 : vector<2x3xf64>
  %v5 = arith.fptoui %v4 : vector<2x3xf64> to vector<2x3xi8>
  %v6 = arith.constant -9223372036854775808 : i64
  %v7 = arith.bitcast %v6 : i64 to f64
  %v8 = arith.index_castui %v5 : vector<2x3xi8> to vector<2x3xindex>
  %v9 = arith.floordivsi %v8, %v8 : vector<2x3xindex>
  %v10 = arith.negf %arg0 : vector<2xf64>
  %v11 = arith.shli %v5, %v5 : vector<2x3xi8>
  %v12 = arith.negf %v4 : vector<2x3xf64>
  %v13 = arith.negf %v12 : vector<2x3xf64>
  %v14 = arith.cmpi ule, %v9, %v8 : vector<2x3xindex>
  %v15 = arith.constant 0xBF800000 : f32
  %v16 = arith.cmpf ole, %v15, %v15 : f32
  %v17 = arith.constant dense<4> : vector<4xi8>
  %v18 = arith.extsi %v17 : vector<4xi8> to vector<4xi64>
  %v19 = arith.constant dense<[9, 65, -1755957706963151859, 9223372036854775807]> : vector<4xi64>
  %v20 = arith.cmpi eq, %v18, %v19 : vector<4xi64>
  %v21 = arith.constant dense<0x7FF8000000000000> : vector<2xf64>
  %v22 = arith.cmpf uge, %v10, %v21 fastmath<none> : vector<2xf64>
  %v23 = arith.constant 0.1 : f8E4M3
  %v24 = arith.extf %v23 : f8E4M3 to f32
  %v25 = arith.constant dense<-3884716784278151782> : vector<2x3xindex>
  %v26 = arith.addi %v8, %v25 : vector<2x3xindex>
  %v27 = arith.constant dense<[[0x7FEFFFFFFFFFFFFF, 0x0010000000000000, 0xBFF0000000000000], [0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000]]> : vector<2x3xf64>
  %v28 = arith.cmpf ole, %v4, %v27 fastmath<ninf> : vector<2x3xf64>
  %v29 = arith.minimumf %v15, %v15 : f32
  %v30 = arith.constant dense<[[-3, 34359738368, 2251799813685248], [5, 131072, 7]]> : vector<2x3xindex>
  %v31 = arith.minsi %v25, %v30 : vector<2x3xindex>
  %v32 = arith.constant dense<false> : vector<4xi1>
  %v33 = arith.minsi %v32, %v32 : vector<4xi1>
  %v34 = arith.constant dense<0xBFF0000000000000> : vector<2xf64>
  %v35 = arith.cmpf ueq, %arg0, %v34 fastmath<nnan,ninf> : vector<2xf64>
  %v36 = arith.constant dense<1> : vector<4xi8>
  %v37 = arith.shrsi %v36, %v36 : vector<4xi8>
  return %v35 : vector<2xi1>
}
