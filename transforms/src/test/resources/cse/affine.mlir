// ARGS: --cse -allow-unregistered-dialect -split-input-file
// Affine ops under cse: pure index arithmetic merges, loads merge only while no store may
// come between them, and loops and conditionals hold their own scopes.
#map = affine_map<(d0)[s0] -> (d0 * 2 + s0)>
func.func @loads_and_stores(%A: memref<8xf32>, %B: memref<8xf32>, %i: index, %v: f32) -> (f32, f32, f32, f32) {
  %a = affine.load %A[%i] : memref<8xf32>
  %b = affine.load %A[%i] : memref<8xf32>
  affine.store %v, %B[%i + 1] : memref<8xf32>
  %c = affine.load %A[%i] : memref<8xf32>
  %d = affine.load %A[%i + 1] : memref<8xf32>
  %s = arith.addf %a, %b : f32
  return %s, %c, %d, %b : f32, f32, f32, f32
}

// -----

#map = affine_map<(d0)[s0] -> (d0 * 2 + s0)>
func.func @apply_min_max(%i: index, %n: index) -> (index, index, index, index, index, index) {
  %0 = affine.apply #map(%i)[%n]
  %1 = affine.apply #map(%i)[%n]
  %2 = affine.apply #map(%n)[%i]
  %3 = affine.min affine_map<(d0) -> (d0, 4)>(%0)
  %4 = affine.min affine_map<(d0) -> (d0, 4)>(%1)
  %5 = affine.max affine_map<(d0) -> (d0, 4)>(%1)
  return %0, %1, %2, %3, %4, %5 : index, index, index, index, index, index
}

// -----

func.func @loop_bodies(%A: memref<8xf32>, %n: index) -> f32 {
  %c1 = arith.constant 1 : index
  %x = affine.load %A[0] : memref<8xf32>
  %r = affine.for %i = 0 to %n iter_args(%acc = %x) -> (f32) {
    %c1_0 = arith.constant 1 : index
    %j = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    %k = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    %y = affine.load %A[%j] : memref<8xf32>
    %z = affine.load %A[%k] : memref<8xf32>
    %s = arith.addf %y, %z : f32
    "use"(%c1_0, %c1) : (index, index) -> ()
    affine.yield %s : f32
  }
  %again = affine.load %A[0] : memref<8xf32>
  affine.for %i = 0 to 4 {
    affine.store %r, %A[%i] : memref<8xf32>
  }
  %after = affine.load %A[0] : memref<8xf32>
  %t = arith.addf %again, %after : f32
  return %t : f32
}

// -----

func.func @conditionals(%A: memref<8xf32>, %i: index, %n: index) -> (f32, f32) {
  %x = affine.load %A[%i] : memref<8xf32>
  %r = affine.if affine_set<(d0)[s0] : (s0 - d0 - 1 >= 0)>(%i)[%n] -> f32 {
    %y = affine.load %A[%i] : memref<8xf32>
    affine.yield %y : f32
  } else {
    affine.yield %x : f32
  }
  %z = affine.load %A[%i] : memref<8xf32>
  return %r, %z : f32, f32
}
