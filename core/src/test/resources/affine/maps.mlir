// Affine maps, integer sets and memref layouts; maps.expected.mlir holds what
// mlir-opt 22 prints for this file.
#a = affine_map<() -> (9223372036854775807 + 1)>
#b = affine_map<(d0) -> (d0 - 9223372036854775807 - 1)>
#c = affine_map<(d0) -> (d0 * 9223372036854775807 * 2)>
#d = affine_map<(d0)[s0] -> (d0 * -1, -d0, d0 * -2 + s0, s0 - d0 * 2, s0 + d0 * -1, (d0 + s0) * -1, -(d0 floordiv 2))>
#e = affine_map<(d0)[s0] -> (d0 floordiv -2, d0 mod 0, d0 ceildiv -3, 7 floordiv 0, 7 mod -2, 7 ceildiv s0)>
#f = affine_map<(d0, d1)[s0] -> (s0 * d0, s0 * (d0 + d1), (d0 + d1) * s0, s0 * s0 * 3, 3 * s0 * d0)>
"t.op"() {a = #a, b = #b, c = #c, d = #d, e = #e, f = #f} : () -> ()
"t.op"() {
a = affine_map<() -> (9223372036854775807 * 2)>,
b = affine_map<() -> (2 * 9223372036854775807)>,
c = affine_map<(d0) -> (d0 + 9223372036854775807 + 1)>,
d = affine_map<(d0) -> (1 + 9223372036854775807 + d0)>,
e = affine_map<(d0) -> ((d0 + 9223372036854775807) + (d0 + 1))>,
f = affine_map<(d0) -> (d0 * 9223372036854775807 + d0 * 2)>,
h = affine_map<(d0) -> (d0 + 9223372036854775807 * 3)>,
i = affine_map<(d0) -> (-9223372036854775807 - 1)>,
j = affine_map<(d0) -> (-9223372036854775807 - 2)>,
k = affine_map<(d0) -> (-(-9223372036854775807 - 1))>,
l = affine_map<(d0) -> (d0 * (-9223372036854775807 - 1))>,
m = affine_map<(d0) -> (d0 * 4 - d0 * 9223372036854775807)>
} : () -> ()
"t.op"() {
a = affine_map<(d0) -> (((d0 * 4) floordiv 2) mod 2, ((d0 * 8) ceildiv 2) mod 4, (d0 * 4) floordiv -2, ((d0 * 4) floordiv -2) mod 2)>,
b = affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0, (d0 * s0) mod s0, (s0 * 4 + s0) floordiv s0, (d0 + s0) floordiv s0)>,
c = affine_map<(d0)[s0] -> ((d0 mod 6) mod 3, (d0 mod 6) mod 4, (d0 mod 6) mod 6, (d0 mod -6) mod 3)>,
d = affine_map<(d0, d1) -> ((d0 * 4 + d1 * 8) floordiv 4, (d0 * 4 + d1) floordiv 4, (d0 + d1 * 4) floordiv 4, (d0 + d1 * 4) mod 4, (d0 * 4 + d1) mod 4)>,
e = affine_map<(d0, d1) -> (d0 * 2 + d0, d0 + d0, d0 * 2 + d0 * 3, d0 - d0, d0 * 2 - d0 * 2)>,
f = affine_map<(d0, d1)[s0] -> (d0 - (d0 floordiv s0) * s0, d0 - s0 * (d0 floordiv s0), (d0 floordiv 4) * -4 + d0, d0 + (d0 floordiv 4) * -4)>,
g = affine_map<(d0, d1)[s0] -> (d0 + s0 + 1, s0 + d0, s0 + 1 + d0, 1 + s0 + d0 + 2, (d0 + 2) + d1, (d0 + 2) + (d1 + 3))>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1) -> (7 floordiv -2, 7 ceildiv -2, -7 floordiv -2, -7 ceildiv -2, 7 mod -2, 0 floordiv -3)>,
b = affine_map<(d0, d1) -> ((d0 * 4) ceildiv -2, (d0 * 4) mod -2, (d0 * 4 + d1 * 8) floordiv -4, d0 ceildiv -1, (d0 * 6) floordiv -4, (d0 * -6) floordiv 3, (d0 * -6) floordiv -3)>,
c = affine_map<(d0, d1) -> ((d0 * 4 + d1 * 8) ceildiv 4, (d0 * 4 + d1 * 8) mod 4, (d0 * 4 + d1) ceildiv 4, (d0 * 8) mod 4, (d0 floordiv 2) mod 2)>,
d = affine_map<(d0, d1) -> (((d0 * 8) floordiv 2) mod 4, ((d0 * 8) ceildiv 2) floordiv 2, ((d0 * 8 + 4) floordiv 2) mod 2, ((d0 * 12) floordiv 4) mod 3)>,
e = affine_map<(d0, d1) -> (d0 floordiv 1, d0 ceildiv 1, d0 mod 1, (d0 + 3) floordiv 1, 3 mod 1)>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1) -> ((((d0 * 4) mod 8) floordiv 2) mod 2, (((d0 * 4) mod 8) floordiv -2) mod 2, (((d0 * 4) mod 8) ceildiv 2) mod 2, (((d0 * 4) mod 8) floordiv 3) mod 2)>,
b = affine_map<(d0, d1) -> ((-9223372036854775807 - 1) floordiv -1, (-9223372036854775807 - 1) ceildiv -1, (-9223372036854775807 - 1) mod 3)>,
c = affine_map<(d0, d1) -> ((d0 * 6) mod 4, (d0 * 6 + 3) mod 3, ((d0 * 6) mod 4) mod 2, (d0 * 4 + d1 * 6) mod 2)>,
d = affine_map<(d0, d1)[s0] -> ((d0 * s0 * 4) mod 2, (d0 * 4) floordiv s0, (s0 * 4) mod 4, (d0 + 4) floordiv 2)>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1) -> ((d0 * 3) floordiv -1, (d0 * 3) ceildiv -1, (d0 * -3) floordiv -1, (d0 * 2 + d1 * 3) floordiv -1, (d0 + d1 * 2) floordiv -2)>,
b = affine_map<(d0, d1) -> (d0 * -1 * -1, -(-d0), -(d0 * 2), -(d0 + 1), -(d0 - 1), -(-(d0 + 1)))>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1, d2)[s0, s1] -> (d1 + d0, d2 + d1 + d0, s1 + s0, d1 * 2 + d0, d1 + d0 * 2, d2 + (d1 + d0), (d1 + d0) + d2, d1 floordiv 2 + d0, d1 + d0 floordiv 2)>,
b = affine_map<(d0, d1, d2)[s0, s1] -> (d1 + 5 + d0, d2 + 5 + d1 - 5, d1 * s0 + d0 * s1, s1 * d1 + s0, (d1 + 1) + (d0 + 2), d0 + d1 + d0)>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1, d2)[s0, s1] -> (s1 * s0, s1 * s0 * d1, d1 * s1 * s0, s1 + d1 + s0, (s1 + s0) * d0, d1 * 3 + d0 * 3, d1 mod 2 + d0 mod 2, d1 - d0, s1 - s0, -d1 + d0, -d1 - d0)>,
b = affine_map<(d0, d1, d2)[s0, s1] -> (d1 * s1 + d0 * s0, d2 + d1 * 2 + d0, (d1 + 3) * s0 + d0, d0 * s1 + d0 * s0)>
} : () -> ()
"t.op"() {
a = affine_map<(d0, d1, d2)[s0, s1, s2] -> (s1 * 2 * s0, (d2 + 1) + d1, s2 * s1 * s0, s2 + s1 + s0, d1 * (s1 * s0), (s1 + 1) * s0, s1 floordiv s0, s1 mod s0, d1 + d1, s1 * s1)>
} : () -> ()
#s0 = affine_set<(d0) : (d0 >= 0)>
#s1 = affine_set<(i, j)[N] : (i >= 0, N - i - 1 >= 0, j == 0, i <= j, 2 * i + 3 >= j floordiv 2)>
#s2 = affine_set<(d0) : ()>
#s3 = affine_set<() : (1 == 0)>
#s4 = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
#s5 = affine_set<(d0, d1) : (d0 >= d1, d0 == d1, d0 <= d1, -d0 >= -5, d0 * 2 >= 0, 0 == 0, 3 >= 0)>
#s6 = affine_set<(d0, d1)[s0] : (d0 mod 4 == 0, d1 - d0 floordiv 2 >= 0, s0 * d0 >= 0, -(d0 + d1) >= 1)>
"t.sets"() {a = #s0, b = #s1, c = #s2, d = #s3, e = #s4, f = #s5, g = #s6} : () -> ()
#named = affine_map<(i, j, k)[N, M] -> (i + N, j * M + k, (i + j) floordiv M, k mod 4)>
#keywords = affine_map<(i32, index)[mod, floordiv, loc, step] -> (i32 + index, mod floordiv 2, floordiv mod 3, loc - step)>
#dotted = affine_map<(a.b, c$d, _e)[f_1] -> (a.b + c$d * f_1 - _e)>
#spaced = affine_map< ( d0 ,d1 )
    [ s0 ] -> ( d0+s0 ,
      d1*2   // comment inside
    ) >
#tight = affine_map<(d0,d1)[s0]->(d0*s0+d1*-1,-d1-d0,2*d0 floordiv 3)>
#hex = affine_map<(d0) -> (0x10 + d0, d0 * 0xff, 0x7FFFFFFFFFFFFFFF)>
#empty = affine_map<() -> ()>
#noresult = affine_map<(d0, d1)[s0] -> ()>
#symonly = affine_map<()[s0, s1] -> (s0, s1 + s0)>
#emptysyms = affine_map<(d0)[] -> (d0)>
#ident2 = affine_map<(d0, d1) -> (d0, d1)>
#perm = affine_map<(d0, d1) -> (d1, d0)>
#simp = affine_map<(d0, d1)[s0] -> (d0 - d0 + d1, d0 + (d0 floordiv 4) mod -4, d0 + ((d0 floordiv s0) * s0) floordiv -1, d0 * 4 - d0 * 4 + 1, (d0 - d0) * d1, d1 * (d0 - d0))>
"t.maps"() {a = #named, b = #keywords, c = #dotted, d = #spaced, e = #tight, f = #hex, g = #empty, h = #noresult, i = #symonly, j = #emptysyms, k = #ident2, l = #perm, m = #simp} : () -> ()
"t.layouts"() {
  a = memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>,
  b = memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>,
  c = memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0, d1)>, 1>,
  d = memref<f32, affine_map<() -> ()>>,
  e = memref<f32, affine_map<() -> (0)>, 3>,
  f = memref<8xi8, affine_map<(d0)[s0] -> (d0 + s0)>>,
  g = memref<?x4xf32, affine_map<(d0, d1) -> (d0 * 4 + d1)>, "space">,
  h = memref<2x3xf32, #perm>,
  i = memref<2x3xf32, #ident2>
} : () -> ()
"t.inline"() {m = affine_map<(d0) -> (d0 + 1)>, s = affine_set<(d0) : (d0 >= 0)>, arr = [affine_map<(d0) -> (d0 + 1)>, affine_map<(d0) -> (d0 + 2)>]} : () -> ()
