// Random func/arith module, seed 71.
func.func @f0(%arg0: f64, %arg1: i1, %arg2: vector<2xi1>, %arg3: tensor<2x2xi1>) -> tensor<2x2xi1> {
  %v0 = arith.constant 0xBFF0000000000000 : f64
  %v1 = arith.subf %arg0, %v0 : f64
  %v2 = arith.constant dense<false> : tensor<2x2xi1>
  %v3 = arith.xori %arg3, %v2 : tensor<2x2xi1>
  %v4 = arith.constant true
  %v5 = arith.cmpi slt, %v4, %arg1 : i1
  %v6 = arith.xori %arg3, %v2 : tensor<2x2xi1>
  %v7 = arith.constant 0x14 : f8E4M3FNUZ
  %v8 = arith.constant 7.0 : f8E4M3FNUZ
  %v9 = arith.minimumf %v7, %v8 fastmath<nsz> : f8E4M3FNUZ
  %v10 = arith.ori %arg2, %arg2 : vector<2xi1>
  %v11 = arith.constant dense<[true, true]> : vector<2xi1>
  %v12 = arith.divui %v11, %v10 : vector<2xi1>
  %v13 = arith.constant 7.0 : f8E4M3FN
  %v14 = arith.constant 0x00 : f8E4M3FN
  %v15 = arith.minnumf %v13, %v14 fastmath<fast> : f8E4M3FN
  %v16 = arith.cmpf ord, %v1, %v1 : f64
  %v17 = arith.subf %arg0, %v1 : f64
  %v18 = arith.select %v5, %v8, %v8 : f8E4M3FNUZ
  %v19 = arith.cmpi slt, %v16, %arg1 : i1
  %v20 = arith.select %v19, %v16, %arg1 : i1
  %v21 = arith.cmpi ugt, %v2, %v6 : tensor<2x2xi1>
  return %v21 : tensor<2x2xi1>
}
func.func @f1(%arg0: f8E5M2, %arg1: vector<2xi8>, %arg2: f32, %arg3: f8E4M3) -> (f8E4M3FN, f8E4M3FN, vector<2xi8>, vector<2xi1>) {
  %v0 = arith.constant dense<4> : vector<2xi8>
  %v1 = arith.addi %arg1, %v0 : vector<2xi8>
  %v2 = arith.constant 0 : i32
  %v3 = arith.constant 1 : i32
  %v4 = arith.cmpi sle, %v2, %v3 : i32
  %v5:2 = arith.addui_extended %v1, %arg1 : vector<2xi8>, vector<2xi1>
  %v6 = arith.constant dense<[[-7, 8, 0], [-8, 14, 5]]> : vector<2x3xi8>
  %v7 = arith.extui %v6 : vector<2x3xi8> to vector<2x3xi16>
  %v8 = arith.constant 1 : index
  %v9 = arith.select %v4, %v8, %v8 : index
  %v10 = arith.cmpi ne, %v5#0, %v0 : vector<2xi8>
  %v11 = arith.select %v10, %v5#0, %v0 : vector<2xi1>, vector<2xi8>
  %v12 = arith.constant dense<true> : vector<2xi1>
  %v13 = arith.ceildivui %v12, %v12 : vector<2xi1>
  %v14 = arith.cmpi ne, %v5#0, %v0 : vector<2xi8>
  %v15 = arith.select %v14, %v5#0, %v0 : vector<2xi1>, vector<2xi8>
  %v16 = arith.constant true
  %v17 = arith.select %v16, %arg2, %arg2 : f32
  %v18 = arith.truncf %v17 fastmath<reassoc,contract> : f32 to f8E4M3FN
  %v19 = arith.constant 1.0e+10 : f8E4M3FN
  %v20 = arith.constant 0x7E : f8E4M3FN
  %v21 = arith.minnumf %v19, %v20 : f8E4M3FN
  %v22 = arith.constant dense<true> : vector<2xi1>
  %v23 = arith.constant dense<[-128, -1]> : vector<2xi8>
  %v24 = arith.select %v22, %v11, %v23 : vector<2xi1>, vector<2xi8>
  return %v18, %v18, %v11, %v14 : f8E4M3FN, f8E4M3FN, vector<2xi8>, vector<2xi1>
}
