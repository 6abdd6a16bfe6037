// ARGS: --cse -allow-unregistered-dialect -mlir-print-op-generic
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4xf32>, memref<4xf32>, index, index, f32, i1) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32), sym_name = "loads"}> ({
  ^bb0(%arg0: memref<4xf32>, %arg1: memref<4xf32>, %arg2: index, %arg3: index, %arg4: f32, %arg5: i1):
    %0 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    %1 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    %2 = "memref.load"(%arg0, %arg3) : (memref<4xf32>, index) -> f32
    %3 = "arith.addf"(%0, %1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %4 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    "memref.store"(%arg4, %arg1, %arg2) : (f32, memref<4xf32>, index) -> ()
    %5 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    %6 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    "func.call"() <{callee = @effects}> : () -> ()
    %7 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg5) ({
      %15 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
      "test.use"(%15) : (f32) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %8 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    "scf.if"(%arg5) ({
      "memref.store"(%arg4, %arg1, %arg2) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }, {
    }) : (i1) -> ()
    %9 = "memref.load"(%arg0, %arg2) : (memref<4xf32>, index) -> f32
    %10 = "memref.load"(%arg0, %arg3) : (memref<4xf32>, index) -> f32
    %11 = "memref.load"(%arg1, %arg3) : (memref<4xf32>, index) -> f32
    %12 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %13 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %14 = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "memref.store"(%arg4, %14, %arg2) : (f32, memref<4xf32>, index) -> ()
    "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %arg4) : (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> (), sym_name = "effects", sym_visibility = "private"}> ({
  }) : () -> ()
}) : () -> ()

