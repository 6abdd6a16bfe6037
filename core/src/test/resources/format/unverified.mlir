// Ops whose verifiers want context these inputs lack (an enclosing function, a callee), to
// check their syntax alone.
"test.f"() ({
^bb0(%a: i32, %x: f32, %t: tensor<?xf32>, %i: index):
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
