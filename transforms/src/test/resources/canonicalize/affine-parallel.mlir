func.func @p(%A: memref<100x100xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c10 = arith.constant 10 : index
  affine.parallel (%i, %j) = (%c0, 0) to (%c10, symbol(%n)) {
    %a = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    %v = affine.load %A[%a, %j] : memref<100x100xf32>
    "use"(%v) : (f32) -> ()
  }
  affine.parallel (%i) = (max(0, 2)) to (min(%n, 10, 10)) {
    "use"(%i) : (index) -> ()
  }
  affine.parallel (%i) = (0) to (10) {
  }
  return
}
func.func @p2(%n: index, %m: index) {
  %a = affine.apply affine_map<(d0) -> (d0 + 1)>(%n)
  affine.parallel (%i) = (0) to (%a) {
    "use"(%i) : (index) -> ()
  }
  affine.parallel (%i) = (%m + %m) to (%n * 2 + 4 - %n) {
    "use"(%i) : (index) -> ()
  }
  return
}
