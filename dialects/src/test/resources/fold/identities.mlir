// Folds of integer arith ops that give an existing value or a constant without all operands constant.
func.func @addi_zero(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = arith.addi %x, %c0 : i32
  return %r : i32
}
func.func @addi_zero_lhs(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = arith.addi %c0, %x : i32
  return %r : i32
}
func.func @addi_zero_splat(%x: vector<4xi8>) -> vector<4xi8> {
  %c0 = arith.constant dense<0> : vector<4xi8>
  %r = arith.addi %x, %c0 : vector<4xi8>
  return %r : vector<4xi8>
}
func.func @addi_of_subi(%a: i32, %b: i32) -> (i32, i32) {
  %s = arith.subi %a, %b : i32
  %r = arith.addi %s, %b : i32
  %r2 = arith.addi %b, %s : i32
  return %r, %r2 : i32, i32
}
func.func @subi_same(%a: i64, %t: tensor<?xi32>, %v: vector<2xi16>) -> (i64, tensor<?xi32>, vector<2xi16>) {
  %r = arith.subi %a, %a : i64
  %t2 = arith.subi %t, %t : tensor<?xi32>
  %v2 = arith.subi %v, %v : vector<2xi16>
  return %r, %t2, %v2 : i64, tensor<?xi32>, vector<2xi16>
}
func.func @subi_zero_and_addi(%a: index, %b: index) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %r = arith.subi %a, %c0 : index
  %s = arith.addi %a, %b : index
  %r1 = arith.subi %s, %b : index
  %r2 = arith.subi %s, %a : index
  return %r, %r1, %r2 : index, index, index
}
func.func @muli_zero_one(%a: i16) -> (i16, i16, i16) {
  %c0 = arith.constant 0 : i16
  %c1 = arith.constant 1 : i16
  %r0 = arith.muli %a, %c0 : i16
  %r1 = arith.muli %a, %c1 : i16
  %r2 = arith.muli %c1, %a : i16
  return %r0, %r1, %r2 : i16, i16, i16
}
func.func @div_one(%a: i32) -> (i32, i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %r0 = arith.divui %a, %c1 : i32
  %r1 = arith.divsi %a, %c1 : i32
  %r2 = arith.ceildivui %a, %c1 : i32
  %r3 = arith.ceildivsi %a, %c1 : i32
  %r4 = arith.floordivsi %a, %c1 : i32
  return %r0, %r1, %r2, %r3, %r4 : i32, i32, i32, i32, i32
}
func.func @div_zero_not_folded(%a: i32) -> (i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %r0 = arith.divui %c5, %c0 : i32
  %r1 = arith.divsi %c5, %c0 : i32
  %r2 = arith.remui %c5, %c0 : i32
  %r3 = arith.remsi %c5, %c0 : i32
  return %r0, %r1, %r2, %r3 : i32, i32, i32, i32
}
func.func @divsi_overflow_not_folded() -> (i8, i8, i8, i8) {
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %r0 = arith.divsi %min, %m1 : i8
  %r1 = arith.floordivsi %min, %m1 : i8
  %r2 = arith.ceildivsi %min, %m1 : i8
  %r3 = arith.remsi %min, %m1 : i8
  return %r0, %r1, %r2, %r3 : i8, i8, i8, i8
}
func.func @div_of_mul(%a: i32, %b: i32) -> (i32, i32, i32, i32, i32) {
  %m = arith.muli %a, %b overflow<nuw> : i32
  %r0 = arith.divui %m, %b : i32
  %r1 = arith.divui %m, %a : i32
  %r2 = arith.divsi %m, %b : i32
  %n = arith.muli %a, %b overflow<nsw> : i32
  %r3 = arith.divsi %n, %a : i32
  %p = arith.muli %a, %b : i32
  %r4 = arith.divui %p, %b : i32
  return %r0, %r1, %r2, %r3, %r4 : i32, i32, i32, i32, i32
}
func.func @rem_one(%a: i32, %v: vector<3xi32>) -> (i32, i32, vector<3xi32>) {
  %c1 = arith.constant 1 : i32
  %v1 = arith.constant dense<1> : vector<3xi32>
  %r0 = arith.remui %a, %c1 : i32
  %r1 = arith.remsi %a, %c1 : i32
  %r2 = arith.remsi %v, %v1 : vector<3xi32>
  return %r0, %r1, %r2 : i32, i32, vector<3xi32>
}
func.func @andi_folds(%a: i32, %b: i32) -> (i32, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %m1 = arith.constant -1 : i32
  %r0 = arith.andi %a, %c0 : i32
  %r1 = arith.andi %a, %m1 : i32
  %n = arith.xori %a, %m1 : i32
  %r2 = arith.andi %a, %n : i32
  %r3 = arith.andi %n, %a : i32
  %ab = arith.andi %a, %b : i32
  %r4 = arith.andi %a, %ab : i32
  %r5 = arith.andi %ab, %b : i32
  %r6 = arith.andi %a, %a : i32
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : i32, i32, i32, i32, i32, i32, i32
}
func.func @ori_folds(%a: i8, %b: i8) -> (i8, i8, i8, i8, i8) {
  %c0 = arith.constant 0 : i8
  %m1 = arith.constant -1 : i8
  %r0 = arith.ori %a, %c0 : i8
  %r1 = arith.ori %a, %m1 : i8
  %n = arith.xori %a, %m1 : i8
  %r2 = arith.ori %a, %n : i8
  %r3 = arith.ori %n, %a : i8
  %r4 = arith.ori %b, %b : i8
  return %r0, %r1, %r2, %r3, %r4 : i8, i8, i8, i8, i8
}
func.func @xori_folds(%a: i8, %b: i8) -> (i8, i8, i8, i8, i8, i8) {
  %c0 = arith.constant 0 : i8
  %r0 = arith.xori %a, %c0 : i8
  %r1 = arith.xori %a, %a : i8
  %x = arith.xori %a, %b : i8
  %r2 = arith.xori %x, %b : i8
  %r3 = arith.xori %x, %a : i8
  %r4 = arith.xori %b, %x : i8
  %r5 = arith.xori %a, %x : i8
  return %r0, %r1, %r2, %r3, %r4, %r5 : i8, i8, i8, i8, i8, i8
}
func.func @shift_folds(%a: i32) -> (i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c32 = arith.constant 32 : i32
  %c5 = arith.constant 5 : i32
  %r0 = arith.shli %a, %c0 : i32
  %r1 = arith.shrui %a, %c0 : i32
  %r2 = arith.shrsi %a, %c0 : i32
  %r3 = arith.shli %c5, %c32 : i32
  %r4 = arith.shrui %c5, %c32 : i32
  %r5 = arith.shrsi %c5, %c32 : i32
  return %r0, %r1, %r2, %r3, %r4, %r5 : i32, i32, i32, i32, i32, i32
}
func.func @shift_dense_last_amount_decides() -> (vector<3xi8>, vector<3xi8>, vector<3xi8>) {
  %a = arith.constant dense<[-7, 9, 100]> : vector<3xi8>
  %s1 = arith.constant dense<[9, 1, 2]> : vector<3xi8>
  %s2 = arith.constant dense<[1, 2, 8]> : vector<3xi8>
  %r0 = arith.shrsi %a, %s1 : vector<3xi8>
  %r1 = arith.shli %a, %s1 : vector<3xi8>
  %r2 = arith.shrui %a, %s2 : vector<3xi8>
  return %r0, %r1, %r2 : vector<3xi8>, vector<3xi8>, vector<3xi8>
}
func.func @minmax_folds(%a: i16) -> (i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16) {
  %max = arith.constant 32767 : i16
  %min = arith.constant -32768 : i16
  %zero = arith.constant 0 : i16
  %ones = arith.constant -1 : i16
  %r0 = arith.maxsi %a, %max : i16
  %r1 = arith.maxsi %a, %min : i16
  %r2 = arith.maxui %a, %ones : i16
  %r3 = arith.maxui %a, %zero : i16
  %r4 = arith.minsi %a, %min : i16
  %r5 = arith.minsi %a, %max : i16
  %r6 = arith.minui %a, %zero : i16
  %r7 = arith.minui %a, %ones : i16
  %r8 = arith.maxsi %a, %a : i16
  %r9 = arith.minui %a, %a : i16
  %r10 = arith.maxsi %max, %a : i16
  %r11 = arith.minui %zero, %a : i16
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11 : i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16
}
func.func @extended_folds(%a: i32, %b: i32) -> (i32, i1, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %s:2 = arith.addui_extended %a, %c0 : i32, i1
  %m:2 = arith.mulsi_extended %a, %c0 : i32
  %u:2 = arith.mului_extended %a, %c0 : i32
  %v:2 = arith.mului_extended %a, %c1 : i32
  return %s#0, %s#1, %m#0, %m#1, %u#0, %u#1, %v#0, %v#1 : i32, i1, i32, i32, i32, i32, i32, i32
}
func.func @extended_vector(%a: vector<2xi32>) -> (vector<2xi32>, vector<2xi1>) {
  %c0 = arith.constant dense<0> : vector<2xi32>
  %s:2 = arith.addui_extended %a, %c0 : vector<2xi32>, vector<2xi1>
  return %s#0, %s#1 : vector<2xi32>, vector<2xi1>
}
func.func @addui_extended_vector_consts() -> (vector<2xi8>, vector<2xi1>) {
  %a = arith.constant dense<[200, 3]> : vector<2xi8>
  %b = arith.constant dense<[100, 4]> : vector<2xi8>
  %s:2 = arith.addui_extended %a, %b : vector<2xi8>, vector<2xi1>
  return %s#0, %s#1 : vector<2xi8>, vector<2xi1>
}
func.func @ext_of_ext(%a: i8) -> (i64, i64, i64) {
  %0 = arith.extui %a : i8 to i16
  %r0 = arith.extui %0 : i16 to i64
  %1 = arith.extsi %a : i8 to i32
  %r1 = arith.extsi %1 : i32 to i64
  %2 = arith.extsi %a : i8 to i16
  %r2 = arith.extui %2 : i16 to i64
  return %r0, %r1, %r2 : i64, i64, i64
}
func.func @trunc_folds(%a: i8, %b: i64, %v: vector<2xi8>) -> (i8, i16, i8, i8, i16, vector<2xi8>) {
  %0 = arith.extui %a : i8 to i32
  %r0 = arith.trunci %0 : i32 to i8
  %1 = arith.extsi %a : i8 to i64
  %r1 = arith.trunci %1 : i64 to i16
  %r2 = arith.trunci %1 : i64 to i8
  %2 = arith.trunci %b : i64 to i32
  %r3 = arith.trunci %2 : i32 to i8
  %3 = arith.extsi %a : i8 to i32
  %r4 = arith.trunci %3 : i32 to i16
  %4 = arith.extsi %v : vector<2xi8> to vector<2xi32>
  %r5 = arith.trunci %4 : vector<2xi32> to vector<2xi8>
  return %r0, %r1, %r2, %r3, %r4, %r5 : i8, i16, i8, i8, i16, vector<2xi8>
}
func.func @trunc_of_ext_wider(%a: i16) -> i8 {
  %0 = arith.extui %a : i16 to i32
  %r = arith.trunci %0 : i32 to i8
  return %r : i8
}
func.func @cmpi_folds(%a: i32, %b: i1, %v: vector<4xi1>, %t: tensor<4xi1>) -> (i1, i1, i1, i1, i1, vector<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %c0 = arith.constant 0 : i32
  %c7 = arith.constant 7 : i32
  %false = arith.constant false
  %true = arith.constant true
  %r0 = arith.cmpi slt, %c7, %a : i32
  %r1 = arith.cmpi ne, %b, %false : i1
  %r2 = arith.cmpi eq, %b, %true : i1
  %r3 = arith.cmpi eq, %b, %false : i1
  %r4 = arith.cmpi ult, %c0, %c7 : i32
  %vz = arith.constant dense<false> : vector<4xi1>
  %r5 = arith.cmpi ne, %v, %vz : vector<4xi1>
  %t32 = arith.extui %t : tensor<4xi1> to tensor<4xi32>
  %tz = arith.constant dense<0> : tensor<4xi32>
  %r6 = arith.cmpi ne, %t32, %tz : tensor<4xi32>
  %tf = arith.constant dense<false> : tensor<4xi1>
  %r7 = arith.cmpi ne, %t, %tf : tensor<4xi1>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i1, i1, i1, i1, i1, vector<4xi1>, tensor<4xi1>, tensor<4xi1>
}
func.func @cmpi_ext_ne_zero(%a: i1, %v: vector<2xi1>) -> (i1, i1, i1, vector<2xi1>) {
  %c0 = arith.constant 0 : i32
  %e = arith.extsi %a : i1 to i32
  %r0 = arith.cmpi ne, %e, %c0 : i32
  %u = arith.extui %a : i1 to i32
  %r1 = arith.cmpi ne, %u, %c0 : i32
  %r2 = arith.cmpi eq, %u, %c0 : i32
  %vz = arith.constant dense<0> : vector<2xi64>
  %ve = arith.extui %v : vector<2xi1> to vector<2xi64>
  %r3 = arith.cmpi ne, %ve, %vz : vector<2xi64>
  return %r0, %r1, %r2, %r3 : i1, i1, i1, vector<2xi1>
}
func.func @select_folds(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32, i1, i32, i32, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %r0 = arith.select %c, %a, %a : i32
  %r1 = arith.select %true, %a, %b : i32
  %r2 = arith.select %false, %a, %b : i32
  %r3 = arith.select %c, %true, %false : i1
  %eq = arith.cmpi eq, %a, %b : i32
  %r4 = arith.select %eq, %a, %b : i32
  %r5 = arith.select %eq, %b, %a : i32
  %ne = arith.cmpi ne, %a, %b : i32
  %r6 = arith.select %ne, %b, %a : i32
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : i32, i32, i32, i1, i32, i32, i32
}
func.func @select_dense() -> (vector<4xi64>, tensor<4xi128>, vector<2xf32>) {
  %m = arith.constant dense<[true, false, false, true]> : vector<4xi1>
  %a = arith.constant dense<[1, 2, 3, 4]> : vector<4xi64>
  %b = arith.constant dense<-5> : vector<4xi64>
  %r0 = arith.select %m, %a, %b : vector<4xi1>, vector<4xi64>
  %tm = arith.constant dense<[false, true, false, true]> : tensor<4xi1>
  %ta = arith.constant dense<170141183460469231731687303715884105727> : tensor<4xi128>
  %tb = arith.constant dense<[1, 2, 3, -4]> : tensor<4xi128>
  %r1 = arith.select %tm, %ta, %tb : tensor<4xi1>, tensor<4xi128>
  %fm = arith.constant dense<[false, true]> : vector<2xi1>
  %fa = arith.constant dense<[1.5, 2.5]> : vector<2xf32>
  %fb = arith.constant dense<[-1.0, 0.0]> : vector<2xf32>
  %r2 = arith.select %fm, %fa, %fb : vector<2xi1>, vector<2xf32>
  return %r0, %r1, %r2 : vector<4xi64>, tensor<4xi128>, vector<2xf32>
}
func.func @select_splat_condition(%a: vector<2xi8>, %b: vector<2xi8>) -> (vector<2xi8>, vector<2xi8>) {
  %t = arith.constant dense<true> : vector<2xi1>
  %f = arith.constant dense<false> : vector<2xi1>
  %r0 = arith.select %t, %a, %b : vector<2xi1>, vector<2xi8>
  %r1 = arith.select %f, %a, %b : vector<2xi1>, vector<2xi8>
  return %r0, %r1 : vector<2xi8>, vector<2xi8>
}
func.func @bitcasts() -> (f32, i32, i64, vector<2xf16>, tensor<2xi32>, bf16, i16) {
  %c = arith.constant 1065353216 : i32
  %r0 = arith.bitcast %c : i32 to f32
  %f = arith.constant -2.5 : f32
  %r1 = arith.bitcast %f : f32 to i32
  %d = arith.constant 1.0e+300 : f64
  %r2 = arith.bitcast %d : f64 to i64
  %v = arith.constant dense<[15360, -1024]> : vector<2xi16>
  %r3 = arith.bitcast %v : vector<2xi16> to vector<2xf16>
  %t = arith.constant dense<[1.0, -0.0]> : tensor<2xf32>
  %r4 = arith.bitcast %t : tensor<2xf32> to tensor<2xi32>
  %h = arith.constant 16256 : i16
  %r5 = arith.bitcast %h : i16 to bf16
  %g = arith.constant 0x7FC0 : bf16
  %r6 = arith.bitcast %g : bf16 to i16
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : f32, i32, i64, vector<2xf16>, tensor<2xi32>, bf16, i16
}
func.func @index_casts(%a: i32, %i: index) -> (i32, index, i64, index, i8) {
  %0 = arith.index_cast %a : i32 to index
  %r0 = arith.index_cast %0 : index to i32
  %1 = arith.index_cast %i : index to i8
  %r1 = arith.index_cast %1 : i8 to index
  %2 = arith.index_castui %a : i32 to index
  %r2 = arith.index_castui %2 : index to i64
  %3 = arith.index_castui %i : index to i64
  %r3 = arith.index_castui %3 : i64 to index
  %c = arith.constant -3 : index
  %r4 = arith.index_castui %c : index to i8
  return %r0, %r1, %r2, %r3, %r4 : i32, index, i64, index, i8
}
