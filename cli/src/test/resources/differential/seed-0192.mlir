// Random func/arith module, seed 192.
func.func @f0(%arg0: i32, %arg1: f16, %arg2: f8E5M2) -> (i1, i16) {
  %v0 = arith.constant true
  %v1 = arith.constant -2.5 : f8E5M2
  %v2 = arith.select %v0, %v1, %v1 : f8E5M2
  %v3 = arith.constant 31 : i32
  %v4 = arith.cmpi ule, %arg0, %v3 : i32
  %v5 = arith.select %v0, %v1, %v1 : f8E5M2
  %v6 = arith.fptosi %arg2 : f8E5M2 to i16
  %v7 = arith.constant -1.0 : f8E4M3FNUZ
  %v8 = arith.constant 0x80 : f8E4M3FNUZ
  %v9 = arith.cmpf ult, %v7, %v8 fastmath<reassoc,contract> : f8E4M3FNUZ
  %v10 = arith.select %v0, %v1, %v1 : f8E5M2
  %v11 = arith.fptosi %arg2 : f8E5M2 to i16
  %v12 = arith.cmpi ule, %arg0, %v3 : i32
  %v13 = arith.bitcast %v3 : i32 to f32
  %v14 = arith.constant 0x3C : f8E5M2
  %v15 = arith.divf %v14, %arg2 : f8E5M2
  %v16 = arith.constant 0x03FF : f16
  %v17 = arith.cmpf ugt, %arg1, %v16 : f16
  return %v4, %v11 : i1, i16
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f16, %arg2: vector<2x3xi32>) -> (i1, f16) {
  %v0 = arith.constant dense<10> : vector<2x3xi32>
  %v1 = arith.ceildivsi %v0, %arg2 : vector<2x3xi32>
  %v2 = arith.extf %arg0 fastmath<nnan,ninf> : f8E4M3FNUZ to bf16
  %v3 = arith.constant true
  %v4 = arith.constant 17 : i16
  %v5 = arith.select %v3, %v4, %v4 : i16
  %v6 = arith.shrsi %arg2, %v1 : vector<2x3xi32>
  %v7 = arith.index_cast %v6 {tag = 1 : i64} : vector<2x3xi32> to vector<2x3xindex>
  %v8 = arith.constant dense<-1> : vector<2x3xindex>
  %v9 = arith.xori %v7, %v8 : vector<2x3xindex>
  %v10 = arith.xori %v9, %v8 : vector<2x3xindex>
  %v11 = arith.negf %arg1 fastmath<arcp,afn> : f16
  %v12 = arith.constant dense<[[2147483647, 33, -788522462], [0, 2147483647, 1]]> : vector<2x3xi32>
  %v13 = arith.shrui %v1, %v12 exact : vector<2x3xi32>
  %v14 = arith.cmpi ult, %v13, %v1 : vector<2x3xi32>
  %v15 = arith.constant 3.0 : f8E4M3FNUZ
  %v16 = arith.select %v3, %v15, %arg0 : f8E4M3FNUZ
  %v17 = arith.cmpf one, %v11, %arg1 fastmath<nsz> : f16
  %v18 = arith.cmpi ne, %v8, %v9 : vector<2x3xindex>
  %v19 = arith.sitofp %v13 : vector<2x3xi32> to vector<2x3xf32>
  %v20 = arith.constant dense<[[true, true, false], [false, false, true]]> : vector<2x3xi1>
  %v21 = arith.subi %v14, %v20 overflow<nsw> : vector<2x3xi1>
  %v22 = arith.constant 0x80 : f8E4M3FNUZ
  %v23 = arith.cmpf ueq, %arg0, %v22 {tag = 0 : i64} : f8E4M3FNUZ
  %v24 = arith.constant 31 : i32
  %v25 = arith.constant 0xFC : f8E5M2
  %v26:2 = func.call @f0(%v24, %v11, %v25) : (i32, f16, f8E5M2) -> (i1, i16)
  return %v23, %arg1 : i1, f16
}
