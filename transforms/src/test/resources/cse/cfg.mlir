// ARGS: -pass-pipeline=builtin.module(func.func(cse)) -split-input-file -allow-unregistered-dialect
func.func @down_propagate(%a: i32, %b: i32) -> i32 {
  %0 = arith.constant 1 : i32
  %1 = arith.addi %a, %b : i32
  "foo.cond_br"(%a)[^bb1, ^bb2] : (i32) -> ()
^bb1:
  %2 = arith.constant 1 : i32
  %3 = arith.addi %b, %a : i32
  "foo.use"(%2, %3) : (i32, i32) -> ()
  "foo.br"()[^bb3] : () -> ()
^bb2:
  %4 = arith.constant 2 : i32
  "foo.use"(%4) : (i32) -> ()
  "foo.br"()[^bb3] : () -> ()
^bb3:
  %5 = arith.constant 2 : i32
  %6 = arith.constant 1 : i32
  %7 = arith.addi %5, %6 : i32
  return %7 : i32
}

// -----

func.func @loop(%a: i32) -> i32 {
  %0 = arith.constant 1 : i32
  "foo.br"(%a)[^bb1] : (i32) -> ()
^bb1:
  %1 = arith.constant 1 : i32
  %2 = arith.addi %a, %1 : i32
  %3 = arith.addi %a, %0 : i32
  "foo.cond_br"(%2)[^bb1, ^bb2] : (i32) -> ()
^bb2:
  %4 = arith.addi %a, %0 : i32
  return %4 : i32
}

// -----

func.func @unreachable_block(%a: i32) -> i32 {
  %0 = arith.constant 1 : i32
  return %0 : i32
^bb1:
  %1 = arith.constant 1 : i32
  %2 = arith.constant 1 : i32
  %3 = arith.addi %a, %a : i32
  "foo.use"(%1, %2) : (i32, i32) -> ()
  "foo.br"()[^bb2] : () -> ()
^bb2:
  %4 = arith.constant 1 : i32
  "foo.use"(%4) : (i32) -> ()
  "foo.br"()[^bb1] : () -> ()
}

// -----

func.func @deep_chain(%a: i32) -> i32 {
  "foo.br"()[^bb1] : () -> ()
^bb1:
  %0 = arith.addi %a, %a : i32
  "foo.br"()[^bb2] : () -> ()
^bb2:
  %1 = arith.addi %a, %a : i32
  "foo.br"()[^bb3] : () -> ()
^bb3:
  %2 = arith.addi %a, %a : i32
  %3 = arith.addi %1, %2 : i32
  %4 = arith.addi %0, %0 : i32
  %5 = arith.muli %3, %4 : i32
  return %5 : i32
}

// -----

func.func @block_arguments(%a: i32) -> i32 {
  "foo.br"(%a, %a)[^bb1] : (i32, i32) -> ()
^bb1(%x: i32, %y: i32):
  %0 = arith.addi %x, %y : i32
  %1 = arith.addi %y, %x : i32
  %2 = arith.addi %x, %x : i32
  %3 = arith.addi %0, %1 : i32
  %4 = arith.addi %3, %2 : i32
  return %4 : i32
}
