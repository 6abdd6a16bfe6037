func.func @elements() -> (vector<4xf32>, vector<4xf32>, tensor<2xf16>, vector<4xf32>, tensor<3xf64>, vector<2xf32>, vector<2xi32>, vector<2xi32>, vector<3xi1>, vector<2xf16>) {
  %s = arith.constant dense<1.5> : vector<4xf32>
  %d = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>
  %h = arith.constant dense<[0.5, -2.0]> : tensor<2xf16>
  %i = arith.constant dense<[1, -2, 3]> : tensor<3xi32>
  %f = arith.constant dense<[1.75, -2.5]> : vector<2xf32>
  %g = arith.constant dense<[1.75, 3.0e10]> : vector<2xf32>
  %c = arith.constant dense<[1.0, 2.0, 3.0]> : vector<3xf32>
  %p = arith.constant dense<0.1> : vector<2xf32>
  %0 = arith.addf %s, %s : vector<4xf32>
  %1 = arith.mulf %s, %d : vector<4xf32>
  %2 = arith.negf %h : tensor<2xf16>
  %3 = arith.divf %d, %s : vector<4xf32>
  %4 = arith.sitofp %i : tensor<3xi32> to tensor<3xf64>
  %5 = arith.extf %h : tensor<2xf16> to tensor<2xf32>
  %6 = arith.fptosi %f : vector<2xf32> to vector<2xi32>
  %7 = arith.fptosi %g : vector<2xf32> to vector<2xi32>
  %8 = arith.cmpf olt, %c, %c : vector<3xf32>
  %9 = arith.truncf %p : vector<2xf32> to vector<2xf16>
  %r5 = arith.addf %5, %5 : tensor<2xf32>
  "foo.use"(%r5) : (tensor<2xf32>) -> ()
  return %0, %1, %2, %3, %4, %f, %6, %7, %8, %9 : vector<4xf32>, vector<4xf32>, tensor<2xf16>, vector<4xf32>, tensor<3xf64>, vector<2xf32>, vector<2xi32>, vector<2xi32>, vector<3xi1>, vector<2xf16>
}
func.func @splat_identities(%x: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %one = arith.constant dense<1.0> : vector<4xf32>
  %nz = arith.constant dense<-0.0> : vector<4xf32>
  %0 = arith.mulf %x, %one : vector<4xf32>
  %1 = arith.addf %x, %nz : vector<4xf32>
  return %0, %1 : vector<4xf32>, vector<4xf32>
}
