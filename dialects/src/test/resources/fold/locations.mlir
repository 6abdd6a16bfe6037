// Where the ops canonicalization patterns create are (printed with --mlir-print-debuginfo).
func.func @addsublhs(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("c0")
  %c2 = arith.constant 2 : i32 loc("c1")
  %a = arith.subi %c1, %x : i32 loc("inner")
  %r = arith.addi %a, %c2 : i32 loc("root")
  return %r : i32
}
func.func @sublhsadd(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("c0")
  %c2 = arith.constant 2 : i32 loc("c1")
  %a = arith.addi %x, %c1 : i32 loc("inner")
  %r = arith.subi %c2, %a : i32 loc("root")
  return %r : i32
}
func.func @notcmp(%x: i32, %y: i32) -> i1 {
  %t = arith.constant true loc("t")
  %a = arith.cmpi slt, %x, %y : i32 loc("inner")
  %r = arith.xori %a, %t : i1 loc("root")
  return %r : i1
}
func.func @shr(%x: i64) -> i32 {
  %c = arith.constant 32 : i64 loc("c")
  %a = arith.shrsi %x, %c : i64 loc("inner")
  %r = arith.trunci %a : i64 to i32 loc("root")
  return %r : i32
}
func.func @negmul(%x: i32, %y: i32) -> i32 {
  %c = arith.constant -1 : i32 loc("c")
  %a = arith.muli %y, %c : i32 loc("inner")
  %r = arith.addi %x, %a : i32 loc("root")
  return %r : i32
}
func.func @mulsione(%x: i32) -> (i32, i32) {
  %c = arith.constant 1 : i32 loc("c")
  %m:2 = arith.mulsi_extended %x, %c : i32 loc("root")
  return %m#0, %m#1 : i32, i32
}
func.func @cmpext(%x: i8, %y: i8) -> i1 {
  %a = arith.extsi %x : i8 to i32 loc("ea")
  %b = arith.extsi %y : i8 to i32 loc("eb")
  %r = arith.cmpi eq, %a, %b : i32 loc("root")
  return %r : i1
}
func.func @idx(%x: i8) -> index {
  %a = arith.extsi %x : i8 to i32 loc("inner")
  %r = arith.index_cast %a : i32 to index loc("root")
  return %r : index
}
func.func @selnot(%c: i1, %a: i32, %b: i32) -> i32 {
  %t = arith.constant true loc("t")
  %n = arith.xori %c, %t : i1 loc("inner")
  %r = arith.select %n, %a, %b : i32 loc("root")
  return %r : i32
}
func.func @seli1(%c: i1) -> i1 {
  %t = arith.constant true loc("t")
  %f = arith.constant false loc("f")
  %r = arith.select %c, %f, %t : i1 loc("root")
  return %r : i1
}
func.func @redundant(%c: i1, %a: i32, %b: i32, %d: i32) -> i32 {
  %s = arith.select %c, %a, %b : i32 loc("inner")
  %r = arith.select %c, %s, %d : i32 loc("root")
  return %r : i32
}
func.func @addui(%x: i32, %y: i32) -> i32 {
  %s:2 = arith.addui_extended %x, %y : i32, i1 loc("root")
  return %s#0 : i32
}
func.func @extsiui(%x: i8) -> i64 {
  %a = arith.extui %x : i8 to i32 loc("inner")
  %r = arith.extsi %a : i32 to i64 loc("root")
  return %r : i64
}
func.func @addsubrhs(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("c0")
  %c2 = arith.constant 2 : i32 loc("c1")
  %a = arith.subi %x, %c1 : i32 loc("inner")
  %r = arith.addi %a, %c2 : i32 loc("root")
  return %r : i32
}
func.func @subrhsadd(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("c0")
  %c2 = arith.constant 2 : i32 loc("c1")
  %a = arith.addi %x, %c1 : i32 loc("inner")
  %r = arith.subi %a, %c2 : i32 loc("root")
  return %r : i32
}
func.func @sublhssublhs(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("c0")
  %c2 = arith.constant 2 : i32 loc("c1")
  %a = arith.subi %c1, %x : i32 loc("inner")
  %r = arith.subi %c2, %a : i32 loc("root")
  return %r : i32
}
func.func @mulmul(%x: i32) -> i32 {
  %c1 = arith.constant 3 : i32 loc("c0")
  %c2 = arith.constant 5 : i32 loc("c1")
  %a = arith.muli %x, %c1 : i32 loc("inner")
  %r = arith.muli %a, %c2 : i32 loc("root")
  return %r : i32
}
func.func @negmullhs(%x: i32, %y: i32) -> i32 {
  %c = arith.constant -1 : i32 loc("c")
  %a = arith.muli %y, %c : i32 loc("inner")
  %r = arith.addi %a, %x : i32 loc("root")
  return %r : i32
}
func.func @truncext(%x: i8) -> i16 {
  %a = arith.extsi %x : i8 to i32 loc("inner")
  %r = arith.trunci %a : i32 to i16 loc("root")
  return %r : i16
}
func.func @xorext(%x: i8, %y: i8) -> i32 {
  %a = arith.extui %x : i8 to i32 loc("ea")
  %b = arith.extui %y : i8 to i32 loc("eb")
  %r = arith.xori %a, %b : i32 loc("root")
  return %r : i32
}
func.func @bitcasts(%x: i16) -> f16 {
  %a = arith.bitcast %x : i16 to bf16 loc("inner")
  %r = arith.bitcast %a : bf16 to f16 loc("root")
  return %r : f16
}
func.func @selextui(%c: i1) -> i64 {
  %c0_i64 = arith.constant 0 : i64 loc("zero")
  %c1_i64 = arith.constant 1 : i64 loc("one")
  %e = arith.select %c, %c1_i64, %c0_i64 : i64 loc("root")
  return %e : i64
}
func.func @redundantfalse(%c: i1, %a: i32, %b: i32, %d: i32) -> i32 {
  %s = arith.select %c, %a, %b : i32 loc("inner")
  %r = arith.select %c, %d, %s : i32 loc("root")
  return %r : i32
}
func.func @muluilow(%x: i32, %y: i32) -> i32 {
  %m:2 = arith.mului_extended %x, %y : i32 loc("root")
  return %m#0 : i32
}
