// Random func/arith module, seed 87.
func.func @f0(%arg0: f8E4M3FN, %arg1: i64, %arg2: vector<4xi8>) -> (f8E4M3FN, f8E4M3FN, f8E4M3FN) {
  %v0 = arith.divui %arg1, %arg1 : i64
  %v1 = arith.constant 0xB8 : f8E4M3FN
  %v2 = arith.maxnumf %v1, %arg0 : f8E4M3FN
  %v3 = arith.constant dense<-6> : vector<2x3xindex>
  %v4 = arith.constant dense<-2310660120728546213> : vector<2x3xindex>
  %v5 = arith.remsi %v3, %v4 : vector<2x3xindex>
  %v6 = arith.constant dense<[[0, 0, -32768], [18947, -5, 754]]> : vector<2x3xi16>
  %v7 = arith.constant dense<-1> : vector<2x3xi16>
  %v8 = arith.cmpi eq, %v6, %v7 : vector<2x3xi16>
  %v9 = arith.constant 2.0 : f8E4M3FN
  %v10 = arith.addf %arg0, %v9 : f8E4M3FN
  %v11 = arith.constant dense<-8> : vector<4xi8>
  %v12 = arith.constant dense<[13, 16, 6, -6]> : vector<4xi8>
  %v13 = arith.muli %v11, %v12 overflow<nuw> : vector<4xi8>
  %v14 = arith.negf %v10 : f8E4M3FN
  %v15 = arith.constant 0 : i32
  %v16 = arith.minui %v15, %v15 : i32
  return %v14, %v10, %v10 : f8E4M3FN, f8E4M3FN, f8E4M3FN
}
func.func @f1(%arg0: bf16, %arg1: index) -> (bf16, index, index) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg1, %arg1 : index
  %v2 = arith.constant 137438953472 : index
  %v3 = arith.remsi %v2, %v2 : index
  %v4 = arith.constant 10 : i16
  %v5 = arith.constant -6 : i16
  %v6 = arith.andi %v4, %v5 : i16
  %v7 = arith.andi %v3, %arg1 : index
  %v8 = arith.constant 1.0 : bf16
  %v9 = arith.maxnumf %arg0, %v8 : bf16
  %v10 = arith.constant 0 : index
  %v11 = arith.select %v0, %arg1, %v10 : index
  %v12 = arith.select %v0, %v1, %arg1 : index
  %v13 = arith.constant 0.5 : bf16
  %v14 = arith.constant 0x7F80 : bf16
  %v15 = arith.divf %v13, %v14 : bf16
  %v16 = arith.constant 0xBF80 : bf16
  %v17 = arith.mulf %v16, %v13 : bf16
  %v18 = arith.select %v0, %arg0, %v9 : bf16
  return %v18, %v12, %v12 : bf16, index, index
}
func.func @f2(%arg0: i64, %arg1: f8E3M4, %arg2: tensor<2x2xi8>, %arg3: bf16) -> i64 {
  %v0 = arith.ceildivui %arg0, %arg0 : i64
  %v1 = arith.constant 0x00 : f8E4M3FN
  %v2 = arith.constant 15 : i64
  %v3 = arith.constant dense<-1> : vector<4xi8>
  %v4:3 = func.call @f0(%v1, %v2, %v3) : (f8E4M3FN, i64, vector<4xi8>) -> (f8E4M3FN, f8E4M3FN, f8E4M3FN)
  %v5 = arith.constant 15 : i64
  %v6 = arith.shli %v5, %arg0 : i64
  %v7 = arith.constant 16 : i16
  %v8 = arith.minui %v7, %v7 : i16
  %v9 = arith.divsi %arg0, %v6 : i64
  %v10 = arith.constant dense<0.1> : vector<2x3xf16>
  %v11 = arith.fptosi %v10 : vector<2x3xf16> to vector<2x3xi8>
  %v12 = arith.constant dense<0> : tensor<2x2xi8>
  %v13:2 = arith.mului_extended %arg2, %v12 : tensor<2x2xi8>
  %v14 = arith.cmpi ne, %arg0, %arg0 : i64
  %v15 = arith.ceildivui %arg0, %arg0 : i64
  %v16 = arith.constant 16 : i7
  %v17 = arith.constant 64 : i7
  %v18:2 = arith.addui_extended %v16, %v17 : i7, i1
  %v19 = arith.cmpi ne, %arg0, %arg0 : i64
  %v20 = arith.extui %v5 : i64 to i128
  return %v15 : i64
}
