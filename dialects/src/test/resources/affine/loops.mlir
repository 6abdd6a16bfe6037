// Loops and conditionals: bounds of every form, steps, loop-carried values, results.
#lb = affine_map<(d0)[s0] -> (d0 + s0, 10)>
#ub = affine_map<(d0) -> (d0 * 2, 100)>
#set = affine_set<(d0)[s0] : (d0 - 1 >= 0, s0 - d0 == 0)>
#empty = affine_set<(d0) : (1 == 0)>

func.func @bounds(%n: index, %m: index) {
  affine.for %i = 0 to 10 {
    affine.for %j = affine_map<(d0) -> (d0)>(%i) to %n {
      "use"(%i, %j) : (index, index) -> ()
    }
    affine.for %j = max #lb(%i)[%m] to min #ub(%i) step 3 {
      "use"(%j) : (index) -> ()
    }
    affine.for %j = affine_map<(d0) -> (d0 + 1)>(%i) to affine_map<()[s0, s1] -> (s0 + s1)>()[%n, %m] {
    }
    affine.for %j = max affine_map<()[s0] -> (s0, 0)>()[%n] to 20 step 1 {
    }
  } {tag = "outer"}
  affine.for %i = -5 to -1 {
  }
  affine.for %i = 0 to 9223372036854775807 step 9223372036854775807 {
  }
  return
}

func.func @carried(%init: f32, %n: index) -> (f32, index) {
  %r:2 = affine.for %i = 0 to %n iter_args(%acc = %init, %k = %n) -> (f32, index) {
    %s = arith.addf %acc, %acc : f32
    affine.yield %s, %i : f32, index
  }
  %z = affine.for %i = 0 to 4 iter_args(%x = %init) -> f32 {
    affine.yield %x : f32
  }
  return %r#0, %r#1 : f32, index
}

func.func @conditionals(%i: index, %n: index, %a: f32, %b: f32) -> f32 {
  affine.if #set(%i)[%n] {
    "then"() : () -> ()
  }
  affine.if #set(%i)[%n] {
    "then"() : () -> ()
  } else {
    "else"() : () -> ()
  }
  affine.if #empty(%i) {
  } else {
  }
  %r = affine.if affine_set<()[s0] : (s0 >= 0)>()[%n] -> f32 {
    affine.yield %a : f32
  } else {
    affine.yield %b : f32
  }
  %p:2 = affine.if #set(%i)[%n] -> (f32, index) {
    affine.yield %a, %i : f32, index
  } else {
    affine.yield %b, %n : f32, index
  } {note = 1 : i32}
  return %r : f32
}

func.func @arith(%i: index, %j: index, %n: index) -> (index, index, index, index) {
  %0 = affine.apply affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 floordiv 2 - s0 mod 3)>(%i, %j)[%n]
  %1 = affine.apply affine_map<() -> (42)>()
  %2 = affine.min affine_map<(d0)[s0] -> (d0, s0, 16)>(%0)[%n]
  %3 = affine.max affine_map<(d0, d1) -> (d0 - d1, 0)>(%i, %j) {tag}
  %4 = affine.apply affine_map<()[s0] -> (s0 ceildiv 8)>()[%n]
  return %1, %2, %3, %4 : index, index, index, index
}
