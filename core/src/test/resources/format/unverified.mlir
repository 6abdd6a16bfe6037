// Ops whose verifiers want context these inputs lack (an enclosing function, a callee), to
// check their syntax alone.
memref.global "private" constant @g : memref<2xf32> = uninitialized
memref.global @h : memref<2xf32>
memref.global "public" @k : memref<3xi32> = uninitialized {alignment = 64}
pdl.pattern @p : benefit(1) {
  "test.x"() : () -> ()
}
pdl.pattern : benefit(2) attributes {x} {
  "test.x"() : () -> ()
}
"test.f"() ({
^bb0(%a: i32, %x: f32, %t: tensor<?xf32>, %i: index, %p: !llvm.ptr<1>):
  %b0 = xevm.blockload %p <{cache_control = #xevm.load_cache_control<L1uc_L2uc_L3uc>}> : (!llvm.ptr<1>) -> vector<8xi16>
  %b1 = xevm.blockload %p {tag} : (!llvm.ptr<1>) -> vector<8xi16>
  %0 = func.call @callee(%a, %x) : (i32, f32) -> i32
  func.call @nothing() : () -> ()
  %1:2 = func.call @two() {tag} : () -> (i32, i32)
  "test.region"() ({
    scf.yield
  }) : () -> ()
  "test.region"() ({
    scf.yield %a, %x : i32, f32
  }) : () -> ()
  "test.region"() ({
    func.return %a : i32
  }) : () -> ()
  "test.region"() ({
    func.return {tag}
  }) : () -> ()
  "test.region"() ({
    func.return %a, %x : i32, f32
  }) : () -> ()
}) : () -> ()
