// The integer canonicalization patterns of arith.
func.func @addi_addi_const(%x: i32) -> (i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %r0 = arith.addi %a, %c2 overflow<nsw> : i32
  %b = arith.subi %x, %c1 overflow<nuw> : i32
  %r1 = arith.addi %b, %c2 overflow<nuw> : i32
  %d = arith.subi %c1, %x overflow<nsw> : i32
  %r2 = arith.addi %d, %c2 overflow<nsw> : i32
  return %r0, %r1, %r2 : i32, i32, i32
}
func.func @addi_wraps(%x: i8) -> i8 {
  %c = arith.constant 100 : i8
  %a = arith.addi %x, %c : i8
  %r = arith.addi %a, %c : i8
  return %r : i8
}
func.func @addi_const_lhs(%x: index) -> index {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %a = arith.addi %c1, %x : index
  %r = arith.addi %c2, %a : index
  return %r : index
}
func.func @addi_vector_consts_not_combined(%x: vector<2xi32>) -> vector<2xi32> {
  %c1 = arith.constant dense<1> : vector<2xi32>
  %c2 = arith.constant dense<2> : vector<2xi32>
  %a = arith.addi %x, %c1 : vector<2xi32>
  %r = arith.addi %a, %c2 : vector<2xi32>
  return %r : vector<2xi32>
}
func.func @addi_mul_minus_one(%x: i32, %y: i32, %v: vector<2xi8>, %w: vector<2xi8>) -> (i32, i32, vector<2xi8>) {
  %m1 = arith.constant -1 : i32
  %m = arith.muli %y, %m1 : i32
  %r0 = arith.addi %x, %m overflow<nsw> : i32
  %n = arith.muli %x, %m1 : i32
  %r1 = arith.addi %n, %y : i32
  %vm1 = arith.constant dense<-1> : vector<2xi8>
  %vm = arith.muli %w, %vm1 : vector<2xi8>
  %r2 = arith.addi %v, %vm : vector<2xi8>
  return %r0, %r1, %r2 : i32, i32, vector<2xi8>
}
func.func @subi_consts(%x: i64) -> (i64, i64, i64, i64, i64, i64) {
  %c5 = arith.constant 5 : i64
  %c7 = arith.constant 7 : i64
  %a = arith.addi %x, %c5 overflow<nsw> : i64
  %r0 = arith.subi %a, %c7 overflow<nsw> : i64
  %r1 = arith.subi %c7, %a overflow<nsw> : i64
  %s = arith.subi %x, %c5 overflow<nuw> : i64
  %r2 = arith.subi %s, %c7 overflow<nuw> : i64
  %t = arith.subi %c5, %x : i64
  %r3 = arith.subi %t, %c7 : i64
  %r4 = arith.subi %c7, %s overflow<nsw, nuw> : i64
  %r5 = arith.subi %c7, %t : i64
  return %r0, %r1, %r2, %r3, %r4, %r5 : i64, i64, i64, i64, i64, i64
}
func.func @subi_sub_same_lhs(%x: i32, %y: i32, %v: vector<4xi16>, %w: vector<4xi16>) -> (i32, vector<4xi16>) {
  %s = arith.subi %x, %y overflow<nsw> : i32
  %r = arith.subi %s, %x overflow<nsw> : i32
  %t = arith.subi %v, %w : vector<4xi16>
  %r1 = arith.subi %t, %v : vector<4xi16>
  return %r, %r1 : i32, vector<4xi16>
}
func.func @muli_consts(%x: i16) -> i16 {
  %c3 = arith.constant 3 : i16
  %c5 = arith.constant 5 : i16
  %m = arith.muli %x, %c3 overflow<nsw> : i16
  %r = arith.muli %m, %c5 overflow<nsw> : i16
  return %r : i16
}
func.func @extended_low_only(%x: i32, %y: i32) -> (i32, i32, i32) {
  %a:2 = arith.addui_extended %x, %y : i32, i1
  %m:2 = arith.mulsi_extended %x, %y : i32
  %u:2 = arith.mului_extended %x, %y : i32
  return %a#0, %m#0, %u#0 : i32, i32, i32
}
func.func @extended_high_used(%x: i32, %y: i32) -> (i1, i32, i32) {
  %a:2 = arith.addui_extended %x, %y : i32, i1
  %m:2 = arith.mulsi_extended %x, %y : i32
  %u:2 = arith.mului_extended %x, %y : i32
  return %a#1, %m#1, %u#1 : i1, i32, i32
}
func.func @mulsi_extended_one(%x: i32, %v: vector<3xi8>) -> (i32, i32, vector<3xi8>, vector<3xi8>) {
  %c1 = arith.constant 1 : i32
  %m:2 = arith.mulsi_extended %x, %c1 : i32
  %v1 = arith.constant dense<1> : vector<3xi8>
  %n:2 = arith.mulsi_extended %v, %v1 : vector<3xi8>
  return %m#0, %m#1, %n#0, %n#1 : i32, i32, vector<3xi8>, vector<3xi8>
}
func.func @mulsi_extended_i1_one(%x: i1) -> (i1, i1) {
  %c1 = arith.constant true
  %m:2 = arith.mulsi_extended %x, %c1 : i1
  return %m#0, %m#1 : i1, i1
}
func.func @xori_not_cmpi(%a: i32, %b: i32) -> (i1, i1, i1, i1) {
  %true = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %r0 = arith.xori %0, %true : i1
  %1 = arith.cmpi uge, %a, %b : i32
  %r1 = arith.xori %true, %1 : i1
  %2 = arith.cmpi eq, %a, %b : i32
  %r2 = arith.xori %2, %true : i1
  %3 = arith.cmpi ugt, %a, %b : i32
  %r3 = arith.xori %3, %true : i1
  return %r0, %r1, %r2, %r3 : i1, i1, i1, i1
}
func.func @bitwise_of_ext(%a: i8, %b: i8, %c: i16) -> (i32, i32, i32, i32, i32, i32, i32) {
  %ua = arith.extui %a : i8 to i32
  %ub = arith.extui %b : i8 to i32
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %uc = arith.extui %c : i16 to i32
  %r0 = arith.andi %ua, %ub : i32
  %r1 = arith.andi %sa, %sb : i32
  %r2 = arith.ori %ua, %ub : i32
  %r3 = arith.ori %sa, %sb : i32
  %r4 = arith.xori %ua, %ub : i32
  %r5 = arith.xori %sa, %sb : i32
  %r6 = arith.andi %ua, %uc : i32
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6 : i32, i32, i32, i32, i32, i32, i32
}
func.func @cmpi_of_ext(%a: i8, %b: i8, %c: i16) -> (i1, i1, i1, i1, i1) {
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %ua = arith.extui %a : i8 to i32
  %ub = arith.extui %b : i8 to i32
  %uc = arith.extui %c : i16 to i32
  %r0 = arith.cmpi eq, %sa, %sb : i32
  %r1 = arith.cmpi ne, %ua, %ub : i32
  %r2 = arith.cmpi slt, %sa, %sb : i32
  %r3 = arith.cmpi eq, %ua, %uc : i32
  %r4 = arith.cmpi ne, %sa, %ub : i32
  return %r0, %r1, %r2, %r3, %r4 : i1, i1, i1, i1, i1
}
func.func @select_patterns(%c: i1, %a: i32, %b: i32, %d: i32) -> (i32, i32, i32, i32, i1, i64, i64, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %s = arith.select %c, %a, %b : i32
  %r0 = arith.select %c, %s, %d : i32
  %r1 = arith.select %c, %d, %s : i32
  %n = arith.xori %c, %true : i1
  %r2 = arith.select %n, %a, %b : i32
  %n2 = arith.xori %true, %c : i1
  %r3 = arith.select %n2, %a, %b : i32
  %r4 = arith.select %c, %false, %true : i1
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %r5 = arith.select %c, %c1, %c0 : i64
  %r6 = arith.select %c, %c0, %c1 : i64
  %r7 = arith.select %c, %true, %false : i1
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i32, i32, i32, i32, i1, i64, i64, i1
}
func.func @select_vector_patterns(%c: vector<2xi1>, %a: vector<2xi32>, %b: vector<2xi32>) -> (vector<2xi32>, vector<2xi32>, vector<2xi1>) {
  %t = arith.constant dense<true> : vector<2xi1>
  %f = arith.constant dense<false> : vector<2xi1>
  %n = arith.xori %c, %t : vector<2xi1>
  %r0 = arith.select %n, %a, %b : vector<2xi1>, vector<2xi32>
  %c0 = arith.constant dense<0> : vector<2xi32>
  %c1 = arith.constant dense<1> : vector<2xi32>
  %r1 = arith.select %c, %c1, %c0 : vector<2xi1>, vector<2xi32>
  %r2 = arith.select %c, %f, %t : vector<2xi1>, vector<2xi1>
  return %r0, %r1, %r2 : vector<2xi32>, vector<2xi32>, vector<2xi1>
}
func.func @select_scalar_cond_vector(%c: i1, %a: vector<2xi32>) -> vector<2xi32> {
  %s = arith.select %c, %a, %a : vector<2xi32>
  return %s : vector<2xi32>
}
func.func @ext_trunc_patterns(%a: i8, %b: i16, %v: vector<2xi8>) -> (i64, i32, i32, i16, vector<2xi16>, i8) {
  %0 = arith.extui %a : i8 to i16
  %r0 = arith.extsi %0 : i16 to i64
  %1 = arith.extsi %a : i8 to i64
  %r1 = arith.trunci %1 : i64 to i32
  %2 = arith.extui %a : i8 to i64
  %r2 = arith.trunci %2 overflow<nuw> : i64 to i32
  %3 = arith.extsi %b : i16 to i64
  %r3 = arith.trunci %3 : i64 to i16
  %4 = arith.extsi %v : vector<2xi8> to vector<2xi64>
  %r4 = arith.trunci %4 : vector<2xi64> to vector<2xi16>
  %5 = arith.extui %a : i8 to i32
  %r5 = arith.trunci %5 : i32 to i8
  return %r0, %r1, %r2, %r3, %r4, %r5 : i64, i32, i32, i16, vector<2xi16>, i8
}
func.func @trunc_of_shrsi(%x: i64, %v: vector<2xi32>) -> (i32, i32, i16, vector<2xi16>) {
  %c32 = arith.constant 32 : i64
  %c31 = arith.constant 31 : i64
  %s = arith.shrsi %x, %c32 : i64
  %r0 = arith.trunci %s overflow<nsw> : i64 to i32
  %t = arith.shrsi %x, %c31 : i64
  %r1 = arith.trunci %t : i64 to i32
  %c48 = arith.constant 48 : i64
  %u = arith.shrsi %x, %c48 exact : i64
  %r2 = arith.trunci %u : i64 to i16
  %c16 = arith.constant dense<16> : vector<2xi32>
  %w = arith.shrsi %v, %c16 : vector<2xi32>
  %r3 = arith.trunci %w : vector<2xi32> to vector<2xi16>
  return %r0, %r1, %r2, %r3 : i32, i32, i16, vector<2xi16>
}
func.func @index_cast_patterns(%a: i32, %i: index, %b: i16) -> (i32, index, index, index, i32, index) {
  %0 = arith.index_cast %a : i32 to index
  %r0 = arith.index_cast %0 : index to i32
  %1 = arith.index_cast %i : index to i8
  %r1 = arith.index_cast %1 : i8 to index
  %2 = arith.extsi %b : i16 to i32
  %r2 = arith.index_cast %2 : i32 to index
  %3 = arith.extui %b : i16 to i32
  %r3 = arith.index_castui %3 : i32 to index
  %4 = arith.index_castui %a : i32 to index
  %r4 = arith.index_castui %4 : index to i32
  %5 = arith.extui %b : i16 to i64
  %r5 = arith.index_cast %5 : i64 to index
  return %r0, %r1, %r2, %r3, %r4, %r5 : i32, index, index, index, i32, index
}
func.func @bitcast_of_bitcast(%a: i32, %f: f32, %v: vector<2xi16>) -> (f32, i32, vector<2xbf16>) {
  %0 = arith.bitcast %a : i32 to f32
  %r0 = arith.bitcast %0 : f32 to f32
  %1 = arith.bitcast %f : f32 to i32
  %r1 = arith.bitcast %1 : i32 to i32
  %2 = arith.bitcast %v : vector<2xi16> to vector<2xf16>
  %r2 = arith.bitcast %2 : vector<2xf16> to vector<2xbf16>
  return %r0, %r1, %r2 : f32, i32, vector<2xbf16>
}
func.func @bitcast_round_trip(%a: i32) -> i32 {
  %0 = arith.bitcast %a : i32 to f32
  %r = arith.bitcast %0 : f32 to i32
  return %r : i32
}
func.func @chain(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %0 = arith.addi %x, %c1 : i32
  %1 = arith.subi %0, %c2 : i32
  %2 = arith.addi %1, %c3 : i32
  %3 = arith.subi %c3, %2 : i32
  %4 = arith.muli %3, %c2 : i32
  %5 = arith.muli %4, %c3 : i32
  return %5 : i32
}
