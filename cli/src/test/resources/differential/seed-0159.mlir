// Random func/arith module, seed 159.
func.func @f0(%arg0: vector<[4]xf32>) -> (i128, i1) {
  %v0 = arith.constant false
  %v1 = arith.ceildivsi %v0, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.maxui %v2, %v0 : i1
  %v4 = arith.maxui %v2, %v0 : i1
  %v5 = arith.maxui %v2, %v0 : i1
  %v6 = arith.subf %arg0, %arg0 : vector<[4]xf32>
  %v7 = arith.truncf %v6 : vector<[4]xf32> to vector<[4]xf16>
  %v8 = arith.ceildivsi %v0, %v0 : i1
  %v9 = arith.maxui %v0, %v2 : i1
  %v10 = arith.constant -1 : i32
  %v11 = arith.constant 33554432 : i32
  %v12 = arith.cmpi sle, %v10, %v11 : i32
  %v13 = arith.select %v12, %v10, %v11 : i32
  %v14 = arith.constant 128 : i8
  %v15:2 = arith.mulsi_extended %v14, %v14 : i8
  %v16 = arith.xori %v15#1, %v15#0 : i8
  %v17 = arith.maxui %v2, %v0 : i1
  %v18 = arith.constant 2 : i32
  %v19 = arith.remui %v18, %v18 : i32
  %v20 = arith.constant true
  %v21 = arith.constant true
  %v22 = arith.maxui %v20, %v21 : i1
  %v23 = arith.constant 0 : i16
  %v24 = arith.constant -32768 : i16
  %v25:2 = arith.mulsi_extended %v23, %v24 : i16
  %v26 = arith.maxui %v0, %v2 : i1
  %v27 = arith.xori %v15#0, %v15#1 : i8
  %v28 = arith.shli %v8, %v20 : i1
  %v29 = arith.constant -1 : i32
  %v30:2 = arith.addui_extended %v29, %v11 : i32, i1
  %v31 = arith.extsi %v3 : i1 to i128
  return %v31, %v30#1 : i128, i1
}
func.func @f1(%arg0: vector<i64>, %arg1: i7, %arg2: i16, %arg3: f8E4M3FNUZ) {
  %v0 = arith.constant true
  %v1 = arith.constant 0x80 : f8E4M3FNUZ
  %v2 = arith.select %v0, %arg3, %v1 : f8E4M3FNUZ
  %v3 = arith.constant dense<-0.75> : vector<[4]xbf16>
  %v4 = arith.minnumf %v3, %v3 : vector<[4]xbf16>
  %v5 = arith.constant dense<-0.75> : vector<[4]xf32>
  %v6:2 = func.call @f0(%v5) : (vector<[4]xf32>) -> (i128, i1)
  %v7 = arith.cmpi ule, %arg0, %arg0 : vector<i64>
  %v8 = arith.constant dense<true> : vector<i1>
  %v9 = arith.remsi %v7, %v8 : vector<i1>
  %v10 = arith.constant dense<false> : vector<i1>
  %v11 = arith.constant dense<true> : vector<i1>
  %v12 = arith.muli %v10, %v11 : vector<i1>
  %v13 = arith.constant dense<true> : vector<i1>
  %v14 = arith.muli %v12, %v13 : vector<i1>
  %v15 = arith.extui %arg2 : i16 to i64
  %v16 = arith.constant 18446744073709551609 : i64
  %v17 = arith.cmpi ugt, %v15, %v16 : i64
  %v18 = arith.constant -1 : i16
  %v19 = arith.cmpi ne, %v18, %arg2 : i16
  %v20 = arith.constant true
  %v21 = arith.constant false
  %v22 = arith.select %v19, %v20, %v21 : i1
  %v23 = arith.constant 0xFC : f8E4M3FNUZ
  %v24 = arith.maximumf %v23, %v1 fastmath<nsz> : f8E4M3FNUZ
  %v25 = arith.constant true
  %v26 = arith.cmpi eq, %v25, %v6#1 : i1
  %v27 = arith.constant dense<true> : vector<i1>
  %v28 = arith.cmpi uge, %v9, %v27 : vector<i1>
  %v29 = arith.constant 9223372036854775807 : i64
  %v30 = arith.cmpi uge, %v29, %v15 : i64
  %v31 = arith.ceildivui %v15, %v15 : i64
  %v32 = arith.sitofp %arg0 : vector<i64> to vector<f16>
  %v33 = arith.constant dense<true> : vector<i1>
  %v34 = arith.select %v17, %v33, %v7 : vector<i1>
  %v35 = arith.fptoui %v5 : vector<[4]xf32> to vector<[4]xi32>
  return
}
func.func @f2(%arg0: f8E5M2) -> i1 {
  %v0 = arith.constant 0x04 : f8E5M2
  %v1 = arith.maximumf %v0, %arg0 : f8E5M2
  %v2 = arith.divf %arg0, %v1 fastmath<arcp,afn> : f8E5M2
  %v3 = arith.constant 2 : index
  %v4 = arith.index_cast %v3 : index to i16
  %v5 = arith.remf %v0, %v2 : f8E5M2
  %v6 = arith.maximumf %v0, %arg0 : f8E5M2
  %v7 = arith.constant true
  %v8 = arith.constant -25776 : i16
  %v9 = arith.constant 16 : i16
  %v10 = arith.select %v7, %v8, %v9 : i16
  %v11 = arith.constant -2.5 : f8E5M2
  %v12 = arith.cmpf ult, %v1, %v11 fastmath<nnan,ninf> : f8E5M2
  %v13 = arith.ori %v12, %v12 : i1
  %v14 = arith.constant true
  %v15 = arith.xori %v13, %v14 : i1
  %v16 = arith.xori %v13, %v14 : i1
  %v17 = arith.constant dense<9223372036854775807> : vector<i64>
  %v18 = arith.constant 0 : i7
  %v19 = arith.constant 1.0 : f8E4M3FNUZ
  func.call @f1(%v17, %v18, %v9, %v19) : (vector<i64>, i7, i16, f8E4M3FNUZ) -> ()
  %v21 = arith.maxui %v16, %v15 : i1
  return %v12 : i1
}
