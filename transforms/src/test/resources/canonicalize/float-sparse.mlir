func.func @sparse() -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf16>, tensor<2x3xf64>, tensor<2x3xi32>, tensor<2x2xf32>) {
  %a = arith.constant sparse<[[1], [3]], [1.0, 2.0]> : tensor<4xf32>
  %b = arith.constant dense<1.5> : tensor<4xf32>
  %i = arith.constant sparse<[[0, 1], [1, 2]], [-3, 7]> : tensor<2x3xi32>
  %f = arith.constant sparse<[[0, 0], [1, 2]], [2.5, -4.75]> : tensor<2x3xf64>
  %s = arith.constant sparse<[[0, 1]], 3.0> : tensor<2x2xf32>
  %0 = arith.addf %a, %b : tensor<4xf32>
  %1 = arith.negf %a : tensor<4xf32>
  %2 = arith.truncf %a : tensor<4xf32> to tensor<4xf16>
  %3 = arith.sitofp %i : tensor<2x3xi32> to tensor<2x3xf64>
  %4 = arith.fptosi %f : tensor<2x3xf64> to tensor<2x3xi32>
  %5 = arith.mulf %s, %s : tensor<2x2xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<4xf32>, tensor<4xf32>, tensor<4xf16>, tensor<2x3xf64>, tensor<2x3xi32>, tensor<2x2xf32>
}
