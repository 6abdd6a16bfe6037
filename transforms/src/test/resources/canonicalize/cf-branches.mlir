func.func @unreachable(%c: i1, %a: i32) -> i32 {
  cf.br ^bb2(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  cf.br ^bb2(%y : i32)
^bb2(%z: i32):
  return %z : i32
}

func.func @dead_arg(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb2(%b : i32)
^bb1(%x: i32, %unused: i32):
  "test.foo"(%x) : (i32) -> ()
  cf.br ^bb2(%x : i32)
^bb2(%z: i32):
  return %z : i32
}

func.func @loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^header(%c0, %c0 : i32, i32)
^header(%i: i32, %acc: i32):
  %cond = arith.cmpi slt, %i, %n : i32
  cf.cond_br %cond, ^body, ^exit
^body:
  %next = arith.addi %i, %c1 : i32
  %acc2 = arith.addi %acc, %i : i32
  cf.br ^header(%next, %acc2 : i32, i32)
^exit:
  return %acc : i32
}

func.func @identical_blocks(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = arith.addi %a, %a : i32
  cf.br ^bb3(%x : i32)
^bb2:
  %y = arith.addi %a, %a : i32
  cf.br ^bb3(%y : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @identical_args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  "test.op"(%x) : (i32) -> ()
  return %x : i32
^bb2(%y: i32):
  "test.op"(%y) : (i32) -> ()
  return %y : i32
}

func.func @switch_dups(%f: i32, %a: i32) {
  "test.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.switch %f : i32, [
    default: ^bb2,
    1: ^bb3,
    1: ^bb2,
    2: ^bb3
  ]
^bb2:
  "test.t"() : () -> ()
^bb3:
  "test.t"() : () -> ()
}

func.func @switch_const_i8() {
  %c = arith.constant -1 : i8
  "test.pred"() [^bb1, ^bb2, ^bb3] : () -> ()
^bb1:
  cf.switch %c : i8, [
    default: ^bb2,
    255: ^bb3
  ]
^bb2:
  "test.t"() : () -> ()
^bb3:
  "test.t2"() : () -> ()
}

func.func @assert_false() {
  %f = arith.constant false
  cf.assert %f, "always"
  return
}

func.func @self_loop(%c: i1) {
  cf.br ^bb1
^bb1:
  cf.cond_br %c, ^bb1, ^bb2
^bb2:
  return
}

func.func @passthrough_loop() {
  "test.pred"() [^bb1, ^bb2] : () -> ()
^bb1:
  cf.br ^bb2
^bb2:
  cf.br ^bb2
}

func.func @cond_br_weights_const(%a: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t weights([1, 2]), ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}

func.func @truth_loop(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%c) : (i1) -> ()
  cf.cond_br %c, ^bb1, ^bb2
^bb2:
  "test.use"(%c) : (i1) -> ()
  return
}
