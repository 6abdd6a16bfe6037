// A small module in MLIR's generic form: builtin ops plus generic operations
// that jmlir-opt treats as unregistered. mlir-opt 22 prints it back unchanged:
//   mlir-opt --allow-unregistered-dialect --mlir-print-op-generic hello.mlir
"builtin.module"() ({
  "func.func"() <{function_type = (i1, tensor<2x3xf32>) -> tensor<2x3xf32>, sym_name = "scale_or_keep"}> ({
  ^bb0(%arg0: i1, %arg1: tensor<2x3xf32>):
    %0 = "toy.constant"() {value = dense<[[1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
    "toy.cond_br"(%arg0)[^bb1, ^bb2] : (i1) -> ()
  ^bb1:  // pred: ^bb0
    "func.return"(%arg1) : (tensor<2x3xf32>) -> ()
  ^bb2:  // pred: ^bb0
    %1 = "toy.mul"(%arg1, %0) {note = "elementwise", scale = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%1) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
}) {toy.version = 1 : i32} : () -> ()
