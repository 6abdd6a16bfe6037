// The cf ops in the generic form.
"func.func"() <{function_type = (i1, i32) -> (), sym_name = "generic"}> ({
^bb0(%c: i1, %a: i32):
  "cf.br"(%a)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  "cf.cond_br"(%c, %x, %a)[^bb2, ^bb3] <{branch_weights = array<i32: 5, 6>, operandSegmentSizes = array<i32: 1, 1, 1>}> {tag} : (i1, i32, i32) -> ()
^bb2(%y: i32):
  "cf.assert"(%c) <{msg = "generic"}> : (i1) -> ()
  "cf.switch"(%a, %y, %a, %y, %a)[^bb3, ^bb4, ^bb3] <{case_operand_segments = array<i32: 2, 1>, case_values = dense<[4, -4]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 3>}> : (i32, i32, i32, i32, i32) -> ()
^bb3(%z: i32):
  "cf.switch"(%z)[^bb5, ^bb5] <{case_operand_segments = array<i32: 0>, case_values = dense<7> : tensor<1xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb4(%p: i32, %q: i32):
  "cf.switch"(%p)[^bb5] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb5:
  "func.return"() : () -> ()
}) : () -> ()
