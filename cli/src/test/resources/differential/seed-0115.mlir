// Random func/arith module, seed 115.
func.func @f0(%arg0: f16) -> i8 {
  %v0 = arith.constant 5 : i32
  %v1 = arith.minui %v0, %v0 : i32
  %v2 = arith.constant 11 : i32
  %v3 = arith.constant 0 : i32
  %v4 = arith.divui %v2, %v3 {tag = 0 : i64} : i32
  %v5 = arith.fptosi %arg0 : f16 to i8
  %v6 = arith.trunci %v5 : i8 to i7
  %v7 = arith.divui %v2, %v3 {tag = 0 : i64} : i32
  %v8 = arith.fptoui %arg0 : f16 to i1
  %v9 = arith.constant dense<true> : vector<i1>
  %v10 = arith.sitofp %v9 : vector<i1> to vector<f16>
  return %v5 : i8
}
func.func @f1(%arg0: vector<2xi16>, %arg1: tensor<2x2xi8>, %arg2: i32) -> tensor<2x2xi8> {
  %v0 = arith.constant dense<0> : tensor<2x2xi8>
  %v1:2 = arith.mului_extended %arg1, %v0 : tensor<2x2xi8>
  %v2 = arith.constant 4294967296 : i33
  %v3 = arith.constant 8 : i33
  %v4 = arith.subi %v2, %v3 : i33
  %v5 = arith.constant 4 : i33
  %v6 = arith.subi %v4, %v5 : i33
  %v7 = arith.cmpi sle, %arg2, %arg2 : i32
  %v8 = arith.subi %v4, %v5 : i33
  %v9 = arith.constant dense<32767> : vector<2xi16>
  %v10 = arith.andi %v9, %arg0 : vector<2xi16>
  %v11 = arith.uitofp %arg2 : i32 to f8E4M3FN
  return %v1#1 : tensor<2x2xi8>
}
func.func @f2(%arg0: vector<bf16>, %arg1: i32, %arg2: i64) -> (tensor<2x2xi8>, vector<bf16>) {
  %v0 = arith.andi %arg1, %arg1 : i32
  %v1 = arith.constant dense<0.1> : vector<bf16>
  %v2 = arith.constant dense<0x7F7F> : vector<bf16>
  %v3 = arith.maxnumf %v1, %v2 : vector<bf16>
  %v4 = arith.constant dense<3.0> : vector<bf16>
  %v5 = arith.negf %v4 : vector<bf16>
  %v6 = arith.constant dense<[-1, 13]> : vector<2xi16>
  %v7 = arith.constant dense<2> : tensor<2x2xi8>
  %v8 = func.call @f1(%v6, %v7, %arg1) : (vector<2xi16>, tensor<2x2xi8>, i32) -> tensor<2x2xi8>
  %v9 = arith.divui %v8, %v7 : tensor<2x2xi8>
  %v10 = arith.andi %arg1, %arg1 {tag = 1 : i64} : i32
  %v11 = arith.constant -6144609124479254742 : i64
  %v12 = arith.shrsi %arg2, %v11 : i64
  %v13 = arith.constant dense<[[68, 64], [1, -128]]> : tensor<2x2xi8>
  %v14:2 = arith.mului_extended %v8, %v13 : tensor<2x2xi8>
  return %v14#0, %v3 : tensor<2x2xi8>, vector<bf16>
}
