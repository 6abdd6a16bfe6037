%a = arith.constant 0 : index
%b = arith.constant 0 : index
%c = arith.constant 0 : index
%d = arith.constant 1 : i64
%e = arith.constant 1 : i64
%f = arith.constant 1.0 : f32
%g = arith.constant 2.0 : f32
%t = arith.constant true
%t2 = arith.constant true
%n = arith.constant -3 : i8
"test.op"() ({
  %x = arith.constant 0 : index
  %y = arith.constant 5 : index
  %z = arith.constant 1.0 : f32
  %s, %o = arith.addui_extended %d, %e : i64, i1
  "test.op"() ({
    %w = arith.constant 0 : index
    %w2 = arith.constant 5 : index
    %l, %h = arith.mulsi_extended %d, %e : i64
    "test.use"(%w, %w2, %l, %h, %s, %o) : (index, index, i64, i64, i64, i1) -> ()
  }) : () -> ()
  %u = arith.constant 7 : index
  "test.use"(%x, %y, %z, %u) : (index, index, f32, index) -> ()
}, {
  %x = arith.constant 0 : index
  %q = arith.constant 1.0 : f32
  "test.use"(%x, %q) : (index, f32) -> ()
}) : () -> ()
"test.op"() ({
^bb0(%arg0: index):
  %x = arith.constant 0 : index
  %s, %o = arith.addui_extended %d, %e : i64, i1
  "test.use"(%arg0, %x, %s, %o) : (index, index, i64, i1) -> ()
}) : () -> ()
%late = arith.constant 0 : index
%sum, %ov = arith.addui_extended %d, %e : i64, i1
"test.use"(%a, %b, %c, %d, %e, %f, %g, %t, %t2, %n, %late, %sum, %ov) : (index, index, index, i64, i64, f32, f32, i1, i1, i8, index, i64, i1) -> ()
