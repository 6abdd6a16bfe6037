// Random func/arith module, seed 170.
func.func @f0(%arg0: f64, %arg1: vector<2xbf16>, %arg2: i33) -> (index, i33) {
  %v0 = arith.index_castui %arg2 : i33 to index
  %v1 = arith.constant 2 : index
  %v2 = arith.muli %v1, %v0 overflow<nuw> : index
  %v3 = arith.constant -1 : i33
  %v4 = arith.remsi %arg2, %v3 : i33
  %v5:2 = arith.mului_extended %arg2, %v4 : i33
  %v6 = arith.constant 4294967295 : i33
  %v7 = arith.ceildivsi %v6, %v6 : i33
  %v8 = arith.constant -3 : index
  %v9 = arith.cmpi sle, %v0, %v8 : index
  %v10:2 = arith.mului_extended %arg2, %v4 : i33
  return %v1, %v5#1 : index, i33
}
func.func @f1(%arg0: vector<2x3xi32>, %arg1: index) {
  %v0 = arith.constant -9223372036854775808 : index
  %v1 = arith.divsi %arg1, %v0 : index
  %v2 = arith.divsi %arg1, %v0 : index
  %v3 = arith.divsi %arg1, %v0 : index
  %v4 = arith.constant false
  %v5 = arith.constant 0x5B : f8E4M3FNUZ
  %v6 = arith.select %v4, %v5, %v5 : f8E4M3FNUZ
  %v7 = arith.constant dense<-1> : vector<2x3xi32>
  %v8 = arith.xori %v7, %v7 : vector<2x3xi32>
  %v9 = arith.xori %v8, %v7 : vector<2x3xi32>
  %v10 = arith.extui %arg0 : vector<2x3xi32> to vector<2x3xi64>
  %v11 = arith.extui %v7 : vector<2x3xi32> to vector<2x3xi64>
  %v12 = arith.cmpi sle, %v10, %v11 : vector<2x3xi64>
  %v13 = arith.cmpi sle, %arg1, %v2 : index
  return
}
func.func @f2(%arg0: f8E5M2, %arg1: i32, %arg2: vector<4xi64>, %arg3: i8) -> (i8, f32, i8) {
  %v0 = arith.constant 2147483647 : i32
  %v1 = arith.shrui %arg1, %v0 : i32
  %v2 = arith.bitcast %arg0 : f8E5M2 to f8E4M3
  %v3 = arith.constant -1 : i8
  %v4 = arith.minui %arg3, %v3 : i8
  %v5 = arith.sitofp %arg3 : i8 to f32
  %v6 = arith.constant dense<1> : vector<4xi64>
  %v7 = arith.cmpi ugt, %v6, %arg2 : vector<4xi64>
  %v8 = arith.cmpi ugt, %v6, %arg2 : vector<4xi64>
  %v9 = arith.constant dense<[false, true, false, true]> : vector<4xi1>
  %v10 = arith.select %v9, %v7, %v8 : vector<4xi1>, vector<4xi1>
  %v11 = arith.constant 0xBFF0000000000000 : f64
  %v12 = arith.constant dense<[0x8000, 0xFFC0]> : vector<2xbf16>
  %v13 = arith.constant -1781479854 : i33
  %v14:2 = func.call @f0(%v11, %v12, %v13) : (f64, vector<2xbf16>, i33) -> (index, i33)
  %v15 = arith.index_cast %v10 : vector<4xi1> to vector<4xindex>
  %v16 = arith.constant -3.0e-05 : f32
  %v17 = arith.divf %v5, %v16 : f32
  %v18 = arith.minui %v4, %arg3 : i8
  return %v18, %v17, %v18 : i8, f32, i8
}
