// Random func/arith module, seed 49.
func.func @f0(%arg0: vector<2xi8>, %arg1: f8E5M2) {
  %v0 = arith.ceildivui %arg0, %arg0 : vector<2xi8>
  %v1 = arith.cmpi sge, %v0, %arg0 : vector<2xi8>
  %v2 = arith.maxui %v1, %v1 : vector<2xi1>
  %v3 = arith.maxui %v0, %arg0 : vector<2xi8>
  %v4:2 = arith.addui_extended %v1, %v2 : vector<2xi1>, vector<2xi1>
  %v5 = arith.constant 0x2D : f8E5M2
  %v6 = arith.cmpf true, %arg1, %v5 fastmath<ninf> : f8E5M2
  %v7 = arith.constant dense<false> : vector<2xi1>
  %v8 = arith.ceildivui %v7, %v1 : vector<2xi1>
  return
}
func.func @f1(%arg0: tensor<3xi16>, %arg1: f32, %arg2: f32, %arg3: index) -> (i1, index) {
  %v0 = arith.constant -2 : index
  %v1 = arith.minsi %arg3, %v0 : index
  %v2 = arith.fptoui %arg1 : f32 to i1
  %v3 = arith.constant -0.0 : f32
  %v4 = arith.fptosi %v3 : f32 to i33
  %v5 = arith.remf %v3, %arg1 : f32
  %v6 = arith.constant dense<[8, 9]> : vector<2xi8>
  %v7 = arith.constant 0xCF : f8E5M2
  func.call @f0(%v6, %v7) : (vector<2xi8>, f8E5M2) -> ()
  %v9 = arith.cmpi ne, %arg0, %arg0 : tensor<3xi16>
  %v10 = arith.minsi %arg3, %v0 : index
  %v11 = arith.select %v2, %v3, %arg1 : f32
  %v12 = arith.constant 0x80000000 : f32
  %v13 = arith.cmpf false, %arg1, %v12 fastmath<nnan,ninf> : f32
  return %v13, %v10 : i1, index
}
