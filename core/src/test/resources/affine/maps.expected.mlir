// Produced by mlir-opt 22: mlir-opt --allow-unregistered-dialect maps.mlir
#map = affine_map<() -> (9223372036854775807 + 1)>
#map1 = affine_map<(d0) -> (d0 - -9223372036854775808)>
#map2 = affine_map<(d0) -> (d0 * -2)>
#map3 = affine_map<(d0)[s0] -> (-d0, -d0, d0 * -2 + s0, d0 * -2 + s0, -d0 + s0, -(d0 + s0), -(d0 floordiv 2))>
#map4 = affine_map<(d0)[s0] -> (d0 floordiv -2, d0 mod 0, d0 ceildiv -3, 7 floordiv 0, 7 mod -2, 7 ceildiv s0)>
#map5 = affine_map<(d0, d1)[s0] -> (d0 * s0, (d0 + d1) * s0, (d0 + d1) * s0, (s0 * s0) * 3, d0 * (s0 * 3))>
#map6 = affine_map<() -> (9223372036854775807 * 2)>
#map7 = affine_map<() -> (2 * 9223372036854775807)>
#map8 = affine_map<(d0) -> (d0 + 1 + 9223372036854775807)>
#map9 = affine_map<(d0) -> (d0 + d0 + 1 + 9223372036854775807)>
#map10 = affine_map<(d0) -> (d0 * -9223372036854775807)>
#map11 = affine_map<(d0) -> (d0 + 9223372036854775807 * 3)>
#map12 = affine_map<(d0) -> (-9223372036854775808)>
#map13 = affine_map<(d0) -> (-9223372036854775807 - 2)>
#map14 = affine_map<(d0) -> (--9223372036854775808)>
#map15 = affine_map<(d0) -> (d0 * -9223372036854775808)>
#map16 = affine_map<(d0) -> (d0 * -9223372036854775803)>
#map17 = affine_map<(d0) -> (0, 0, d0 * -2, 0)>
#map18 = affine_map<(d0)[s0] -> ((d0 * s0) floordiv s0, (d0 * s0) mod s0, (s0 * 5) floordiv s0, (d0 + s0) floordiv s0)>
#map19 = affine_map<(d0)[s0] -> (d0 mod 3, (d0 mod 6) mod 4, d0 mod 6, (d0 mod -6) mod 3)>
#map20 = affine_map<(d0, d1) -> (d0 + d1 * 2, d0 + d1 floordiv 4, d0 floordiv 4 + d1, d0 mod 4, d1 mod 4)>
#map21 = affine_map<(d0, d1) -> (d0 * 3, d0 * 2, d0 * 5, 0, 0)>
#map22 = affine_map<(d0, d1)[s0] -> (d0 mod s0, d0 mod s0, (d0 floordiv 4) * -4 + d0, d0 mod 4)>
#map23 = affine_map<(d0, d1)[s0] -> (d0 + s0 + 1, d0 + s0, d0 + s0 + 1, d0 + s0 + 1 + 2, d0 + d1 + 2, d0 + d1 + 3 + 2)>
#map24 = affine_map<(d0, d1) -> (-4, -3, 3, 4, 7 mod -2, 0)>
#map25 = affine_map<(d0, d1) -> (d0 * -2, (d0 * 4) mod -2, -d0 - d1 * 2, d0 ceildiv -1, (d0 * 6) floordiv -4, d0 * -2, d0 * 2)>
#map26 = affine_map<(d0, d1) -> ((d0 * 4 + d1 * 8) ceildiv 4, 0, (d0 * 4 + d1) ceildiv 4, 0, (d0 floordiv 2) mod 2)>
#map27 = affine_map<(d0, d1) -> (0, d0 * 2, 0, 0)>
#map28 = affine_map<(d0, d1) -> (d0, d0, 0, d0 + 3, 0)>
#map29 = affine_map<(d0, d1) -> (0, 0, 0, (((d0 * 4) mod 8) floordiv 3) mod 2)>
#map30 = affine_map<(d0, d1) -> (-9223372036854775808 floordiv -1, -9223372036854775808 ceildiv -1, 1)>
#map31 = affine_map<(d0, d1) -> ((d0 * 6) mod 4, 0, 0, 0)>
#map32 = affine_map<(d0, d1)[s0] -> (0, (d0 * 4) floordiv s0, 0, d0 floordiv 2 + 2)>
#map33 = affine_map<(d0, d1) -> (d0 * -3, d0 * -3, d0 * 3, d0 * -2 - d1 * 3, d0 floordiv -2 - d1)>
#map34 = affine_map<(d0, d1) -> (d0, d0, d0 * -2, -(d0 + 1), -(d0 - 1), d0 + 1)>
#map35 = affine_map<(d0, d1, d2)[s0, s1] -> (d0 + d1, d1 + d2 + d0, s0 + s1, d1 * 2 + d0, d1 + d0 * 2, d2 + d0 + d1, d0 + d1 + d2, d1 floordiv 2 + d0, d1 + d0 floordiv 2)>
#map36 = affine_map<(d0, d1, d2)[s0, s1] -> (d0 + d1 + 5, d1 + d2, d1 * s0 + d0 * s1, d1 * s1 + s0, d1 + d0 + 2 + 1, d0 + d1 + d0)>
#map37 = affine_map<(d0, d1, d2)[s0, s1] -> (s0 * s1, d1 * (s0 * s1), (d1 * s1) * s0, d1 + s1 + s0, d0 * (s0 + s1), d1 * 3 + d0 * 3, d1 mod 2 + d0 mod 2, d1 - d0, s1 - s0, -d1 + d0, -d1 - d0)>
#map38 = affine_map<(d0, d1, d2)[s0, s1] -> (d1 * s1 + d0 * s0, d2 + d1 * 2 + d0, (d1 + 3) * s0 + d0, d0 * s1 + d0 * s0)>
#map39 = affine_map<(d0, d1, d2)[s0, s1, s2] -> ((s0 * s1) * 2, d1 + d2 + 1, (s1 * s2) * s0, s1 + s2 + s0, d1 * (s0 * s1), (s1 + 1) * s0, s1 floordiv s0, s1 mod s0, d1 * 2, s1 * s1)>
#map40 = affine_map<(d0, d1, d2)[s0, s1] -> (d0 + s0, d1 * s1 + d2, (d0 + d1) floordiv s1, d2 mod 4)>
#map41 = affine_map<(d0, d1)[s0, s1, s2, s3] -> (d0 + d1, s0 floordiv 2, s1 mod 3, s2 - s3)>
#map42 = affine_map<(d0, d1, d2)[s0] -> (d0 + d1 * s0 - d2)>
#map43 = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>
#map44 = affine_map<(d0, d1)[s0] -> (d0 * s0 - d1, -d1 - d0, (d0 * 2) floordiv 3)>
#map45 = affine_map<(d0) -> (d0 + 16, d0 * 255, 9223372036854775807)>
#map46 = affine_map<() -> ()>
#map47 = affine_map<(d0, d1)[s0] -> ()>
#map48 = affine_map<()[s0, s1] -> (s0, s0 + s1)>
#map49 = affine_map<(d0) -> (d0)>
#map50 = affine_map<(d0, d1) -> (d0, d1)>
#map51 = affine_map<(d0, d1) -> (d1, d0)>
#map52 = affine_map<(d0, d1)[s0] -> (d1, d0 + (d0 floordiv 4) mod -4, d0 mod s0, 1, 0, 0)>
#map53 = affine_map<() -> (0)>
#map54 = affine_map<(d0)[s0] -> (d0 + s0)>
#map55 = affine_map<(d0, d1) -> (d0 * 4 + d1)>
#map56 = affine_map<(d0) -> (d0 + 1)>
#map57 = affine_map<(d0) -> (d0 + 2)>
#set = affine_set<(d0) : (d0 >= 0)>
#set1 = affine_set<(d0, d1)[s0] : (d0 >= 0, -d0 + s0 - 1 >= 0, d1 == 0, d1 - d0 >= 0, d0 * 2 - d1 floordiv 2 + 3 >= 0)>
#set2 = affine_set<(d0) : (0 == 0)>
#set3 = affine_set<() : (1 == 0)>
#set4 = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
#set5 = affine_set<(d0, d1) : (d0 - d1 >= 0, d0 - d1 == 0, d1 - d0 >= 0, -d0 + 5 >= 0, d0 * 2 >= 0, 0 == 0, 3 >= 0)>
#set6 = affine_set<(d0, d1)[s0] : (d0 mod 4 == 0, d1 - d0 floordiv 2 >= 0, d0 * s0 >= 0, -(d0 + d1) - 1 >= 0)>
module {
  "t.op"() {a = #map, b = #map1, c = #map2, d = #map3, e = #map4, f = #map5} : () -> ()
  "t.op"() {a = #map6, b = #map7, c = #map1, d = #map8, e = #map9, f = #map10, h = #map11, i = #map12, j = #map13, k = #map14, l = #map15, m = #map16} : () -> ()
  "t.op"() {a = #map17, b = #map18, c = #map19, d = #map20, e = #map21, f = #map22, g = #map23} : () -> ()
  "t.op"() {a = #map24, b = #map25, c = #map26, d = #map27, e = #map28} : () -> ()
  "t.op"() {a = #map29, b = #map30, c = #map31, d = #map32} : () -> ()
  "t.op"() {a = #map33, b = #map34} : () -> ()
  "t.op"() {a = #map35, b = #map36} : () -> ()
  "t.op"() {a = #map37, b = #map38} : () -> ()
  "t.op"() {a = #map39} : () -> ()
  "t.sets"() {a = #set, b = #set1, c = #set2, d = #set3, e = #set4, f = #set5, g = #set6} : () -> ()
  "t.maps"() {a = #map40, b = #map41, c = #map42, d = #map43, e = #map44, f = #map45, g = #map46, h = #map47, i = #map48, j = #map49, k = #map50, l = #map51, m = #map52} : () -> ()
  "t.layouts"() {a = memref<4x4xf32, #map51>, b = memref<4x4xf32>, c = memref<4x4xf32, 1>, d = memref<f32>, e = memref<f32, #map53, 3>, f = memref<8xi8, #map54>, g = memref<?x4xf32, #map55, "space">, h = memref<2x3xf32, #map51>, i = memref<2x3xf32>} : () -> ()
  "t.inline"() {arr = [#map56, #map57], m = #map56, s = #set} : () -> ()
}

