// Random func/arith module, seed 95.
func.func @f0(%arg0: i128, %arg1: i64, %arg2: i33) -> (f64, index) {
  %v0 = arith.shli %arg0, %arg0 : i128
  %v1 = arith.constant 0x0400 : f16
  %v2 = arith.extf %v1 : f16 to f64
  %v3 = arith.constant -2147483648 : i32
  %v4 = arith.constant 32 : i32
  %v5 = arith.remsi %v3, %v4 : i32
  %v6 = arith.index_castui %arg2 : i33 to index
  %v7 = arith.subi %arg1, %arg1 : i64
  %v8 = arith.negf %v2 : f64
  %v9 = arith.constant 65 : index
  %v10 = arith.index_castui %v9 : index to i128
  %v11 = arith.constant 1 : index
  %v12 = arith.cmpi sge, %v6, %v11 : index
  %v13 = arith.constant 0x021A7929974F54E1 : f64
  %v14 = arith.minimumf %v8, %v13 : f64
  %v15 = arith.constant 4 : index
  %v16 = arith.ceildivui %v15, %v6 : index
  %v17 = arith.constant 1 : index
  %v18 = arith.ori %v17, %v16 : index
  %v19 = arith.constant 0x7BFF : f16
  %v20 = arith.cmpf ule, %v1, %v19 fastmath<none> : f16
  %v21 = arith.negf %v2 : f64
  %v22 = arith.constant true
  %v23:2 = arith.mulsi_extended %v22, %v12 : i1
  %v24 = arith.shrsi %arg2, %arg2 exact : i33
  return %v13, %v16 : f64, index
}
func.func @f1(%arg0: vector<4xf64>) -> i64 {
  %v0 = arith.constant -1 : i33
  %v1 = arith.constant -1 : i33
  %v2 = arith.xori %v0, %v1 : i33
  %v3 = arith.constant dense<0xAE1DC67C7EDE8DC9> : vector<4xf64>
  %v4 = arith.bitcast %v3 : vector<4xf64> to vector<4xi64>
  %v5 = arith.constant dense<[0x7FF0000000000000, 0x44FDA40D9185E455, 0.0, 0x3FF0000000000000]> : vector<4xf64>
  %v6 = arith.minnumf %arg0, %v5 fastmath<nsz> : vector<4xf64>
  %v7 = arith.constant 8 : i128
  %v8 = arith.constant 9223372036854775807 : i64
  %v9 = arith.constant 33 : i33
  %v10:2 = func.call @f0(%v7, %v8, %v9) : (i128, i64, i33) -> (f64, index)
  %v11 = arith.constant 0 : i64
  %v12 = arith.ceildivsi %v8, %v11 : i64
  %v13 = arith.constant 0.0 : f64
  %v14 = arith.minimumf %v13, %v10#0 fastmath<nnan,ninf> : f64
  %v15 = arith.constant 1 : i33
  %v16 = arith.ori %v15, %v0 : i33
  return %v8 : i64
}
func.func @f2(%arg0: vector<4xf16>, %arg1: f32, %arg2: f32, %arg3: vector<4xi16>) -> f32 {
  %v0 = arith.constant dense<32767> : vector<4xi16>
  %v1 = arith.addi %v0, %arg3 : vector<4xi16>
  %v2 = arith.constant dense<-1> : vector<4xi16>
  %v3 = arith.xori %v1, %v2 : vector<4xi16>
  %v4 = arith.xori %v3, %v2 : vector<4xi16>
  %v5 = arith.constant dense<[0, 16384]> : vector<2xi16>
  %v6 = arith.extui %v5 : vector<2xi16> to vector<2xi64>
  %v7 = arith.constant dense<[-32768, 32767, 4, 9]> : vector<4xi16>
  %v8 = arith.cmpi slt, %v7, %v3 : vector<4xi16>
  %v9 = arith.constant dense<0x0400> : vector<4xf16>
  %v10 = arith.maximumf %v9, %arg0 : vector<4xf16>
  %v11 = arith.constant dense<0> : vector<2xi64>
  %v12 = arith.shrsi %v11, %v6 : vector<2xi64>
  %v13 = arith.constant dense<[0.1, 7.0, 0x7E00, 0x03FF]> : vector<4xf16>
  %v14 = arith.constant dense<2.0> : vector<4xf16>
  %v15 = arith.cmpf une, %v13, %v14 : vector<4xf16>
  %v16 = arith.constant 127 : i8
  %v17 = arith.constant 2 : i8
  %v18 = arith.maxsi %v16, %v17 : i8
  %v19 = arith.constant dense<0.1> : vector<4xf16>
  %v20 = arith.remf %v9, %v19 fastmath<arcp,afn> : vector<4xf16>
  %v21 = arith.ceildivui %v5, %v5 : vector<2xi16>
  %v22 = arith.maximumf %arg0, %v9 : vector<4xf16>
  %v23 = arith.constant dense<[[4, 65, 34359738368], [15, 68719476736, 1]]> : vector<2x3xindex>
  %v24 = arith.minsi %v23, %v23 : vector<2x3xindex>
  %v25 = arith.minnumf %arg1, %arg1 fastmath<none> : f32
  %v26 = arith.shrsi %v11, %v6 : vector<2xi64>
  %v27 = arith.shrsi %v8, %v8 : vector<4xi1>
  %v28 = arith.constant dense<128> : vector<4xi16>
  %v29 = arith.constant dense<-4073> : vector<4xi16>
  %v30 = arith.floordivsi %v28, %v29 : vector<4xi16>
  %v31 = arith.trunci %v7 : vector<4xi16> to vector<4xi1>
  %v32 = arith.cmpf une, %v13, %v14 : vector<4xf16>
  %v33 = arith.constant -1.0 : f32
  %v34 = arith.cmpf true, %v33, %arg1 : f32
  %v35 = arith.truncf %v33 downward : f32 to f8E5M2
  %v36 = arith.ceildivui %v1, %v1 : vector<4xi16>
  return %v25 : f32
}
func.func @f3(%arg0: f80, %arg1: vector<2xindex>, %arg2: i32) -> i1 {
  %v0 = arith.cmpf oeq, %arg0, %arg0 : f80
  %v1 = arith.constant -3.0e-05 : f80
  %v2 = arith.minimumf %arg0, %v1 : f80
  %v3 = arith.constant -0.0 : f8E8M0FNU
  %v4 = arith.cmpf ugt, %v3, %v3 : f8E8M0FNU
  %v5 = arith.constant 1 : i8
  %v6 = arith.constant 7 : i8
  %v7 = arith.cmpi ne, %v5, %v6 : i8
  %v8 = arith.constant 0xB0 : f8E5M2
  %v9 = arith.fptosi %v8 : f8E5M2 to i16
  %v10 = arith.constant dense<13> : vector<2xindex>
  %v11 = arith.cmpi slt, %arg1, %v10 : vector<2xindex>
  %v12 = arith.index_castui %v10 : vector<2xindex> to vector<2xi1>
  %v13 = arith.constant true
  %v14 = arith.ceildivui %v0, %v13 : i1
  %v15 = arith.constant dense<1.0e+10> : vector<4xf16>
  %v16 = arith.constant 0x7F800000 : f32
  %v17 = arith.constant 0x007FFFFF : f32
  %v18 = arith.constant dense<4096> : vector<4xi16>
  %v19 = func.call @f2(%v15, %v16, %v17, %v18) : (vector<4xf16>, f32, f32, vector<4xi16>) -> f32
  %v20 = arith.constant 3 : i8
  %v21 = arith.divsi %v6, %v20 : i8
  return %v14 : i1
}
