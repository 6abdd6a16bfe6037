func.func @compose(%A: memref<100x100xf32>, %n: index, %m: index) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  affine.for %i = 0 to 64 step 8 {
    affine.for %j = 0 to 8 {
      %a = affine.apply affine_map<(d0, d1) -> (d0 + d1)>(%i, %j)
      %b = affine.apply affine_map<(d0) -> (d0 floordiv 8)>(%a)
      %c = affine.apply affine_map<(d0) -> (d0 mod 8)>(%a)
      %v = affine.load %A[%b, %c] : memref<100x100xf32>
      %w = affine.load %A[%a * 2 + %c4, %n + %m] : memref<100x100xf32>
      %x = affine.load %A[(%i + 3) floordiv 4, %j mod 16] : memref<100x100xf32>
      %y = affine.load %A[%i ceildiv 8, (%j * 4 + 2) floordiv 8] : memref<100x100xf32>
      affine.store %v, %A[%a, %c0] : memref<100x100xf32>
      affine.store %w, %A[%j, %i] : memref<100x100xf32>
      "use"(%x, %y) : (f32, f32) -> ()
    }
  }
  affine.for %i = %n to 10 {
    %p = affine.apply affine_map<(d0)[s0] -> (d0 * 3 + s0)>(%i)[%m]
    %q = affine.apply affine_map<(d0)[s0] -> (d0 - s0)>(%p)[%m]
    %v = affine.load %A[%q, %p mod 4] : memref<100x100xf32>
    "use"(%v) : (f32) -> ()
  }
  return
}
func.func @apply_chain(%n: index, %m: index) -> (index, index) {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0 * 2)>(%n)[%m]
  %1 = affine.apply affine_map<(d0) -> (d0 * 4)>(%0)
  %2 = affine.apply affine_map<(d0, d1) -> (d0 + d1)>(%n, %n)
  return %1, %2 : index, index
}
