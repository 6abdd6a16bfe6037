// Random func/arith module, seed 92.
func.func @f0(%arg0: i32, %arg1: f64, %arg2: bf16, %arg3: tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<3xi8>) {
  %v0 = arith.constant dense<[[true, false], [false, false]]> : tensor<2x2xi1>
  %v1 = arith.remsi %arg3, %v0 : tensor<2x2xi1>
  %v2 = arith.remsi %arg3, %v0 : tensor<2x2xi1>
  %v3 = arith.constant -0.75 : bf16
  %v4 = arith.negf %v3 : bf16
  %v5 = arith.constant dense<true> : tensor<2x2xi1>
  %v6 = arith.ori %v1, %v5 : tensor<2x2xi1>
  %v7 = arith.constant dense<true> : tensor<3xi1>
  %v8 = arith.constant dense<2> : tensor<3xi8>
  %v9 = arith.constant dense<1> : tensor<3xi8>
  %v10 = arith.select %v7, %v8, %v9 : tensor<3xi1>, tensor<3xi8>
  %v11 = arith.constant dense<[[true, false], [false, true]]> : tensor<2x2xi1>
  %v12 = arith.subi %v6, %v11 : tensor<2x2xi1>
  %v13 = arith.constant dense<[[true, true], [false, false]]> : tensor<2x2xi1>
  %v14 = arith.remsi %v13, %v6 : tensor<2x2xi1>
  %v15 = arith.constant true
  %v16 = arith.select %v15, %v12, %v6 : tensor<2x2xi1>
  %v17 = arith.ori %arg0, %arg0 : i32
  %v18 = arith.constant dense<1.0e+10> : tensor<3xf16>
  %v19 = arith.constant dense<0xFC00> : tensor<3xf16>
  %v20 = arith.minnumf %v18, %v19 : tensor<3xf16>
  return %v12, %v10 : tensor<2x2xi1>, tensor<3xi8>
}
func.func @f1(%arg0: tensor<2x2xbf16>) -> (tensor<2x2xi1>, vector<2xi1>) {
  %v0 = arith.constant dense<false> : vector<2xi1>
  %v1 = arith.constant dense<[false, false]> : vector<2xi1>
  %v2 = arith.cmpi eq, %v0, %v1 : vector<2xi1>
  %v3 = arith.constant dense<false> : vector<2xi1>
  %v4 = arith.minui %v2, %v3 : vector<2xi1>
  %v5 = arith.bitcast %arg0 : tensor<2x2xbf16> to tensor<2x2xf16>
  %v6 = arith.constant dense<[true, false]> : vector<2xi1>
  %v7 = arith.ceildivsi %v6, %v0 : vector<2xi1>
  %v8 = arith.constant dense<true> : vector<2xi1>
  %v9 = arith.cmpi uge, %v8, %v1 : vector<2xi1>
  %v10 = arith.minui %v0, %v8 : vector<2xi1>
  %v11 = arith.constant dense<false> : vector<2xi1>
  %v12 = arith.cmpi ne, %v0, %v11 : vector<2xi1>
  %v13:2 = arith.mulsi_extended %v9, %v3 : vector<2xi1>
  %v14 = arith.constant dense<[[0x0080, -0.0], [0x7F7F, 0x0080]]> : tensor<2x2xbf16>
  %v15 = arith.minnumf %v14, %arg0 fastmath<ninf> : tensor<2x2xbf16>
  %v16 = arith.constant 0 : i32
  %v17 = arith.constant 0xFFF0000000000000 : f64
  %v18 = arith.constant 0xBF80 : bf16
  %v19 = arith.constant dense<true> : tensor<2x2xi1>
  %v20:2 = func.call @f0(%v16, %v17, %v18, %v19) : (i32, f64, bf16, tensor<2x2xi1>) -> (tensor<2x2xi1>, tensor<3xi8>)
  %v21 = arith.constant dense<false> : vector<2xi1>
  %v22 = arith.shrui %v21, %v6 : vector<2xi1>
  %v23 = arith.muli %v20#1, %v20#1 overflow<nuw> : tensor<3xi8>
  return %v20#0, %v13#0 : tensor<2x2xi1>, vector<2xi1>
}
