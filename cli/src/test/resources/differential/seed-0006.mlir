// Random func/arith module, seed 6.
func.func @f0(%arg0: vector<2xf64>, %arg1: vector<4xindex>) -> vector<2xf64> {
  %v0 = arith.constant dense<-5> : vector<4xi8>
  %v1 = arith.constant dense<41> : vector<4xi8>
  %v2:2 = arith.mulsi_extended %v0, %v1 : vector<4xi8>
  %v3 = arith.constant 0x7FC0 : bf16
  %v4 = arith.maxnumf %v3, %v3 : bf16
  %v5 = arith.constant false
  %v6 = arith.select %v5, %arg1, %arg1 : vector<4xindex>
  %v7 = arith.cmpi uge, %v6, %arg1 : vector<4xindex>
  %v8 = arith.select %v7, %arg1, %v6 : vector<4xi1>, vector<4xindex>
  %v9 = arith.subf %arg0, %arg0 fastmath<nnan,ninf> : vector<2xf64>
  %v10 = arith.constant 1 : i7
  %v11 = arith.subi %v10, %v10 : i7
  %v12 = arith.constant 23 : i7
  %v13 = arith.constant 0 : i7
  %v14 = arith.ceildivsi %v12, %v13 : i7
  %v15 = arith.subi %v10, %v10 : i7
  %v16 = arith.extsi %v0 : vector<4xi8> to vector<4xi64>
  %v17 = arith.constant dense<65> : vector<4xi64>
  %v18 = arith.cmpi sgt, %v16, %v17 : vector<4xi64>
  %v19 = arith.extsi %v0 : vector<4xi8> to vector<4xi64>
  %v20 = arith.subi %v10, %v10 : i7
  %v21 = arith.constant dense<-3> : vector<4xi64>
  %v22 = arith.minsi %v19, %v21 : vector<4xi64>
  %v23 = arith.subi %v10, %v10 : i7
  %v24 = arith.subi %v10, %v10 : i7
  %v25 = arith.constant dense<7> : vector<4xindex>
  %v26 = arith.divsi %v25, %arg1 : vector<4xindex>
  %v27 = arith.constant dense<7.0> : vector<2xf64>
  %v28 = arith.select %v5, %arg0, %v27 : vector<2xf64>
  return %v28 : vector<2xf64>
}
func.func @f1(%arg0: i32, %arg1: i32, %arg2: vector<4xbf16>, %arg3: i32) -> (f8E4M3, vector<2xi16>, vector<4xbf16>) {
  %v0 = arith.constant 1 : i32
  %v1 = arith.andi %arg3, %v0 : i32
  %v2 = arith.constant -1 : i32
  %v3 = arith.extsi %v2 : i32 to i64
  %v4 = arith.constant 10970252601808382580 : i64
  %v5 = arith.constant 9223372036854775807 : i64
  %v6:2 = arith.mului_extended %v4, %v5 : i64
  %v7 = arith.remf %arg2, %arg2 : vector<4xbf16>
  %v8 = arith.negf %v7 fastmath<nnan,ninf> : vector<4xbf16>
  %v9 = arith.maximumf %arg2, %v8 : vector<4xbf16>
  %v10 = arith.cmpi ule, %v0, %arg0 : i32
  %v11 = arith.constant dense<[4.0, -0.75]> : vector<2xf64>
  %v12 = arith.constant dense<[0, -1, 6, 1]> : vector<4xindex>
  %v13 = func.call @f0(%v11, %v12) : (vector<2xf64>, vector<4xindex>) -> vector<2xf64>
  %v14 = arith.constant true
  %v15 = arith.uitofp %v14 : i1 to f8E4M3
  %v16 = arith.maxnumf %v9, %arg2 : vector<4xbf16>
  %v17 = arith.addi %v10, %v10 overflow<nsw, nuw> : i1
  %v18 = arith.fptosi %v13 : vector<2xf64> to vector<2xi16>
  %v19 = arith.bitcast %v9 : vector<4xbf16> to vector<4xf16>
  %v20 = arith.fptosi %v13 : vector<2xf64> to vector<2xi16>
  return %v15, %v18, %v16 : f8E4M3, vector<2xi16>, vector<4xbf16>
}
func.func @f2(%arg0: bf16, %arg1: bf16) -> (i1, i1) {
  %v0 = arith.cmpf ueq, %arg0, %arg1 fastmath<ninf> : bf16
  %v1 = arith.cmpi ugt, %v0, %v0 : i1
  %v2 = arith.select %v1, %v0, %v0 : i1
  %v3 = arith.select %v1, %v0, %v0 : i1
  %v4 = arith.minsi %v0, %v1 : i1
  %v5 = arith.cmpi ugt, %v0, %v0 : i1
  %v6 = arith.constant false
  %v7 = arith.remsi %v6, %v4 : i1
  %v8 = arith.select %v1, %v0, %v0 : i1
  %v9 = arith.cmpi ugt, %v0, %v0 : i1
  %v10 = arith.xori %v1, %v5 : i1
  %v11 = arith.constant 0x2AC2 : bf16
  %v12 = arith.constant 0x0080 : bf16
  %v13 = arith.remf %v11, %v12 : bf16
  %v14 = arith.constant true
  %v15 = arith.constant true
  %v16 = arith.muli %v14, %v15 : i1
  %v17 = arith.cmpf uno, %v13, %v12 fastmath<nsz> : bf16
  %v18 = arith.extsi %v10 : i1 to i64
  %v19 = arith.constant 64 : i64
  %v20 = arith.cmpi ule, %v18, %v19 : i64
  %v21 = arith.constant 33 : i32
  %v22 = arith.constant dense<0xAF13> : vector<4xbf16>
  %v23:3 = func.call @f1(%v21, %v21, %v22, %v21) : (i32, i32, vector<4xbf16>, i32) -> (f8E4M3, vector<2xi16>, vector<4xbf16>)
  %v24 = arith.constant dense<32> : vector<4xi8>
  %v25 = arith.constant dense<127> : vector<4xi8>
  %v26 = arith.ceildivsi %v24, %v25 : vector<4xi8>
  return %v9, %v17 : i1, i1
}
