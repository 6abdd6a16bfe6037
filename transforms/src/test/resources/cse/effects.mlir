// ARGS: --cse -allow-unregistered-dialect -mlir-print-op-generic
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, memref<4xf32>, index, index, f32, i1) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32), sym_name = "loads"}> ({
  ^bb0(%arg22: memref<4xf32>, %arg23: memref<4xf32>, %arg24: index, %arg25: index, %arg26: f32, %arg27: i1):
    %36 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    %37 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    %38 = "memref.load"(%arg22, %arg25) : (memref<4xf32>, index) -> f32
    %39 = "arith.addf"(%36, %37) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %40 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    "memref.store"(%arg26, %arg23, %arg24) : (f32, memref<4xf32>, index) -> ()
    %41 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    %42 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    "func.call"() <{callee = @effects}> : () -> ()
    %43 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg27) ({
      %51 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
      "test.use"(%51) : (f32) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %44 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg27) ({
      "memref.store"(%arg26, %arg23, %arg24) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %45 = "memref.load"(%arg22, %arg24) : (memref<4xf32>, index) -> f32
    %46 = "memref.load"(%arg22, %arg25) : (memref<4xf32>, index) -> f32
    %47 = "memref.load"(%arg23, %arg25) : (memref<4xf32>, index) -> f32
    %48 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %49 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %50 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "memref.store"(%arg26, %50, %arg24) : (f32, memref<4xf32>, index) -> ()
    "func.return"(%36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %arg26) : (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "effects", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32, i32, i32, i32), sym_name = "region_ops"}> ({
  ^bb0(%arg19: i1, %arg20: i32, %arg21: i32):
    %25 = "scf.if"(%arg19) ({
      %35 = "arith.addi"(%arg20, %arg21) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%35) : (i32) -> ()
    }, {
      "scf.yield"(%arg20) : (i32) -> ()
    }) : (i1) -> i32
    %26 = "scf.if"(%arg19) ({
      %34 = "arith.addi"(%arg21, %arg20) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%34) : (i32) -> ()
    }, {
      "scf.yield"(%arg20) : (i32) -> ()
    }) : (i1) -> i32
    %27 = "scf.if"(%arg19) ({
      %33 = "arith.addi"(%arg20, %arg20) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%33) : (i32) -> ()
    }, {
      "scf.yield"(%arg20) : (i32) -> ()
    }) : (i1) -> i32
    %28 = "arith.subi"(%arg20, %arg21) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %29 = "scf.if"(%arg19) ({
      %32 = "arith.subi"(%arg20, %arg21) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%32) : (i32) -> ()
    }, {
      "scf.yield"(%arg21) : (i32) -> ()
    }) : (i1) -> i32
    %30 = "scf.if"(%arg19) ({
      "scf.yield"(%28) : (i32) -> ()
    }, {
      "scf.yield"(%arg21) : (i32) -> ()
    }) : (i1) -> i32
    "scf.if"(%arg19) ({
      %31 = "arith.muli"(%arg20, %arg21) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    "func.return"(%25, %26, %27, %29, %30) : (i32, i32, i32, i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "same_if"}> ({
  ^bb0(%arg16: i1, %arg17: i32, %arg18: i32):
    %23 = "scf.if"(%arg16) ({
      "scf.yield"(%arg17) : (i32) -> ()
    }, {
      "scf.yield"(%arg18) : (i32) -> ()
    }) : (i1) -> i32
    %24 = "scf.if"(%arg16) ({
      "scf.yield"(%arg17) : (i32) -> ()
    }, {
      "scf.yield"(%arg18) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%23, %24) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "same_inner"}> ({
  ^bb0(%arg13: i1, %arg14: i32, %arg15: i32):
    %19 = "scf.if"(%arg13) ({
      %22 = "arith.addi"(%arg14, %arg15) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%22) : (i32) -> ()
    }, {
      "scf.yield"(%arg15) : (i32) -> ()
    }) : (i1) -> i32
    %20 = "scf.if"(%arg13) ({
      %21 = "arith.addi"(%arg14, %arg15) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%21) : (i32) -> ()
    }, {
      "scf.yield"(%arg15) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%19, %20) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32, i32) -> (i32, i32), sym_name = "exec"}> ({
  ^bb0(%arg11: i32, %arg12: i32):
    %17 = "scf.execute_region"() ({
      "scf.yield"(%arg11) : (i32) -> ()
    }) : () -> i32
    %18 = "scf.execute_region"() ({
      "scf.yield"(%arg11) : (i32) -> ()
    }) : () -> i32
    "func.return"(%17, %18) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "swap_if"}> ({
  ^bb0(%arg8: i1, %arg9: i32, %arg10: i32):
    %13 = "scf.if"(%arg8) ({
      %16 = "arith.addi"(%arg9, %arg10) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%16) : (i32) -> ()
    }, {
      "scf.yield"(%arg10) : (i32) -> ()
    }) : (i1) -> i32
    %14 = "scf.if"(%arg8) ({
      %15 = "arith.addi"(%arg10, %arg9) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%15) : (i32) -> ()
    }, {
      "scf.yield"(%arg10) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%13, %14) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32) -> (i32, i32), sym_name = "swap_outer"}> ({
  ^bb0(%arg6: i1, %arg7: i32):
    %8 = "arith.muli"(%arg7, %arg7) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %9 = "scf.if"(%arg6) ({
      %12 = "arith.addi"(%arg7, %8) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%12) : (i32) -> ()
    }, {
      "scf.yield"(%8) : (i32) -> ()
    }) : (i1) -> i32
    %10 = "scf.if"(%arg6) ({
      %11 = "arith.addi"(%8, %arg7) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%11) : (i32) -> ()
    }, {
      "scf.yield"(%8) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%9, %10) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, i32) -> (i32, i32), sym_name = "else_differs"}> ({
  ^bb0(%arg3: i1, %arg4: i32, %arg5: i32):
    %4 = "scf.if"(%arg3) ({
      %7 = "arith.addi"(%arg4, %arg5) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%7) : (i32) -> ()
    }, {
      "scf.yield"(%arg4) : (i32) -> ()
    }) : (i1) -> i32
    %5 = "scf.if"(%arg3) ({
      %6 = "arith.addi"(%arg4, %arg5) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%6) : (i32) -> ()
    }, {
      "scf.yield"(%arg4) : (i32) -> ()
    }) : (i1) -> i32
    "func.return"(%4, %5) : (i32, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4xf32>, index, i1) -> (f32, f32), sym_name = "recursive_reads_between"}> ({
  ^bb0(%arg0: memref<4xf32>, %arg1: index, %arg2: i1):
    %0 = "memref.load"(%arg0, %arg1) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg2) ({
      %2 = "memref.load"(%arg0, %arg1) : (memref<4xf32>, index) -> f32
      %3 = "arith.addf"(%2, %2) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %1 = "memref.load"(%arg0, %arg1) : (memref<4xf32>, index) -> f32
    "func.return"(%0, %1) : (f32, f32) -> ()
  }) : () -> ()
}) : () -> ()

