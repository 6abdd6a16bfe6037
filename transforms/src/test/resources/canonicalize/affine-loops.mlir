func.func @loops(%n: index, %A: memref<100xf32>, %f: f32) -> (f32, f32, f32) {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  affine.for %i = affine_map<(d0) -> (d0)>(%c0) to affine_map<()[s0] -> (s0 + 2)>()[%c10] {
    affine.store %f, %A[%i] : memref<100xf32>
  }
  affine.for %i = max affine_map<()[s0] -> (s0, 0)>()[%c10] to min affine_map<(d0) -> (d0, 50)>(%c10) {
    affine.store %f, %A[%i] : memref<100xf32>
  }
  affine.for %i = 0 to %n {
    affine.for %j = affine_map<(d0) -> (d0)>(%i) to affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%n] {
      affine.store %f, %A[%j] : memref<100xf32>
    }
  }
  %r = affine.for %i = 5 to 5 iter_args(%x = %f) -> (f32) {
    %y = arith.addf %x, %x : f32
    affine.yield %y : f32
  }
  %s = affine.for %i = 0 to %n iter_args(%x = %f) -> (f32) {
    affine.yield %x : f32
  }
  %t = affine.for %i = 0 to 1 iter_args(%x = %f) -> (f32) {
    affine.yield %f : f32
  }
  affine.if affine_set<(d0) : (d0 - 5 >= 0)>(%c10) {
    affine.store %f, %A[0] : memref<100xf32>
  }
  affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0)>(%n)[%c10] {
    affine.store %f, %A[0] : memref<100xf32>
  } else {
  }
  %u = affine.if affine_set<() : (0 == 0)>() -> f32 {
    affine.yield %f : f32
  } else {
    affine.yield %r : f32
  }
  affine.if affine_set<() : (1 == 0)>() {
    affine.store %f, %A[1] : memref<100xf32>
  }
  affine.for %i = 0 to 10 {
    %a = affine.apply affine_map<(d0) -> (d0 * 2)>(%i)
    affine.if affine_set<(d0) : (d0 - 4 >= 0)>(%a) {
      affine.store %f, %A[%a] : memref<100xf32>
    }
  }
  return %s, %t, %u : f32, f32, f32
}
