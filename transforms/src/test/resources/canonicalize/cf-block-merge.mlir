// options: region-simplify=aggressive
func.func @mismatch_unknown_terminator(%arg0 : i32, %arg1 : i32) -> i32 {
  "foo.cond_br"() [^bb1, ^bb2] : () -> ()
^bb1:
  return %arg0 : i32
^bb2:
  return %arg1 : i32
}

func.func @mismatch_operands(%cond : i1, %arg0 : i32, %arg1 : i32) -> i32 {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  return %arg0 : i32
^bb2:
  return %arg1 : i32
}

func.func @mismatch_operands_matching_arguments(%cond : i1, %arg0 : i32, %arg1 : i32) -> (i32, i32) {
  cf.cond_br %cond, ^bb1(%arg1 : i32), ^bb2(%arg0 : i32)
^bb1(%arg2 : i32):
  return %arg0, %arg2 : i32, i32
^bb2(%arg3 : i32):
  return %arg1, %arg3 : i32, i32
}

func.func @mismatch_argument_uses(%cond : i1, %arg0 : i32, %arg1 : i32) -> (i32, i32) {
  cf.cond_br %cond, ^bb1(%arg1 : i32), ^bb2(%arg0 : i32)
^bb1(%arg2 : i32):
  return %arg0, %arg2 : i32, i32
^bb2(%arg3 : i32):
  return %arg3, %arg1 : i32, i32
}

func.func @mismatch_argument_types(%cond : i1, %arg0 : i32, %arg1 : i16) {
  cf.cond_br %cond, ^bb1(%arg0 : i32), ^bb2(%arg1 : i16)
^bb1(%arg2 : i32):
  "foo.return"(%arg2) : (i32) -> ()
^bb2(%arg3 : i16):
  "foo.return"(%arg3) : (i16) -> ()
}

func.func @mismatch_argument_count(%cond : i1, %arg0 : i32) {
  cf.cond_br %cond, ^bb1(%arg0 : i32), ^bb2
^bb1(%arg2 : i32):
  "foo.return"(%arg2) : (i32) -> ()
^bb2:
  "foo.return"() : () -> ()
}

func.func @mismatch_operations(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  "foo.return"() : () -> ()
^bb2:
  return
}

func.func @mismatch_operation_count(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  "foo.op"() : () -> ()
  return
^bb2:
  return
}

func.func @contains_regions(%cond : i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  "foo.region"() ({
    "foo.op"() : () -> ()
  }) : () -> ()
  return
^bb2:
  "foo.region"() ({
    "foo.op"() : () -> ()
  }) : () -> ()
  return
}

func.func @mismatch_loop(%cond : i1, %cond2 : i1) {
  %cond3 = "foo.op"() : () -> (i1)
  cf.cond_br %cond, ^bb2, ^bb3
^bb1:
  "foo.op"() : () -> ()
  cf.cond_br %cond3, ^bb1, ^bb3
^bb2:
  "foo.op"() : () -> ()
  cf.cond_br %cond2, ^bb1, ^bb3
^bb3:
  return
}

func.func @mismatch_operand_types(%arg0 : i1, %arg1 : memref<i32>, %arg2 : memref<i1>) {
  %c0_i32 = arith.constant 0 : i32
  %true = arith.constant true
  cf.br ^bb1
^bb1:
  cf.cond_br %arg0, ^bb2, ^bb3
^bb2:
  "foo.store"(%c0_i32, %arg1) : (i32, memref<i32>) -> ()
  cf.br ^bb1
^bb3:
  "foo.store"(%true, %arg2) : (i1, memref<i1>) -> ()
  cf.br ^bb1
}

func.func @nested_loop(%arg0: i32, %arg1: i1) {
  cf.cond_br %arg1, ^bb1, ^bb2
^bb1:
  "test.foo"() : () -> ()
  cf.br ^bb3
^bb2:
  "test.foo"() : () -> ()
  cf.br ^bb3
^bb3:
  "test.region"() ({
    "test.x"() [^a, ^b] : () -> ()
  ^a:
    %x = arith.addi %arg0, %arg0 : i32
    "test.use"(%x) : (i32) -> ()
    "test.ret"() : () -> ()
  ^b:
    %y = arith.addi %arg0, %arg0 : i32
    "test.use"(%y) : (i32) -> ()
    "test.ret"() : () -> ()
  }) : () -> ()
  return
}

func.func @prune(%cond : i1, %a : i32, %b : i32, %c: i32) -> (i32, i32) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %b : i32
  %y = arith.addi %a, %a : i32
  cf.br ^bb3(%x, %y : i32, i32)
^bb2:
  %z = arith.addi %c, %b : i32
  %w = arith.addi %c, %c : i32
  cf.br ^bb3(%z, %w : i32, i32)
^bb3(%r: i32, %s: i32):
  return %r, %s : i32, i32
}

func.func @same_arg(%cond : i1, %a : i32, %b : i32) -> i32 {
  cf.cond_br %cond, ^bb1(%a : i32), ^bb2(%a, %b : i32, i32)
^bb1(%x : i32):
  "test.op"(%x) : (i32) -> ()
  cf.br ^bb3(%x : i32)
^bb2(%y : i32, %z : i32):
  "test.op2"(%y, %z) : (i32, i32) -> ()
  cf.br ^bb3(%y : i32)
^bb3(%r : i32):
  return %r : i32
}

func.func @switch_merge(%f : i32, %a : i32, %b : i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1,
    1: ^bb2,
    2: ^bb3(%b : i32)
  ]
^bb1:
  cf.br ^bb4(%a : i32)
^bb2:
  %x = arith.addi %a, %a : i32
  cf.br ^bb4(%x : i32)
^bb3(%y: i32):
  %z = arith.addi %y, %y : i32
  cf.br ^bb4(%z : i32)
^bb4(%r : i32):
  return %r : i32
}
