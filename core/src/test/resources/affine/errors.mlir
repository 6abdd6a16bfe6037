// Malformed affine maps and integer sets; each chunk fails with the errors
// recorded in errors.expected.
#x = affine_map(d0) -> (d0)>
// -----
#x = affine_map<(d0) -> (d0)
// -----
#x = affine_map<(d0) -> (d0)
"t.op"() : () -> ()
// -----
#x = affine_map<(d0) : (d0 >= 0)>
// -----
#x = affine_set<(d0) -> (d0)>
// -----
#x = affine_set(d0) : (d0 >= 0)>
// -----
#x = affine_set<(d0) : (d0 >= 0)
// -----
#x = affine_map<(d0) (d0)>
// -----
#x = affine_map<d0 -> (d0)>
// -----
#x = affine_map<(d0)[symbol] -> (symbol)>
// -----
#x = affine_map<(d0)[s0] -> (%x)>
// -----
#x = affine_map<(d0, ) -> (d0)>
// -----
#x = affine_map<(d0)[s0 -> (d0)>
// -----
#x = affine_map<(d0 -> (d0)>
// -----
#x = affine_map<(d0) -> (d0 1.5)>
// -----
#x = affine_map<(d0) -> (1.5)>
// -----
#x = affine_map<(d0) -> (d0 * 1.5)>
// -----
#x = affine_map<(d0) -> (0x10 + d0, 0xFFFFFFFFFFFFFFFF)>
// -----
#x = affine_map<(d0) -> (9223372036854775808)>
// -----
#x = affine_map<(d0) -> (d0 + 99999999999999999999)>
// -----
#x = affine_map<(i, j) [s0, s1] -> (-(), j)>
// -----
#x = affine_map<(i, j) [s0, s1] -> (- -(), j)>
// -----
#x = affine_map<(i, j) [s0, s1] -> (-, j)>
// -----
#x = affine_map<(i, j) [s0, s1] -> (i + -, j)>
// -----
#x = affine_map<(i, j) [s0, s1] -> (-(i * j), j)>
// -----
#x = affine_map<(i, j) -> (i * j * 2)>
// -----
#x = affine_map<(i, j) -> (i * 2 * j)>
// -----
#x = affine_map<(i, j) -> (i floordiv j + 1)>
// -----
#x = affine_map<(i, j) -> (i mod (j + 1) mod 2)>
// -----
#x = affine_map<(i, j) -> (i ceildiv
  j)>
// -----
#x = affine_map<(i, j) -> (i
  // a comment
  j)>
// -----
#x = affine_map<(i, j) ->
  // no parenthesis
  i + j>
// -----
#x = affine_map<(i, j) -> (i, j) // trailing
  "t.op"
// -----
#x = affine_set<(i) : (i > 0)>
// -----
#x = affine_set<(i) : (i = 0)>
// -----
#x = affine_set<(i) : (i < 0)>
// -----
#x = affine_set<(i) : (i)>
// -----
#x = affine_set<(i) : (i >= 0, )>
// -----
#x = affine_set<(i) : i >= 0>
// -----
#x = affine_set<(i) : (i >= 0>
// -----
#x = affine_map<(i, i) -> (i)>
// -----
#x = affine_map<(i)[i] -> (i)>
// -----
#x = affine_map<(i) -> (i))>
// -----
#x = affine_map<(i) -> ((i)>
// -----
#x = affine_map<(i) -> (i +)>
// -----
#x = affine_map<(i) -> (* i)>
// -----
#x = affine_map<(i) -> (i mod)>
// -----
#x = affine_map<(i) -> (floordiv)>
// -----
#x = affine_map<(i) -> (i, symbol(%x))>
// -----
#x = affine_map<(i) -> (i $ 2)>
// -----
#x = affine_map<(i) -> (- $)>
// -----
#x = affine_map<(i) -> (- - @x)>
// -----
#x = affine_map<(i) -> (i)
// -----
"t.op"() : () -> (memref<2xf32, affine_map<(d0, d1) -> (d0)>>)
// -----
"t.op"() : () -> (memref<2x3xf32, affine_map<(d0) -> (d0)>>)
// -----
"t.op"() : () -> (memref<2xf32, 1, affine_map<(d0) -> (d0)>>)
// -----
"t.op"() : () -> (memref<*xf32, affine_map<(d0) -> (d0)>>)
// -----
"t.op"() : () -> (memref<2xf32, affine_set<(d0) : (d0 >= 0)>>)
// -----
"t.op"() : () -> (memref<2xf32, 1, 2>)
// -----
"t.op"() : () -> (memref<2xf32, 0, affine_map<(d0) -> (d0)>>)
// -----
"t.op"() : () -> (memref<2xf32 affine_map<(d0) -> (d0)>>)
// -----
"t.op"() : () -> (memref<2xf32, affine_map<(d0) -> (d0)> 1>)
// -----
"t.op"() : () -> (memref<2xf32, >)
