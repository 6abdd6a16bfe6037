// Random func/arith module, seed 74.
func.func @f0(%arg0: index, %arg1: i7, %arg2: f64) -> (index, i1) {
  %v0 = arith.constant -1 : i7
  %v1 = arith.shrui %arg1, %v0 exact : i7
  %v2 = arith.andi %arg0, %arg0 : index
  %v3 = arith.constant 1 : i64
  %v4 = arith.constant -7577711581668711666 : i64
  %v5:2 = arith.addui_extended %v3, %v4 : i64, i1
  %v6 = arith.sitofp %arg1 : i7 to f8E5M2FNUZ
  %v7 = arith.constant -1 : i7
  %v8:2 = arith.addui_extended %v7, %v1 : i7, i1
  %v9 = arith.constant 1 : index
  %v10 = arith.select %v8#1, %arg0, %v9 : index
  %v11 = arith.constant 0xFC : f8E5M2FNUZ
  %v12 = arith.minnumf %v6, %v11 : f8E5M2FNUZ
  %v13 = arith.constant 0x0000000000000000 : f64
  %v14 = arith.minimumf %arg2, %v13 fastmath<nsz> : f64
  %v15 = arith.constant 1 : i7
  %v16 = arith.shli %arg1, %v15 : i7
  %v17 = arith.minnumf %v6, %v11 : f8E5M2FNUZ
  %v18 = arith.constant false
  %v19 = arith.constant false
  %v20 = arith.floordivsi %v18, %v19 : i1
  return %v10, %v8#1 : index, i1
}
func.func @f1(%arg0: f32, %arg1: i7, %arg2: f16) -> f16 {
  %v0 = arith.constant 21 : i7
  %v1:2 = arith.addui_extended %arg1, %v0 : i7, i1
  %v2 = arith.constant -2 : index
  %v3 = arith.constant 1.0 : f64
  %v4:2 = func.call @f0(%v2, %v1#0, %v3) : (index, i7, f64) -> (index, i1)
  %v5:2 = arith.addui_extended %arg1, %v0 : i7, i1
  %v6 = arith.constant true
  %v7 = arith.cmpi eq, %v4#1, %v6 : i1
  %v8 = arith.constant true
  %v9 = arith.remsi %v8, %v1#1 : i1
  %v10 = arith.cmpi sge, %v9, %v9 : i1
  %v11 = arith.select %v10, %v9, %v9 : i1
  %v12 = arith.muli %v4#0, %v4#0 : index
  %v13 = arith.constant 64 : index
  %v14 = arith.maxsi %v12, %v13 : index
  %v15 = arith.constant 9223372036854775807 : index
  %v16 = arith.maxsi %v15, %v14 : index
  %v17 = arith.constant 0x03FF : f16
  %v18 = arith.constant 0x7C00 : f16
  %v19 = arith.cmpf false, %v17, %v18 : f16
  %v20 = arith.constant 1048576 : i32
  %v21 = arith.constant 16 : i32
  %v22 = arith.minui %v20, %v21 : i32
  %v23 = arith.addf %arg2, %arg2 : f16
  %v24 = arith.constant dense<true> : vector<[4]xi1>
  %v25 = arith.constant dense<false> : vector<[4]xi1>
  %v26 = arith.cmpi uge, %v24, %v25 : vector<[4]xi1>
  %v27 = arith.constant false
  %v28 = arith.andi %v4#1, %v27 : i1
  %v29 = arith.index_castui %v5#1 : i1 to index
  %v30 = arith.constant 65 : index
  %v31 = arith.constant 0x7FEFFFFFFFFFFFFF : f64
  %v32:2 = func.call @f0(%v30, %v1#0, %v31) : (index, i7, f64) -> (index, i1)
  %v33 = arith.constant 63 : i7
  %v34 = arith.trunci %v33 : i7 to i1
  %v35 = arith.addf %arg2, %arg2 : f16
  %v36 = arith.constant 0 : index
  %v37 = arith.floordivsi %v36, %v13 : index
  %v38 = arith.divui %v21, %v20 : i32
  %v39 = arith.muli %v22, %v21 : i32
  %v40 = arith.constant 0x7F800000 : f32
  %v41 = arith.bitcast %v40 : f32 to i32
  %v42 = arith.constant -5 : i7
  %v43 = arith.extsi %v42 : i7 to i16
  %v44 = arith.constant -1 : i7
  %v45 = arith.xori %v1#0, %v44 : i7
  return %v35 : f16
}
func.func @f2(%arg0: vector<i16>, %arg1: f8E8M0FNU) -> (vector<i16>, vector<i1>, vector<i16>) {
  %v0 = arith.shrsi %arg0, %arg0 : vector<i16>
  %v1 = arith.shrsi %arg0, %arg0 : vector<i16>
  %v2 = arith.extui %v1 : vector<i16> to vector<i64>
  %v3 = arith.trunci %v2 : vector<i64> to vector<i16>
  %v4 = arith.constant dense<-32768> : vector<i16>
  %v5 = arith.shrsi %v1, %v4 : vector<i16>
  %v6 = arith.shrsi %arg0, %arg0 : vector<i16>
  %v7 = arith.constant dense<-32768> : vector<i16>
  %v8 = arith.remui %v7, %v0 : vector<i16>
  %v9:2 = arith.addui_extended %v5, %arg0 : vector<i16>, vector<i1>
  %v10 = arith.constant dense<12> : vector<i8>
  %v11 = arith.constant dense<0> : vector<i8>
  %v12 = arith.cmpi sgt, %v10, %v11 : vector<i8>
  %v13 = arith.constant 0xFF : f8E8M0FNU
  %v14 = arith.constant 2.0 : f8E8M0FNU
  %v15 = arith.cmpf ueq, %v13, %v14 : f8E8M0FNU
  return %v8, %v9#1, %v9#0 : vector<i16>, vector<i1>, vector<i16>
}
func.func @f3(%arg0: f16, %arg1: vector<2xindex>, %arg2: i32, %arg3: vector<i1>) {
  %v0 = arith.constant 10918 : i16
  %v1 = arith.index_castui %v0 : i16 to index
  %v2 = arith.index_castui %v1 : index to i16
  %v3 = arith.constant dense<true> : vector<i1>
  %v4:2 = arith.mului_extended %arg3, %v3 : vector<i1>
  %v5 = arith.constant 2147483647 : i32
  %v6 = arith.ceildivui %arg2, %v5 : i32
  %v7 = arith.sitofp %v2 : i16 to f80
  %v8 = arith.constant dense<2> : vector<i16>
  %v9 = arith.constant -1.0 : f8E8M0FNU
  %v10:3 = func.call @f2(%v8, %v9) : (vector<i16>, f8E8M0FNU) -> (vector<i16>, vector<i1>, vector<i16>)
  %v11 = arith.constant dense<false> : vector<i1>
  %v12 = arith.shrsi %v10#1, %v11 : vector<i1>
  %v13 = arith.constant dense<true> : vector<2xi1>
  %v14 = arith.constant dense<9223372036854775807> : vector<2xindex>
  %v15 = arith.constant dense<3359247561485929524> : vector<2xindex>
  %v16 = arith.select %v13, %v14, %v15 : vector<2xi1>, vector<2xindex>
  %v17 = arith.constant dense<-1> : vector<2xindex>
  %v18 = arith.maxsi %v15, %v17 : vector<2xindex>
  %v19 = arith.constant 33 : i32
  %v20 = arith.shli %arg2, %v19 overflow<nuw> : i32
  %v21 = arith.constant dense<true> : vector<2xi1>
  %v22 = arith.constant dense<[true, true]> : vector<2xi1>
  %v23 = arith.cmpi sle, %v21, %v22 : vector<2xi1>
  %v24 = arith.constant 16 : i8
  %v25 = arith.constant 127 : i8
  %v26 = arith.andi %v24, %v25 : i8
  return
}
