// Random func/arith module, seed 12.
func.func @f0(%arg0: tensor<3xi8>) -> (tensor<3xi16>, tensor<3xi16>, tensor<3xi16>) {
  %v0 = arith.remsi %arg0, %arg0 : tensor<3xi8>
  %v1 = arith.constant 0x7C : f8E5M2
  %v2 = arith.bitcast %v1 : f8E5M2 to f8E4M3FN
  %v3 = arith.fptoui %v2 : f8E4M3FN to i1
  %v4 = arith.bitcast %v1 : f8E5M2 to f8E5M2FNUZ
  %v5 = arith.constant 0x08 : f8E4M3FN
  %v6 = arith.constant 0xFC : f8E4M3FN
  %v7 = arith.remf %v5, %v6 {tag = 0 : i64} : f8E4M3FN
  %v8 = arith.constant 0x01 : f8E4M3FN
  %v9 = arith.maximumf %v2, %v8 : f8E4M3FN
  %v10 = arith.constant 0x92 : f8E5M2
  %v11 = arith.cmpf ord, %v10, %v10 fastmath<nsz> : f8E5M2
  %v12 = arith.extui %v0 : tensor<3xi8> to tensor<3xi16>
  %v13 = arith.constant 0x00 : f8E5M2
  %v14 = arith.addf %v10, %v13 : f8E5M2
  %v15 = arith.constant dense<[5, 17, 11]> : tensor<3xi16>
  %v16:2 = arith.mului_extended %v12, %v15 : tensor<3xi16>
  return %v12, %v16#1, %v12 : tensor<3xi16>, tensor<3xi16>, tensor<3xi16>
}
func.func @f1(%arg0: bf16) -> (i8, i1) {
  %v0 = arith.cmpf ogt, %arg0, %arg0 : bf16
  %v1 = arith.cmpf ogt, %arg0, %arg0 : bf16
  %v2 = arith.cmpi ne, %v1, %v0 : i1
  %v3 = arith.cmpi ne, %v1, %v0 : i1
  %v4 = arith.constant false
  %v5 = arith.xori %v3, %v4 : i1
  %v6 = arith.constant 0xFF80 : bf16
  %v7 = arith.addf %arg0, %v6 : bf16
  %v8 = arith.cmpf uge, %v7, %v6 : bf16
  %v9 = arith.cmpf ogt, %arg0, %arg0 : bf16
  %v10 = arith.constant true
  %v11 = arith.remsi %v10, %v1 : i1
  %v12 = arith.constant 0x7FC0 : bf16
  %v13 = arith.maximumf %arg0, %v12 : bf16
  %v14 = arith.extsi %v2 : i1 to i8
  return %v14, %v9 : i8, i1
}
