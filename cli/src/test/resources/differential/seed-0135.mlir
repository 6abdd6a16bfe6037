// Random func/arith module, seed 135.
func.func @f0(%arg0: index) -> (index, f16) {
  %v0 = arith.constant 0x0400 : f16
  %v1 = arith.addf %v0, %v0 : f16
  %v2 = arith.addf %v0, %v0 : f16
  %v3 = arith.constant 0x0400 : f16
  %v4 = arith.cmpf false, %v3, %v0 : f16
  %v5 = arith.addf %v0, %v0 : f16
  %v6 = arith.constant -1 : index
  %v7 = arith.shrui %v6, %arg0 : index
  %v8 = arith.mulf %v3, %v1 fastmath<nnan,ninf> : f16
  %v9 = arith.divf %v0, %v0 : f16
  %v10 = arith.constant -2.5 : f16
  %v11 = arith.cmpf true, %v3, %v10 : f16
  %v12 = arith.constant 13 : index
  %v13 = arith.shrsi %arg0, %v12 : index
  %v14 = arith.constant 0xFE00 : f16
  %v15 = arith.bitcast %v14 : f16 to bf16
  return %v13, %v0 : index, f16
}
func.func @f1(%arg0: vector<2xindex>, %arg1: i128) -> vector<2xi8> {
  %v0 = arith.divui %arg1, %arg1 : i128
  %v1 = arith.shrui %arg1, %v0 : i128
  %v2 = arith.constant -2147483648 : i32
  %v3 = arith.index_castui %v2 : i32 to index
  %v4 = arith.constant 0x7FF8000000000000 : f64
  %v5 = arith.constant 0x0000000000000001 : f64
  %v6 = arith.divf %v4, %v5 : f64
  %v7 = arith.constant dense<-9223372036854775808> : vector<2xindex>
  %v8 = arith.subi %v7, %v7 : vector<2xindex>
  %v9 = arith.constant 0.0 : f64
  %v10 = arith.remf %v4, %v9 : f64
  %v11 = arith.constant 0x3FF0000000000000 : f64
  %v12 = arith.constant 0x7FF8000000000000 : f64
  %v13 = arith.addf %v11, %v12 fastmath<nnan,ninf> : f64
  %v14 = arith.index_castui %arg0 : vector<2xindex> to vector<2xi8>
  return %v14 : vector<2xi8>
}
