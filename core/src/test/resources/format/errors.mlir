// Errors in custom syntax, one per chunk.
%a = "test.val"() : () -> i32
%0 = arith.addi %a %a : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a :
// -----
%a = "test.val"() : () -> i32
%0 = arith.cmpi foo, %a, %a : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.cmpi 3, %a, %a : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.cmpi "foo bar", %a, %a : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a overflow<foo> : i32
// -----
%x = "test.val"() : () -> f32
%0 = arith.addf %x, %x fastmath<nnan,foo> : f32
// -----
%x = "test.val"() : () -> f32
%0 = arith.addf %x, %x fastmath<3> : f32
// -----
%x = "test.val"() : () -> f32
%0 = arith.addf %x, %x fastmath<nnan|ninf> : f32
// -----
%x = "test.val"() : () -> f32
%0 = arith.addf %x, %x fastmath<nnan,> : f32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a overflow : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a overflow<nsw : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, 5 : i32
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a : i64
// -----
%a = "test.val"() : () -> i32
%0 = arith.addi %a, %a {overflowFlags = 3} : i32
// -----
%i = "test.val"() : () -> index
%0 = arith.index_cast %i : index i32
// -----
%i = "test.val"() : () -> index
%0 = arith.index_cast %i : index
  i32
// -----
%m:2 = "test.val"() : () -> (memref<4xf32>, index)
%0 = memref.load %m#0[%m#1] : tensor<4xf32>
// -----
%m:2 = "test.val"() : () -> (memref<4xf32>, index)
%0 = memref.load %m#0[%m#1 : memref<4xf32>
// -----
%c = "test.val"() : () -> i1
cf.assert %c, 42
// -----
%v = "test.val"() : () -> vector<4xf32>
%0 = vector.shuffle %v, %v array<i64: 1> : vector<4xf32>, vector<4xf32>
// -----
%v = "test.val"() : () -> vector<4xf32>
%0 = vector.shuffle %v, %v [0, 1.5] : vector<4xf32>, vector<4xf32>
// -----
%v = "test.val"() : () -> vector<4xf32>
%0 = vector.reduction <foo>, %v : vector<4xf32> into f32
// -----
%v = "test.val"() : () -> vector<4xf32>
%0 = vector.reduction add, %v : vector<4xf32> into f32
// -----
"test.f"() ({
  vector.print punctuation <comma> punctuation <comma>
  "test.end"() : () -> ()
}) : () -> ()
// -----
%a = "test.val"() : () -> i32
"test.f"() ({
  cf.br ^bb1(%a : i32, i32)
^bb1(%p: i32, %q: i32):
  "test.end"() : () -> ()
}) : () -> ()
// -----
%x = "test.val"() : () -> f32
%0 = arith.addf %x, %x fastmath #arith.fastmath<nnan> : f32
// -----
#fm = #arith.fastmath<foo>
// -----
%a, %b = "test.val"() : () -> (i32, i64)
%0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
// -----
%a = "test.val"() : () -> i32
%0 = "arith.cmpi"(%a, %a) {predicate = 0 : i64} : (i32, i32) -> vector<4xi1>
// -----
%a, %b = "test.val"() : () -> (i32, i64)
%0 = "arith.cmpi"(%a, %b) {predicate = 0 : i64} : (i32, i64) -> i1
// -----
%v, %w = "test.val"() : () -> (vector<4xf32>, vector<8xf32>)
%0 = "vector.fma"(%v, %w, %v) : (vector<4xf32>, vector<8xf32>, vector<4xf32>) -> vector<4xf32>
// -----
%m, %i = "test.val"() : () -> (memref<4xf32>, index)
%0 = "memref.load"(%m, %i) : (memref<4xf32>, index) -> f16
// -----
%lv = "test.val"() : () -> !emitc.lvalue<i32>
%0 = emitc.load %lv : i32
// -----
%0 = gpu.thread_id w
// -----
%0 = gpu.thread_id
// -----
#a = #gpu<dim w>
