// Random func/arith module, seed 182.
func.func @f0(%arg0: f16) -> f16 {
  %v0 = arith.constant 1 : i128
  %v1 = arith.constant 7 : i128
  %v2 = arith.maxsi %v0, %v1 : i128
  %v3 = arith.constant 0 : i128
  %v4 = arith.constant 7 : i128
  %v5 = arith.divsi %v3, %v4 : i128
  %v6 = arith.divf %arg0, %arg0 : f16
  %v7 = arith.divf %arg0, %arg0 : f16
  %v8 = arith.constant 170141183460469231731687303715884105727 : i128
  %v9 = arith.constant 129 : i128
  %v10:2 = arith.mului_extended %v8, %v9 : i128
  %v11 = arith.remf %v6, %arg0 : f16
  return %v11 : f16
}
func.func @f1(%arg0: bf16) -> (bf16, bf16, bf16) {
  %v0 = arith.truncf %arg0 : bf16 to f8E4M3FNUZ
  %v1 = arith.constant dense<[[-8692763843834043033, -1, 1], [-6, 5268121108145508933, -4]]> : vector<2x3xi64>
  %v2 = arith.constant dense<9> : vector<2x3xi64>
  %v3:2 = arith.mulsi_extended %v1, %v2 : vector<2x3xi64>
  %v4 = arith.constant 0x3A : f8E4M3FNUZ
  %v5 = arith.divf %v4, %v0 : f8E4M3FNUZ
  %v6 = arith.constant 0xD8CC : bf16
  %v7 = arith.maximumf %v6, %arg0 : bf16
  %v8 = arith.constant 2147483647 : i32
  %v9 = arith.ceildivsi %v8, %v8 : i32
  %v10 = arith.constant 9 : i32
  %v11 = arith.cmpi ne, %v8, %v10 : i32
  %v12 = arith.constant true
  %v13 = arith.constant true
  %v14 = arith.shrui %v12, %v13 exact : i1
  %v15 = arith.constant 4.0 : f8E4M3FNUZ
  %v16 = arith.fptosi %v15 : f8E4M3FNUZ to i7
  return %v7, %v7, %v7 : bf16, bf16, bf16
}
func.func @f2(%arg0: f64) -> f16 {
  %v0 = arith.constant -9223372036854775808 : i64
  %v1 = arith.constant 63 : i64
  %v2 = arith.addi %v0, %v1 overflow<nuw> : i64
  %v3 = arith.negf %arg0 : f64
  %v4 = arith.constant true
  %v5 = arith.constant 15 : i64
  %v6 = arith.select %v4, %v5, %v0 : i64
  %v7 = arith.cmpi sgt, %v5, %v0 : i64
  %v8 = arith.constant 0x7E00 : f16
  %v9 = func.call @f0(%v8) : (f16) -> f16
  %v10 = arith.constant 9223372036854775807 : i64
  %v11 = arith.maxui %v5, %v10 : i64
  %v12 = arith.constant -1.0 : f8E5M2
  %v13 = arith.constant 0x7C : f8E5M2
  %v14 = arith.select %v4, %v12, %v13 : f8E5M2
  %v15 = arith.cmpi sle, %v0, %v10 : i64
  return %v9 : f16
}
func.func @f3(%arg0: vector<2xbf16>, %arg1: f16, %arg2: i8, %arg3: vector<2xi1>) -> (bf16, i1) {
  %v0 = arith.constant 12 : i8
  %v1:2 = arith.mului_extended %arg2, %v0 : i8
  %v2 = arith.fptoui %arg0 : vector<2xbf16> to vector<2xi16>
  %v3 = arith.constant false
  %v4 = arith.constant 255 : i8
  %v5 = arith.select %v3, %v4, %v1#1 : i8
  %v6 = arith.constant dense<[true, true]> : vector<2xi1>
  %v7 = arith.floordivsi %v6, %arg3 : vector<2xi1>
  %v8 = arith.constant 9 : i8
  %v9 = arith.remsi %v8, %arg2 : i8
  %v10 = arith.constant dense<0x0080> : vector<2xbf16>
  %v11 = arith.divf %arg0, %v10 : vector<2xbf16>
  %v12 = arith.constant -0.0 : bf16
  %v13:3 = func.call @f1(%v12) : (bf16) -> (bf16, bf16, bf16)
  return %v13#2, %v3 : bf16, i1
}
