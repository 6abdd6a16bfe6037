// Parallel loop bands: bounds as expressions or max/min groups, steps, reductions.
func.func @bands(%A: memref<100x100xf32>, %n: index, %m: index) -> (f32, i32) {
  affine.parallel (%i, %j) = (0, 0) to (10, symbol(%n)) {
    %v = affine.load %A[%i, %j] : memref<100x100xf32>
    affine.store %v, %A[%j, %i] : memref<100x100xf32>
  }
  affine.parallel (%i) = (max(0, %n, symbol(%m) - 4)) to (min(%n + 1, 99)) step (3) {
  }
  %r:2 = affine.parallel (%i, %j) = (0, 0) to (10, 20) step (1, 2) reduce ("addf", "addi") -> (f32, i32) {
    %v = affine.load %A[%i, %j] : memref<100x100xf32>
    %c = arith.constant 1 : i32
    affine.yield %v, %c : f32, i32
  }
  affine.parallel (%i) = (0) to (10) {
    affine.parallel (%j, %k) = (%i, symbol(%n)) to (%i * 2 + symbol(%n), min(%i, %n + %m)) {
      "use"(%i, %j, %k) : (index, index, index) -> ()
    }
  } {tag}
  affine.parallel () = () to () {
  }
  %s = affine.parallel (%i) = (0) to (4) reduce ("assign") -> index {
    affine.yield %i : index
  }
  return %r#0, %r#1 : f32, i32
}
