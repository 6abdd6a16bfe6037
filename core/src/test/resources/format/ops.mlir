// Ops of upstream dialects whose syntax is a declarative assembly format, written loosely.
"test.f"() ({
^bb0(%a: i32, %b: i32, %x: f32, %y: f32, %c: i1, %i: index, %j: index,
     %m: memref<4x?xf32>, %t: tensor<4xf32>, %v: vector<4xf32>, %w: vector<4xi32>, %vc: vector<4xi1>,
     %ptr: !llvm.ptr):
  %0 = arith.addi %a,%b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.addi %a, %b overflow<nuw,nsw> {tag = "x"} : i32
  %3 = arith.subi %a, %b overflow<none> : i32
  %4 = arith.muli %w, %w : vector<4xi32>
  %5 = arith.addi %a, %b {overflowFlags = #arith.overflow<nsw>} : i32
  %6 = arith.addf %x, %y : f32
  %7 = arith.addf %x, %y fastmath<fast> : f32
  %8 = arith.mulf %x, %y fastmath<nnan, ninf> : f32
  %9 = arith.addf %x, %y fastmath<contract,reassoc> : f32
  %10 = arith.addf %x, %y fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  %11 = arith.negf %x fastmath<nsz> : f32
  %12 = arith.cmpi slt, %a, %b : i32
  %13 = arith.cmpi "uge", %a, %b : i32
  %14 = arith.cmpi eq, %w, %w : vector<4xi32>
  %15 = arith.cmpf oeq, %x, %y : f32
  %16 = arith.cmpf true, %x, %y fastmath<nnan> : f32
  %17 = arith.cmpi sle, %a, %b {predicate = 2 : i64} : i32
  %18 = arith.select %c, %a, %b : i32
  %19 = arith.select %vc, %w, %w : vector<4xi1>, vector<4xi32>
  %20 = arith.index_cast %i : index to i32
  %21 = arith.extsi %a : i32 to i64
  %22 = arith.sitofp %a : i32 to f32
  %23 = arith.maxsi %a, %b : i32
  %24 = math.sqrt %x : f32
  %25 = math.fma %x, %y, %x fastmath<fast> : f32
  %26 = memref.load %m[%i, %j] : memref<4x?xf32>
  memref.store %x, %m[%i, %j] : memref<4x?xf32>
  memref.store %x, %m[%i, %j] {nontemporal = true} : memref<4x?xf32>
  memref.store %x, %m[%i, %j] {nontemporal = false} : memref<4x?xf32>
  %27 = vector.broadcast %x : f32 to vector<4xf32>
  %28 = vector.reduction <add>, %v : vector<4xf32> into f32
  %29 = vector.reduction <maxnumf>, %v, %x fastmath<nnan> : vector<4xf32> into f32
  %30 = vector.reduction #vector.kind<mul>, %v : vector<4xf32> into f32
  %31 = vector.shuffle %v, %v [0, 1, 7] : vector<4xf32>, vector<4xf32>
  %33 = vector.fma %v, %v, %v : vector<4xf32>
  %34 = vector.extract %v[2] : f32 from vector<4xf32>
  %35 = vector.extract %v[%i] : f32 from vector<4xf32>
  %36 = vector.insert %x, %v [3] : f32 into vector<4xf32>
  %37 = vector.load %m[%i, %j] : memref<4x?xf32>, vector<4xf32>
  vector.store %v, %m[%i, %j] : memref<4x?xf32>, vector<4xf32>
  %38 = vector.bitcast %v : vector<4xf32> to vector<4xi32>
  %39 = vector.shape_cast %v : vector<4xf32> to vector<2x2xf32>
  %40 = vector.from_elements %x, %y : vector<2xf32>
  vector.print %v : vector<4xf32>
  vector.print punctuation <comma>
  vector.print str "hello"
  vector.print %x : f32 punctuation <no_punctuation>
  vector.print punctuation <open> {tag}
  cf.assert %c, "it holds"
  %mask = vector.create_mask %i, %j : vector<4x4xi1>
  %cmask = vector.constant_mask [2, 3] : vector<4x4xi1>
  %l0 = llvm.load %ptr : !llvm.ptr -> i32
  %l1 = llvm.load volatile %ptr atomic syncscope("agent") monotonic {alignment = 4 : i64} : !llvm.ptr -> i32
  %l2 = llvm.load %ptr atomic acquire {alignment = 8 : i64} : !llvm.ptr -> i32
  %l3 = llvm.load %ptr invariant invariant_group : !llvm.ptr -> f32
  %41:2 = "test.two"() : () -> (i32, f32)
  %42 = arith.addi %41#0, %a : i32
  cf.br ^bb1(%a, %x : i32, f32)
^bb1(%p: i32, %q: f32):
  cf.cond_br %c, ^bb2, ^bb3(%p : i32)
^bb2:
  cf.cond_br %c, ^bb3(%p : i32), ^bb4 {weights}
^bb3(%r: i32):
  "test.ret"(%r) : (i32) -> ()
^bb4:
  "test.ret"() : () -> ()
}) : () -> ()
