// Random func/arith module, seed 13.
func.func @f0(%arg0: tensor<3xi16>, %arg1: vector<2xf64>) -> (tensor<3xf32>, vector<2xf64>) {
  %v0 = arith.constant dense<15> : tensor<3xi16>
  %v1 = arith.constant dense<16> : tensor<3xi16>
  %v2 = arith.ori %v0, %v1 : tensor<3xi16>
  %v3 = arith.constant dense<[1, -1961, 512]> : tensor<3xi16>
  %v4:2 = arith.mului_extended %v1, %v3 : tensor<3xi16>
  %v5 = arith.constant dense<[0x3FF0000000000000, 3.0]> : vector<2xf64>
  %v6 = arith.cmpf uge, %v5, %arg1 : vector<2xf64>
  %v7 = arith.constant dense<[-9223372036854775808, 0, 8, 64]> : vector<4xi64>
  %v8 = arith.constant dense<-3> : vector<4xi64>
  %v9 = arith.cmpi ugt, %v7, %v8 : vector<4xi64>
  %v10 = arith.cmpf uge, %v5, %arg1 : vector<2xf64>
  %v11 = arith.trunci %v2 : tensor<3xi16> to tensor<3xi1>
  %v12 = arith.cmpi ugt, %v7, %v8 : vector<4xi64>
  %v13 = arith.constant dense<-32768> : tensor<3xi16>
  %v14:2 = arith.addui_extended %arg0, %v13 : tensor<3xi16>, tensor<3xi1>
  %v15 = arith.constant 0xFFC00000 : f32
  %v16 = arith.maximumf %v15, %v15 fastmath<nnan> : f32
  %v17 = arith.minui %v10, %v6 : vector<2xi1>
  %v18:2 = arith.mului_extended %v1, %v3 : tensor<3xi16>
  %v19:2 = arith.addui_extended %v10, %v17 : vector<2xi1>, vector<2xi1>
  %v20 = arith.maxsi %v6, %v17 : vector<2xi1>
  %v21 = arith.maximumf %arg1, %v5 fastmath<ninf> : vector<2xf64>
  %v22 = arith.constant dense<0x20F04AF5E9F614F2> : vector<2xf64>
  %v23 = arith.remf %v21, %v22 : vector<2xf64>
  %v24 = arith.uitofp %v14#1 : tensor<3xi1> to tensor<3xf32>
  %v25 = arith.constant dense<0x00800000> : tensor<3xf32>
  %v26 = arith.divf %v24, %v25 : tensor<3xf32>
  %v27 = arith.negf %v26 fastmath<none> : tensor<3xf32>
  %v28:2 = arith.addui_extended %v10, %v17 : vector<2xi1>, vector<2xi1>
  %v29 = arith.negf %v25 fastmath<fast> : tensor<3xf32>
  %v30 = arith.constant dense<[1.0e+10, 0xFF800000, 0x00000000]> : tensor<3xf32>
  %v31 = arith.cmpf uge, %v30, %v26 : tensor<3xf32>
  %v32 = arith.minimumf %v27, %v30 : tensor<3xf32>
  return %v32, %v21 : tensor<3xf32>, vector<2xf64>
}
func.func @f1(%arg0: vector<4xi8>, %arg1: vector<2xi8>) -> i1 {
  %v0 = arith.constant 0x00 : f8E3M4
  %v1 = arith.fptoui %v0 : f8E3M4 to i8
  %v2 = arith.fptoui %v0 : f8E3M4 to i8
  %v3 = arith.constant 0xF8 : f8E3M4
  %v4 = arith.divf %v3, %v3 fastmath<none> : f8E3M4
  %v5 = arith.constant 0.1 : f8E3M4
  %v6 = arith.constant -0.75 : f8E3M4
  %v7 = arith.cmpf une, %v5, %v6 : f8E3M4
  %v8 = arith.constant 0.0 : f64
  %v9 = arith.minnumf %v8, %v8 : f64
  %v10 = arith.cmpf une, %v5, %v6 : f8E3M4
  %v11 = arith.constant false
  %v12 = arith.select %v11, %v9, %v8 : f64
  return %v10 : i1
}
func.func @f2(%arg0: bf16, %arg1: i32, %arg2: f16) -> (i32, i32) {
  %v0 = arith.constant dense<[0, 127, -1, 9]> : vector<4xi8>
  %v1 = arith.constant dense<7> : vector<2xi8>
  %v2 = func.call @f1(%v0, %v1) : (vector<4xi8>, vector<2xi8>) -> i1
  %v3 = func.call @f1(%v0, %v1) : (vector<4xi8>, vector<2xi8>) -> i1
  %v4 = arith.constant 0x8000 : f16
  %v5 = arith.cmpf true, %v4, %arg2 : f16
  %v6 = arith.maximumf %arg0, %arg0 fastmath<fast> : bf16
  %v7 = arith.constant dense<-38> : vector<4xi8>
  %v8:2 = arith.mului_extended %v7, %v0 : vector<4xi8>
  %v9 = arith.muli %arg1, %arg1 : i32
  %v10 = arith.sitofp %arg1 : i32 to f8E4M3FN
  %v11 = arith.constant dense<0> : vector<2xi16>
  %v12 = arith.constant dense<4> : vector<2xi16>
  %v13 = arith.shrui %v11, %v12 : vector<2xi16>
  %v14 = arith.constant -2147483648 : i32
  %v15 = arith.remsi %arg1, %v14 : i32
  %v16 = arith.negf %arg2 : f16
  %v17 = arith.constant -0.0 : f64
  %v18 = arith.constant 0xFFF0000000000000 : f64
  %v19 = arith.remf %v17, %v18 : f64
  %v20:2 = arith.mului_extended %v7, %v0 : vector<4xi8>
  return %v15, %v15 : i32, i32
}
