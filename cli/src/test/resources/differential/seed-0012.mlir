// Random func/arith module, seed 12.
func.func @f0(%arg0: tensor<2x2xi8>) -> (tensor<2x2xi8>, tensor<2x2xi8>) {
  %v0 = arith.remsi %arg0, %arg0 : tensor<2x2xi8>
  %v1 = arith.constant dense<0> : tensor<2x2xi8>
  %v2:2 = arith.mulsi_extended %v0, %v1 : tensor<2x2xi8>
  %v3:2 = arith.mulsi_extended %v0, %v1 : tensor<2x2xi8>
  %v4:2 = arith.mulsi_extended %v0, %v1 : tensor<2x2xi8>
  %v5 = arith.constant dense<-1> : tensor<2x2xi8>
  %v6 = arith.xori %v5, %v2#1 : tensor<2x2xi8>
  %v7 = arith.constant 128 : i32
  %v8 = arith.constant 32 : i32
  %v9 = arith.cmpi eq, %v7, %v8 : i32
  %v10:2 = arith.mulsi_extended %v0, %v1 : tensor<2x2xi8>
  %v11 = arith.constant dense<[[0, 0], [127, 0]]> : tensor<2x2xi8>
  %v12 = arith.ceildivui %v11, %v2#0 : tensor<2x2xi8>
  %v13 = arith.constant dense<127> : tensor<2x2xi8>
  %v14 = arith.uitofp %v13 : tensor<2x2xi8> to tensor<2x2xf64>
  %v15 = arith.shrsi %v2#1, %v3#1 exact : tensor<2x2xi8>
  return %v4#0, %v0 : tensor<2x2xi8>, tensor<2x2xi8>
}
func.func @f1(%arg0: tensor<2x2xf32>, %arg1: f64) {
  %v0 = arith.constant 64 : index
  %v1 = arith.divui %v0, %v0 : index
  %v2 = arith.maxui %v0, %v1 : index
  %v3 = arith.subi %v2, %v0 : index
  %v4 = arith.constant 0xFF80 : bf16
  %v5 = arith.constant 0x8000 : bf16
  %v6 = arith.remf %v4, %v5 : bf16
  %v7 = arith.constant 63 : index
  %v8 = arith.andi %v7, %v1 : index
  %v9 = arith.remf %arg0, %arg0 : tensor<2x2xf32>
  %v10 = arith.constant 0x7FF0000000000000 : f64
  %v11 = arith.minimumf %arg1, %v10 : f64
  %v12 = arith.constant dense<[[-3.0e-05, 0x00800000], [100.0, 7.0]]> : tensor<2x2xf32>
  %v13 = arith.remf %arg0, %v12 : tensor<2x2xf32>
  %v14 = arith.constant false
  %v15 = arith.select %v14, %v8, %v7 : index
  %v16 = arith.remf %arg0, %arg0 : tensor<2x2xf32>
  %v17 = arith.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %v18 = arith.cmpi ult, %v17, %v17 : tensor<2x2xi1>
  %v19 = arith.remf %arg0, %v12 : tensor<2x2xf32>
  %v20 = arith.constant dense<[[-32768, 1, 17], [16, 128, 2]]> : vector<2x3xi16>
  %v21 = arith.constant dense<487> : vector<2x3xi16>
  %v22 = arith.andi %v20, %v21 : vector<2x3xi16>
  %v23 = arith.cmpi ult, %v17, %v17 : tensor<2x2xi1>
  %v24 = arith.subi %v2, %v0 : index
  %v25 = arith.divf %v12, %arg0 : tensor<2x2xf32>
  %v26 = arith.constant dense<0> : vector<2x3xi16>
  %v27 = arith.remsi %v26, %v20 : vector<2x3xi16>
  %v28 = arith.remf %arg0, %v12 : tensor<2x2xf32>
  %v29 = arith.constant true
  %v30 = arith.constant true
  %v31 = arith.floordivsi %v29, %v30 : i1
  %v32 = arith.constant true
  %v33 = arith.sitofp %v32 : i1 to f8E4M3FN
  %v34 = arith.constant 2771172713516302334 : index
  %v35 = arith.constant -7 : index
  %v36 = arith.ceildivui %v34, %v35 : index
  return
}
