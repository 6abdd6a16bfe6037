// Random func/arith module, seed 121.
func.func @f0(%arg0: i16, %arg1: tensor<2x2xi8>, %arg2: vector<2x3xi32>, %arg3: i64) -> (i64, vector<2x3xi32>) {
  %v0 = arith.constant 0x30 : f8E3M4
  %v1 = arith.extf %v0 : f8E3M4 to f32
  %v2 = arith.constant 0x32810789 : f32
  %v3 = arith.constant 0xBF800000 : f32
  %v4 = arith.cmpf oge, %v2, %v3 : f32
  %v5 = arith.cmpf oge, %v2, %v3 : f32
  %v6 = arith.minui %arg3, %arg3 : i64
  %v7 = arith.constant 65 : i64
  %v8:2 = arith.mului_extended %v7, %v6 : i64
  %v9 = arith.constant 0.1 : f32
  %v10 = arith.fptoui %v9 : f32 to i33
  %v11 = arith.constant -5 : i64
  %v12 = arith.bitcast %v11 : i64 to f64
  %v13 = arith.fptoui %v9 : f32 to i33
  %v14 = arith.constant 8589934591 : i33
  %v15 = arith.constant 2809082112 : i33
  %v16 = arith.cmpi sge, %v14, %v15 : i33
  %v17 = arith.constant 2.0 : f8E4M3FN
  %v18 = arith.bitcast %v17 : f8E4M3FN to i8
  return %v8#1, %arg2 : i64, vector<2x3xi32>
}
func.func @f1(%arg0: f8E5M2) -> i64 {
  %v0 = arith.constant 1 : index
  %v1 = arith.constant 11 : index
  %v2 = arith.ceildivui %v0, %v1 : index
  %v3 = arith.cmpi ugt, %v0, %v1 : index
  %v4 = arith.constant 15 : i16
  %v5 = arith.constant dense<127> : tensor<2x2xi8>
  %v6 = arith.constant dense<[[-2147483648, 33, 1711075761], [16, 32, 6]]> : vector<2x3xi32>
  %v7 = arith.constant 17129325102252086132 : i64
  %v8:2 = func.call @f0(%v4, %v5, %v6, %v7) : (i16, tensor<2x2xi8>, vector<2x3xi32>, i64) -> (i64, vector<2x3xi32>)
  %v9 = arith.cmpi ugt, %v0, %v1 : index
  %v10 = arith.constant dense<12> : vector<2x3xi32>
  %v11:2 = func.call @f0(%v4, %v5, %v10, %v8#0) : (i16, tensor<2x2xi8>, vector<2x3xi32>, i64) -> (i64, vector<2x3xi32>)
  %v12 = arith.constant -6 : i32
  %v13 = arith.sitofp %v12 : i32 to f32
  %v14 = arith.fptosi %v13 : f32 to i32
  return %v11#0 : i64
}
