// Edge cases: zero-width and very wide integers, scalable vectors, resources, chains of folds.
func.func @zero_width() -> (i16, i16, i0, i0, i0, i0, i0, i0) {
  %c0 = arith.constant 0 : i0
  %e0 = arith.extsi %c0 : i0 to i16
  %e1 = arith.extui %c0 : i0 to i16
  %ff = arith.constant 255 : i8
  %t = arith.trunci %ff : i8 to i0
  %s0 = arith.shli %c0, %c0 : i0
  %s1 = arith.shrsi %c0, %c0 : i0
  %m0 = arith.maxsi %c0, %c0 : i0
  %m:2 = arith.mulsi_extended %c0, %c0 : i0
  return %e0, %e1, %t, %s0, %s1, %m0, %m#0, %m#1 : i16, i16, i0, i0, i0, i0, i0, i0
}
func.func @wide(%x: i256) -> (i256, i256, i1, i512) {
  %big = arith.constant 3618502788666131213697322783095070105623107215331596699973092056135872020481 : i256
  %one = arith.constant 1 : i256
  %a = arith.addi %x, %big : i256
  %r0 = arith.addi %a, %one : i256
  %m = arith.muli %big, %big : i256
  %c = arith.cmpi ugt, %m, %big : i256
  %w = arith.extsi %big : i256 to i512
  return %r0, %m, %c, %w : i256, i256, i1, i512
}
func.func @wide_division() -> (i128, i128, i128, i128, i128) {
  %a = arith.constant -170141183460469231731687303715884105728 : i128
  %b = arith.constant 7 : i128
  %c = arith.constant -3 : i128
  %r0 = arith.divsi %a, %b : i128
  %r1 = arith.ceildivsi %a, %c : i128
  %r2 = arith.floordivsi %a, %b : i128
  %r3 = arith.remui %a, %c : i128
  %r4 = arith.ceildivui %a, %b : i128
  return %r0, %r1, %r2, %r3, %r4 : i128, i128, i128, i128, i128
}
func.func @scalable(%v: vector<[4]xi32>) -> (vector<[4]xi32>, vector<[4]xi32>) {
  %z = arith.subi %v, %v : vector<[4]xi32>
  %c = arith.constant dense<3> : vector<[4]xi32>
  %d = arith.constant dense<4> : vector<[4]xi32>
  %s = arith.muli %c, %d : vector<[4]xi32>
  return %z, %s : vector<[4]xi32>, vector<[4]xi32>
}
func.func @xor_chains(%c: i1, %a: i32, %b: i32) -> (i1, i32, i32) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %nn = arith.xori %n, %true : i1
  %x = arith.xori %b, %a : i32
  %r1 = arith.xori %x, %b : i32
  %y = arith.xori %b, %a : i32
  %r2 = arith.xori %b, %y : i32
  return %nn, %r1, %r2 : i1, i32, i32
}
func.func @or_of_not(%a: i1, %b: index) -> (i1, i1, index) {
  %true = arith.constant true
  %n = arith.xori %true, %a : i1
  %r0 = arith.ori %a, %n : i1
  %r1 = arith.ori %n, %a : i1
  %m1 = arith.constant -1 : index
  %nb = arith.xori %b, %m1 : index
  %r2 = arith.ori %b, %nb : index
  return %r0, %r1, %r2 : i1, i1, index
}
func.func @bitcast_chains(%a: i16) -> (i16, f16, i32, f16, vector<3xbf16>) {
  %f = arith.bitcast %a : i16 to f16
  %bf = arith.bitcast %f : f16 to bf16
  %r0 = arith.bitcast %bf : bf16 to i16
  %g = arith.bitcast %a : i16 to bf16
  %r1 = arith.bitcast %g : bf16 to f16
  %z = arith.constant 0.0 : f32
  %r2 = arith.bitcast %z : f32 to i32
  %h = arith.constant 0.0 : bf16
  %r3 = arith.bitcast %h : bf16 to f16
  %v = arith.constant dense<0.0> : vector<3xf16>
  %r4 = arith.bitcast %v : vector<3xf16> to vector<3xbf16>
  return %r0, %r1, %r2, %r3, %r4 : i16, f16, i32, f16, vector<3xbf16>
}
func.func @resource_not_folded() -> tensor<i16> {
  %c = arith.constant dense_resource<blob1> : tensor<i8>
  %e = arith.extui %c : tensor<i8> to tensor<i16>
  return %e : tensor<i16>
}
func.func @mulsi_extended_splat_i1(%x: vector<3xi1>) -> (vector<3xi1>, vector<3xi1>) {
  %t = arith.constant dense<true> : vector<3xi1>
  %m:2 = arith.mulsi_extended %x, %t : vector<3xi1>
  return %m#0, %m#1 : vector<3xi1>, vector<3xi1>
}
func.func @mului_extended_low_unused(%x: i32) -> i32 {
  %m:2 = arith.mului_extended %x, %x : i32
  return %m#1 : i32
}
func.func @fold_then_pattern(%x: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c4 = arith.constant 4 : i64
  %c6 = arith.constant 6 : i64
  %z = arith.addi %x, %c0 : i64
  %a = arith.addi %c4, %z overflow<nsw> : i64
  %b = arith.subi %a, %c6 overflow<nsw> : i64
  %c = arith.subi %b, %c4 overflow<nsw> : i64
  %d = arith.addi %c, %c6 overflow<nsw> : i64
  return %d : i64
}
func.func @trunc_chain(%x: i64) -> (i8, i1) {
  %0 = arith.trunci %x : i64 to i32
  %1 = arith.trunci %0 : i32 to i16
  %2 = arith.trunci %1 : i16 to i8
  %3 = arith.extui %2 : i8 to i32
  %4 = arith.trunci %3 : i32 to i1
  return %2, %4 : i8, i1
}
func.func @index_cast_dense() -> (vector<3xindex>, vector<3xi8>, tensor<2xindex>) {
  %a = arith.constant dense<[-1, 200, 7]> : vector<3xi32>
  %r0 = arith.index_castui %a : vector<3xi32> to vector<3xindex>
  %b = arith.constant dense<[-1, 200, 300]> : vector<3xindex>
  %r1 = arith.index_cast %b : vector<3xindex> to vector<3xi8>
  %c = arith.constant dense<-7> : tensor<2xi16>
  %r2 = arith.index_cast %c : tensor<2xi16> to tensor<2xindex>
  return %r0, %r1, %r2 : vector<3xindex>, vector<3xi8>, tensor<2xindex>
}
func.func @extended_constant_lhs(%x: i32) -> (i32, i1, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %a:2 = arith.addui_extended %c0, %x : i32, i1
  %m:2 = arith.mulsi_extended %c0, %x : i32
  %u:2 = arith.mului_extended %c1, %x : i32
  return %a#0, %a#1, %m#0, %m#1, %u#0, %u#1 : i32, i1, i32, i32, i32, i32
}
func.func @sparse() -> (tensor<4xi32>, tensor<4xi64>, tensor<4xi32>, tensor<2x2xi1>, tensor<2x2xi8>) {
  %a = arith.constant sparse<[[1], [3]], [5, 7]> : tensor<4xi32>
  %b = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %r0 = arith.addi %a, %b : tensor<4xi32>
  %r1 = arith.extsi %a : tensor<4xi32> to tensor<4xi64>
  %r2 = arith.muli %a, %a : tensor<4xi32>
  %m = arith.constant sparse<[[0, 1], [1, 0]], -3> : tensor<2x2xi8>
  %n = arith.constant dense<-3> : tensor<2x2xi8>
  %r3 = arith.cmpi eq, %m, %n : tensor<2x2xi8>
  %z = arith.constant dense<0> : tensor<2x2xi8>
  %r4 = arith.divsi %m, %z : tensor<2x2xi8>
  return %r0, %r1, %r2, %r3, %r4 : tensor<4xi32>, tensor<4xi64>, tensor<4xi32>, tensor<2x2xi1>, tensor<2x2xi8>
}
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x0100000002"
    }
  }
#-}
