// Random func/arith module, seed 61.
func.func @f0(%arg0: i16, %arg1: vector<[4]xi32>, %arg2: f8E4M3FN) -> (i16, vector<[4]xi32>, i16, vector<[4]xi32>) {
  %v0 = arith.constant dense<15> : vector<[4]xi32>
  %v1 = arith.divsi %v0, %arg1 exact : vector<[4]xi32>
  %v2 = arith.divsi %v0, %arg1 exact : vector<[4]xi32>
  %v3 = arith.constant -1 : i16
  %v4 = arith.xori %arg0, %v3 : i16
  %v5 = arith.xori %v4, %v3 {tag = 0 : i64} : i16
  %v6 = arith.xori %arg0, %v3 : i16
  %v7 = arith.constant dense<16> : vector<i16>
  %v8 = arith.constant dense<32767> : vector<i16>
  %v9 = arith.minsi %v7, %v8 : vector<i16>
  %v10 = arith.floordivsi %v1, %arg1 : vector<[4]xi32>
  %v11 = arith.constant -1.0 : f8E4M3FN
  %v12 = arith.negf %v11 fastmath<reassoc,contract> : f8E4M3FN
  return %v6, %v10, %v6, %v10 : i16, vector<[4]xi32>, i16, vector<[4]xi32>
}
func.func @f1(%arg0: vector<2xi64>) -> (f32, vector<2xi64>, vector<2xi64>, vector<2xi64>) {
  %v0 = arith.constant -2.5 : f32
  %v1 = arith.minnumf %v0, %v0 : f32
  %v2 = arith.constant dense<13> : vector<2xi64>
  %v3 = arith.addi %arg0, %v2 : vector<2xi64>
  %v4 = arith.constant dense<524288> : vector<2xi64>
  %v5 = arith.subi %v3, %v4 : vector<2xi64>
  %v6 = arith.minui %v2, %v3 {tag = 0 : i64} : vector<2xi64>
  %v7:2 = arith.mului_extended %v3, %v6 : vector<2xi64>
  %v8 = arith.constant dense<1> : vector<2xi64>
  %v9 = arith.shrui %v3, %v8 : vector<2xi64>
  %v10 = arith.constant 0xBF800000 : f32
  %v11 = arith.constant 100.0 : f32
  %v12 = arith.minimumf %v10, %v11 : f32
  %v13 = arith.subf %v0, %v11 : f32
  %v14 = arith.constant 0x7FC00000 : f32
  %v15 = arith.constant 0.1 : f32
  %v16 = arith.subf %v14, %v15 : f32
  %v17 = arith.constant dense<[-9223372036854775808, -1]> : vector<2xi64>
  %v18 = arith.shli %v4, %v17 : vector<2xi64>
  return %v13, %v9, %v7#1, %v7#1 : f32, vector<2xi64>, vector<2xi64>, vector<2xi64>
}
