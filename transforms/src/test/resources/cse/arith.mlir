// ARGS: --cse -split-input-file
func.func @commutative(%a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

func.func @properties_differ(%a: i32, %b: i32, %x: f32, %y: f32) -> (i32, i32, i32, f32, f32, f32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.addi %a, %b overflow<nsw> : i32
  %3 = arith.addf %x, %y : f32
  %4 = arith.addf %x, %y fastmath<fast> : f32
  %5 = arith.addf %y, %x fastmath<fast> : f32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, f32, f32, f32
}

// -----

func.func @attributes_differ(%a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %0 = arith.muli %a, %b : i32
  %1 = arith.muli %a, %b {tag = 1} : i32
  %2 = arith.muli %b, %a {tag = 1} : i32
  %3 = arith.muli %a, %b {tag = 2} : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

func.func @constants() -> (i32, i64, i32, index, index, f32, f32, tensor<2xi32>, tensor<2xi32>) {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 1 : i64
  %2 = arith.constant 1 : i32
  %3 = arith.constant 1 : index
  %4 = arith.constant 1 : index
  %5 = arith.constant 1.0 : f32
  %6 = arith.constant 1.0 : f32
  %7 = arith.constant dense<[1, 2]> : tensor<2xi32>
  %8 = arith.constant dense<[1, 2]> : tensor<2xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i64, i32, index, index, f32, f32, tensor<2xi32>, tensor<2xi32>
}

// -----

func.func @chains(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.muli %0, %a : i32
  %3 = arith.muli %1, %a : i32
  %4 = arith.cmpi slt, %2, %3 : i32
  %5 = arith.cmpi slt, %3, %2 : i32
  %6 = arith.cmpi sgt, %2, %3 : i32
  %7 = arith.select %4, %2, %3 : i32
  %8 = arith.select %5, %2, %3 : i32
  %9 = arith.select %6, %7, %8 : i32
  return %9 : i32
}

// -----

func.func @multiple_results(%a: i32, %b: i32) -> (i32, i32, i32, i32, i32) {
  %0:2 = arith.addui_extended %a, %b : i32, i1
  %1:2 = arith.addui_extended %b, %a : i32, i1
  %2:2 = arith.mulsi_extended %a, %b : i32
  %3:2 = arith.mulsi_extended %a, %b : i32
  %4 = arith.extui %0#1 : i1 to i32
  %5 = arith.extui %1#1 : i1 to i32
  return %0#0, %1#0, %2#1, %3#0, %5 : i32, i32, i32, i32, i32
}

// -----

func.func @dead_code(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.constant 7 : i32
  %3 = arith.divsi %a, %b : i32
  %4 = arith.addi %a, %b : i32
  return %4 : i32
}

// -----

func.func @calls(%a: i32) -> (i32, i32) {
  %0 = func.call @callee(%a) : (i32) -> i32
  %1 = func.call @callee(%a) : (i32) -> i32
  %2 = func.call @callee(%a) : (i32) -> i32
  %f = func.constant @callee : (i32) -> i32
  %g = func.constant @callee : (i32) -> i32
  %3 = func.call_indirect %f(%a) : (i32) -> i32
  %4 = func.call_indirect %g(%a) : (i32) -> i32
  return %0, %1 : i32, i32
}
func.func private @callee(i32) -> i32

// -----

func.func @across_functions() -> i32 {
  %0 = arith.constant 5 : i32
  return %0 : i32
}
func.func @across_functions_2() -> i32 {
  %0 = arith.constant 5 : i32
  return %0 : i32
}

// -----

func.func private @declaration(i32) -> i32
func.func private @dead_function() {
  return
}
