// Random func/arith module, seed 21.
func.func @f0(%arg0: i32, %arg1: index, %arg2: f32, %arg3: tensor<2x2xi16>) -> (i1, index, i1) {
  %v0 = arith.constant -7 : index
  %v1 = arith.minsi %arg1, %v0 : index
  %v2 = arith.constant 4 : i32
  %v3 = arith.cmpi eq, %arg0, %v2 : i32
  %v4 = arith.select %v3, %arg0, %v2 : i32
  %v5 = arith.minsi %v0, %arg1 : index
  %v6 = arith.constant false
  %v7 = arith.shrui %v6, %v3 exact : i1
  %v8 = arith.minsi %v0, %arg1 {tag = 1 : i64} : index
  %v9 = arith.index_cast %arg3 : tensor<2x2xi16> to tensor<2x2xindex>
  return %v7, %v8, %v7 : i1, index, i1
}
func.func @f1(%arg0: vector<2xf16>, %arg1: i7, %arg2: i32) -> (i1, vector<2xi1>) {
  %v0 = arith.constant -1 : index
  %v1 = arith.constant -0.75 : f32
  %v2 = arith.constant dense<-3> : tensor<2x2xi16>
  %v3:3 = func.call @f0(%arg2, %v0, %v1, %v2) : (i32, index, f32, tensor<2x2xi16>) -> (i1, index, i1)
  %v4:3 = func.call @f0(%arg2, %v0, %v1, %v2) : (i32, index, f32, tensor<2x2xi16>) -> (i1, index, i1)
  %v5 = arith.constant 63 : i7
  %v6 = arith.ceildivsi %arg1, %v5 : i7
  %v7 = arith.constant dense<0x7C00> : vector<2xf16>
  %v8 = arith.cmpf ole, %arg0, %v7 fastmath<nnan> : vector<2xf16>
  %v9 = arith.constant dense<true> : vector<2xi1>
  %v10 = arith.divui %v8, %v9 exact : vector<2xi1>
  %v11 = arith.constant 1 : i7
  %v12 = arith.muli %v11, %arg1 {tag = 0 : i64} : i7
  %v13 = arith.constant 9223372036854775807 : i64
  %v14:2 = arith.addui_extended %v13, %v13 : i64, i1
  %v15 = arith.constant dense<0x3C00> : vector<2xf16>
  %v16 = arith.maximumf %v15, %arg0 fastmath<nnan> {tag = 0 : i64} : vector<2xf16>
  %v17 = arith.cmpf ole, %arg0, %v7 fastmath<nnan> {tag = 1 : i64} : vector<2xf16>
  %v18 = arith.constant -2.5 : f32
  %v19 = arith.constant 0x00000001 : f32
  %v20 = arith.cmpf uge, %v18, %v19 : f32
  %v21 = arith.cmpf ole, %arg0, %v7 fastmath<nnan> {tag = 1 : i64} : vector<2xf16>
  %v22 = arith.constant dense<[4.0, 0x3C00]> : vector<2xf16>
  %v23 = arith.subf %arg0, %v22 : vector<2xf16>
  %v24:3 = func.call @f0(%arg2, %v0, %v1, %v2) {tag = 0 : i64} : (i32, index, f32, tensor<2x2xi16>) -> (i1, index, i1)
  return %v4#0, %v17 : i1, vector<2xi1>
}
func.func @f2(%arg0: f64, %arg1: i32, %arg2: index) -> (i1, f64) {
  %v0 = arith.constant 0 : i32
  %v1 = arith.cmpi ule, %v0, %arg1 : i32
  %v2 = arith.extui %arg1 : i32 to i64
  %v3 = arith.trunci %v2 : i64 to i32
  %v4 = arith.divf %arg0, %arg0 {tag = 0 : i64} : f64
  %v5 = arith.constant 0xFF800000 : f32
  %v6 = arith.constant dense<32767> : tensor<2x2xi16>
  %v7:3 = func.call @f0(%arg1, %arg2, %v5, %v6) : (i32, index, f32, tensor<2x2xi16>) -> (i1, index, i1)
  %v8 = arith.constant 2.0 : f64
  %v9 = arith.remf %arg0, %v8 fastmath<ninf> : f64
  %v10 = arith.cmpi uge, %v6, %v6 : tensor<2x2xi16>
  %v11 = arith.shrui %arg1, %arg1 exact : i32
  %v12 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<4xf64>
  %v13 = arith.constant dense<0x3FF0000000000000> : vector<4xf64>
  %v14 = arith.divf %v12, %v13 : vector<4xf64>
  %v15 = arith.constant -3.0e-05 : f16
  %v16 = arith.extf %v15 fastmath<ninf> {tag = 0 : i64} : f16 to f32
  %v17 = arith.cmpi uge, %v6, %v6 : tensor<2x2xi16>
  %v18 = arith.constant -1 : i64
  %v19 = arith.xori %v2, %v18 : i64
  %v20 = arith.xori %v19, %v18 : i64
  %v21 = arith.constant -5 : i64
  %v22 = arith.cmpi ugt, %v2, %v21 : i64
  %v23 = arith.constant 7 : i32
  %v24 = arith.constant -2147483648 : i32
  %v25 = arith.shrsi %v23, %v24 : i32
  %v26 = arith.constant dense<true> : vector<i1>
  %v27 = arith.cmpi uge, %v26, %v26 : vector<i1>
  %v28 = arith.negf %v13 fastmath<none> : vector<4xf64>
  %v29 = arith.maximumf %v4, %v9 : f64
  %v30 = arith.extf %arg0 : f64 to f80
  %v31 = arith.bitcast %v19 : i64 to f64
  %v32 = arith.bitcast %v31 : f64 to i64
  return %v22, %v29 : i1, f64
}
func.func @f3(%arg0: f32) -> i1 {
  %v0 = arith.constant 4.0 : f32
  %v1 = arith.divf %arg0, %v0 : f32
  %v2 = arith.fptosi %v1 : f32 to i64
  %v3 = arith.constant 1 : i64
  %v4 = arith.cmpi uge, %v2, %v3 : i64
  %v5 = arith.constant 10 : i64
  %v6 = arith.cmpi uge, %v3, %v5 : i64
  %v7 = arith.constant 0 : i64
  %v8:2 = arith.mului_extended %v2, %v7 : i64
  %v9 = arith.negf %arg0 : f32
  %v10 = arith.cmpi uge, %v2, %v3 : i64
  %v11 = arith.maximumf %v9, %arg0 fastmath<nnan> : f32
  %v12 = arith.constant -1 : i64
  %v13 = arith.index_cast %v12 : i64 to index
  %v14 = arith.divf %arg0, %v0 : f32
  %v15 = arith.cmpf ole, %v14, %arg0 : f32
  %v16 = arith.constant 0x0001 : f16
  %v17 = arith.negf %v16 : f16
  %v18 = arith.constant dense<[[0, 9223372036854775807, 1094824681809628266], [1, -5, 14]]> : vector<2x3xi64>
  %v19 = arith.constant dense<-6068217253620125471> : vector<2x3xi64>
  %v20 = arith.cmpi slt, %v18, %v19 : vector<2x3xi64>
  return %v10 : i1
}
