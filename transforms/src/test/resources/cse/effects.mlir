// ARGS: --cse -allow-unregistered-dialect -mlir-print-op-generic
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, memref<4xf32>, index, index, f32, i1) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32), sym_name = "loads"}> ({
  ^bb0(%arg19: memref<4xf32>, %arg20: memref<4xf32>, %arg21: index, %arg22: index, %arg23: f32, %arg24: i1):
    %32 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    %33 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    %34 = "memref.load"(%arg19, %arg22) : (memref<4xf32>, index) -> f32
    %35 = "arith.addf"(%32, %33) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %36 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    "memref.store"(%arg23, %arg20, %arg21) : (f32, memref<4xf32>, index) -> ()
    %37 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    %38 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    "func.call"() <{callee = @effects}> : () -> ()
    %39 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg24) ({
      %47 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
      "test.use"(%47) : (f32) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %40 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg24) ({
      "memref.store"(%arg23, %arg20, %arg21) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %41 = "memref.load"(%arg19, %arg21) : (memref<4xf32>, index) -> f32
    %42 = "memref.load"(%arg19, %arg22) : (memref<4xf32>, index) -> f32
    %43 = "memref.load"(%arg20, %arg22) : (memref<4xf32>, index) -> f32
    %44 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %45 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %46 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "memref.store"(%arg23, %46, %arg21) : (f32, memref<4xf32>, index) -> ()
    "func.return"(%32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %arg23) : (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "effects", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32, i32, i32, i32), sym_name = "region_ops"}> ({
  ^bb0(%arg16: i1, %arg17: i32, %arg18: i32):
    %21 = "scf.if"(%arg16) ({
      %31 = "arith.addi"(%arg17, %arg18) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%31) : (i32) -> ()
    }, {
      "scf.yield"(%arg17) : (i32) -> ()
    }) : (i1) -> i32
    %22 = "scf.if"(%arg16) ({
      %30 = "arith.addi"(%arg18, %arg17) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%30) : (i32) -> ()
    }, {
      "scf.yield"(%arg17) : (i32) -> ()
    }) : (i1) -> i32
    %23 = "scf.if"(%arg16) ({
      %29 = "arith.addi"(%arg17, %arg17) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%29) : (i32) -> ()
    }, {
      "scf.yield"(%arg17) : (i32) -> ()
    }) : (i1) -> i32
    %24 = "arith.subi"(%arg17, %arg18) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %25 = "scf.if"(%arg16) ({
      %28 = "arith.subi"(%arg17, %arg18) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%28) : (i32) -> ()
    }, {
      "scf.yield"(%arg18) : (i32) -> ()
    }) : (i1) -> i32
    %26 = "scf.if"(%arg16) ({
      "scf.yield"(%24) : (i32) -> ()
    }, {
      "scf.yield"(%arg18) : (i32) -> ()
    }) : (i1) -> i32
    "scf.if"(%arg16) ({
      %27 = "arith.muli"(%arg17, %arg18) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    "func.return"(%21, %22, %23, %25, %26) : (i32, i32, i32, i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "same_if"}> ({
  ^bb0(%arg13: i1, %arg14: i32, %arg15: i32):
    %19 = "scf.if"(%arg13) ({
      "scf.yield"(%arg14) : (i32) -> ()
    }, {
      "scf.yield"(%arg15) : (i32) -> ()
    }) : (i1) -> i32
    %20 = "scf.if"(%arg13) ({
      "scf.yield"(%arg14) : (i32) -> ()
    }, {
      "scf.yield"(%arg15) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%19, %20) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "same_inner"}> ({
  ^bb0(%arg10: i1, %arg11: i32, %arg12: i32):
    %15 = "scf.if"(%arg10) ({
      %18 = "arith.addi"(%arg11, %arg12) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%18) : (i32) -> ()
    }, {
      "scf.yield"(%arg12) : (i32) -> ()
    }) : (i1) -> i32
    %16 = "scf.if"(%arg10) ({
      %17 = "arith.addi"(%arg11, %arg12) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%17) : (i32) -> ()
    }, {
      "scf.yield"(%arg12) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%15, %16) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32) -> (i32, i32), sym_name = "exec"}> ({
  ^bb0(%arg8: i32, %arg9: i32):
    %13 = "scf.execute_region"() ({
      "scf.yield"(%arg8) : (i32) -> ()
    }) : () -> i32
    %14 = "scf.execute_region"() ({
      "scf.yield"(%arg8) : (i32) -> ()
    }) : () -> i32
    "func.return"(%13, %14) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "swap_if"}> ({
  ^bb0(%arg5: i1, %arg6: i32, %arg7: i32):
    %9 = "scf.if"(%arg5) ({
      %12 = "arith.addi"(%arg6, %arg7) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%12) : (i32) -> ()
    }, {
      "scf.yield"(%arg7) : (i32) -> ()
    }) : (i1) -> i32
    %10 = "scf.if"(%arg5) ({
      %11 = "arith.addi"(%arg7, %arg6) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%11) : (i32) -> ()
    }, {
      "scf.yield"(%arg7) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%9, %10) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32) -> (i32, i32), sym_name = "swap_outer"}> ({
  ^bb0(%arg3: i1, %arg4: i32):
    %4 = "arith.muli"(%arg4, %arg4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %5 = "scf.if"(%arg3) ({
      %8 = "arith.addi"(%arg4, %4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%8) : (i32) -> ()
    }, {
      "scf.yield"(%4) : (i32) -> ()
    }) : (i1) -> i32
    %6 = "scf.if"(%arg3) ({
      %7 = "arith.addi"(%4, %arg4) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%7) : (i32) -> ()
    }, {
      "scf.yield"(%4) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%5, %6) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "else_differs"}> ({
  ^bb0(%arg0: i1, %arg1: i32, %arg2: i32):
    %0 = "scf.if"(%arg0) ({
      %3 = "arith.addi"(%arg1, %arg2) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%3) : (i32) -> ()
    }, {
      "scf.yield"(%arg1) : (i32) -> ()
    }) : (i1) -> i32
    %1 = "scf.if"(%arg0) ({
      %2 = "arith.addi"(%arg1, %arg2) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%2) : (i32) -> ()
    }, {
      "scf.yield"(%arg1) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%0, %1) : (i32, i32) -> ()
  }) : () -> ()
}) : () -> ()

