// Random func/arith module, seed 13.
func.func @f0(%arg0: vector<4xi16>, %arg1: tensor<3xf64>) -> vector<4xi16> {
  %v0 = arith.constant dense<15> : vector<4xi16>
  %v1 = arith.constant dense<16> : vector<4xi16>
  %v2 = arith.ori %v0, %v1 : vector<4xi16>
  %v3 = arith.constant dense<[1, -1961, 512, -1]> : vector<4xi16>
  %v4:2 = arith.mului_extended %arg0, %v3 : vector<4xi16>
  %v5 = arith.constant true
  %v6 = arith.constant 0xB8 : f8E4M3FNUZ
  %v7 = arith.constant 3.0 : f8E4M3FNUZ
  %v8 = arith.select %v5, %v6, %v7 : f8E4M3FNUZ
  %v9 = arith.constant dense<10> : vector<4xi16>
  %v10 = arith.ceildivui %v3, %v9 : vector<4xi16>
  %v11 = arith.constant dense<-32768> : vector<4xi16>
  %v12 = arith.constant dense<[10, -3, 4, 32]> : vector<4xi16>
  %v13 = arith.andi %v11, %v12 : vector<4xi16>
  %v14 = arith.ceildivui %v3, %v9 : vector<4xi16>
  %v15 = arith.constant false
  %v16 = arith.ori %v5, %v15 : i1
  %v17 = arith.cmpi ugt, %v12, %arg0 : vector<4xi16>
  %v18 = arith.constant 13 : i16
  %v19 = arith.constant 32767 : i16
  %v20 = arith.cmpi slt, %v18, %v19 {tag = 0 : i64} : i16
  %v21 = arith.constant 3 : i16
  %v22 = arith.ceildivsi %v21, %v18 : i16
  %v23 = arith.cmpi ne, %v0, %v14 : vector<4xi16>
  %v24 = arith.constant dense<false> : vector<4xi1>
  %v25:2 = arith.addui_extended %v17, %v24 : vector<4xi1>, vector<4xi1>
  %v26 = arith.constant true
  %v27 = arith.constant -1 : i16
  %v28 = arith.select %v26, %v21, %v27 : i16
  %v29 = arith.constant 32767 : i16
  %v30 = arith.constant 16 : i16
  %v31 = arith.ori %v29, %v30 : i16
  %v32 = arith.constant 10 : i16
  %v33 = arith.ori %v31, %v32 : i16
  %v34 = arith.ceildivui %v3, %v9 {tag = 0 : i64} : vector<4xi16>
  %v35 = arith.constant dense<0xFFF8000000000000> : tensor<3xf64>
  %v36 = arith.addf %v35, %v35 fastmath<nsz> : tensor<3xf64>
  %v37 = arith.ceildivui %v3, %v9 : vector<4xi16>
  %v38 = arith.constant -128 : i8
  %v39 = arith.constant 4 : i8
  %v40 = arith.addi %v38, %v39 overflow<nsw, nuw> : i8
  %v41 = arith.constant dense<[-1, 1, -32768, 512]> : vector<4xi16>
  %v42 = arith.divsi %v41, %v4#0 : vector<4xi16>
  %v43 = arith.ceildivui %v3, %v9 {tag = 0 : i64} : vector<4xi16>
  %v44 = arith.ori %v1, %v0 : vector<4xi16>
  %v45 = arith.ori %v1, %v0 : vector<4xi16>
  return %v42 : vector<4xi16>
}
func.func @f1(%arg0: tensor<0xi64>, %arg1: bf16, %arg2: f8E5M2, %arg3: vector<i8>) -> tensor<0xi64> {
  %v0 = arith.constant dense<-8> : tensor<0xi64>
  %v1 = arith.ceildivsi %arg0, %v0 : tensor<0xi64>
  %v2 = arith.minnumf %arg1, %arg1 : bf16
  %v3 = arith.constant true
  %v4 = arith.select %v3, %arg1, %v2 : bf16
  %v5 = arith.constant dense<3> : tensor<0xi64>
  %v6 = arith.constant dense<[]> : tensor<0xi64>
  %v7 = arith.divui %v5, %v6 : tensor<0xi64>
  %v8 = arith.constant dense<13> : tensor<0xi64>
  %v9 = arith.maxsi %v8, %v8 : tensor<0xi64>
  %v10 = arith.constant true
  %v11 = arith.constant 0x80000000000000000000000000000000 : f128
  %v12 = arith.select %v10, %v11, %v11 : f128
  %v13 = arith.cmpf one, %v2, %v4 fastmath<ninf> : bf16
  %v14 = arith.ceildivsi %arg0, %v0 : tensor<0xi64>
  %v15 = arith.constant false
  %v16 = arith.minui %v13, %v15 : i1
  %v17 = arith.constant dense<15> : vector<i16>
  %v18 = arith.constant dense<32767> : vector<i16>
  %v19 = arith.shrui %v17, %v18 : vector<i16>
  %v20 = arith.constant dense<-128> : vector<i8>
  %v21 = arith.muli %arg3, %v20 : vector<i8>
  %v22 = arith.cmpi eq, %arg3, %v20 : vector<i8>
  %v23 = arith.constant -2.5 : f8E5M2
  %v24 = arith.select %v15, %v23, %arg2 {tag = 1 : i64} : f8E5M2
  %v25 = arith.divui %v21, %arg3 : vector<i8>
  %v26 = arith.select %v16, %v8, %v9 : tensor<0xi64>
  %v27 = arith.constant dense<-8> : tensor<0xi64>
  %v28 = arith.cmpi ule, %arg0, %v27 : tensor<0xi64>
  %v29 = arith.constant dense<1> : vector<i8>
  %v30 = arith.cmpi ne, %v25, %v29 : vector<i8>
  %v31 = arith.select %v30, %v25, %v29 {tag = 1 : i64} : vector<i1>, vector<i8>
  %v32 = arith.negf %v24 {tag = 0 : i64} : f8E5M2
  %v33 = arith.select %v16, %v23, %v24 : f8E5M2
  %v34 = arith.index_castui %v8 : tensor<0xi64> to tensor<0xindex>
  return %v26 : tensor<0xi64>
}
func.func @f2(%arg0: f32, %arg1: vector<2x3xi64>) {
  %v0 = arith.constant dense<1> : vector<2x3xi8>
  %v1 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v2 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v3 = arith.cmpi slt, %v1, %v2 : vector<2x3xi64>
  %v4 = arith.extf %arg0 : f32 to f64
  %v5 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v6 = arith.cmpi slt, %v1, %v2 : vector<2x3xi64>
  %v7 = arith.extf %arg0 : f32 to f64
  %v8 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v9 = arith.constant dense<0> : vector<2x3xi64>
  %v10 = arith.cmpi ne, %v8, %v9 : vector<2x3xi64>
  %v11 = arith.index_castui %arg1 : vector<2x3xi64> to vector<2x3xindex>
  %v12 = arith.constant 0x3FF0000000000000 : f64
  %v13 = arith.subf %v7, %v12 fastmath<ninf> : f64
  %v14 = arith.extui %v0 : vector<2x3xi8> to vector<2x3xi64>
  %v15 = arith.cmpi slt, %v11, %v11 : vector<2x3xindex>
  return
}
