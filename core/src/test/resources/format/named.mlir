// Ops whose results are named in the custom form, ops with regions, unit attributes.
"test.f"() ({
^bb0(%x: f32, %t: tensor<4xf32>, %rt: tensor<?x?xf32>, %i: index, %j: index):
  %c0 = arith.constant 0 : index
  %c42 = arith.constant 42 : i32
  %c42_0 = arith.constant 42 : i32
  %m1 = arith.constant -1 : i64
  %t1 = arith.constant true
  %f1 = arith.constant 1.5 : f32
  %tagged = arith.constant {tag} 7 : i8
  %0 = tensor.extract %t[%i] : tensor<4xf32>
  %1 = tensor.insert %x into %t[%i] : tensor<4xf32>
  %2 = tensor.empty(%i, %j) : tensor<?x?xf32>
  %3 = tensor.empty() : tensor<4xf32>
  %4 = tensor.generate %i, %j {
  ^bb0(%a: index, %b: index):
    tensor.yield %x : f32
  } : tensor<?x?xf32>
  %5 = tensor.pad %rt low[1, %i] high[%j, 2] {
  ^bb0(%a: index, %b: index):
    tensor.yield %x : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  %6 = tensor.pad %t nofold low[0] high[0] {
  ^bb0(%a: index):
    tensor.yield %x : f32
  } {tag} : tensor<4xf32> to tensor<4xf32>
  %7 = memref.alloc() : memref<4xf32>
  %8 = memref.alloc(%i)[%j] {alignment = 64} : memref<4x?xf32, affine_map<(d0, d1)[s0] -> (d0 + d1 + s0)>>
  %9 = memref.alloc()[%j] : memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  "test.region"() ({
    %10 = tensor.extract %t[%i] : tensor<4xf32>
    %c42_1 = arith.constant 42 : i32
    "test.end"() : () -> ()
  }) : () -> ()
  %11 = tensor.extract %t[%i] : tensor<4xf32>
  %12 = gpu.thread_id x
  %13 = gpu.block_dim y upper_bound 64
  %14 = gpu.thread_id #gpu<dim z>
  %15 = index.cmp slt(%i, %j)
  %16 = index.cmp #index<cmp_predicate uge>(%i, %j)
  "test.end"() : () -> ()
}) : () -> ()
