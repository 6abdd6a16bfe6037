// Random func/arith module, seed 186.
func.func @f0(%arg0: i32, %arg1: i8) -> (i32, f8E4M3, i1) {
  %v0 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v1 = arith.constant dense<1> : tensor<2x2xi16>
  %v2 = arith.constant dense<32767> : tensor<2x2xi16>
  %v3 = arith.minsi %v1, %v2 : tensor<2x2xi16>
  %v4 = arith.constant 2147483647 : i32
  %v5 = arith.remsi %v4, %v0 : i32
  %v6 = arith.remsi %v4, %v0 : i32
  %v7 = arith.constant 1.0e+10 : f8E4M3
  %v8 = arith.constant 0x7C : f8E4M3
  %v9 = arith.cmpf une, %v7, %v8 : f8E4M3
  %v10 = arith.constant 8 : i8
  %v11 = arith.cmpi sge, %arg1, %v10 : i8
  %v12 = arith.maximumf %v7, %v8 fastmath<arcp,afn> : f8E4M3
  %v13 = arith.constant 0xFC : f8E4M3
  %v14 = arith.negf %v13 : f8E4M3
  %v15 = arith.negf %v14 : f8E4M3
  %v16 = arith.extui %v11 : i1 to i64
  %v17 = arith.extui %v11 : i1 to i64
  %v18 = arith.cmpi ugt, %v16, %v17 : i64
  %v19 = arith.constant true
  %v20 = arith.maxui %v19, %v11 : i1
  %v21 = arith.maxui %v19, %v11 : i1
  %v22 = arith.constant -0.0 : f8E4M3
  %v23 = arith.maxnumf %v8, %v22 fastmath<nnan> : f8E4M3
  %v24 = arith.constant 0x77 : f8E4M3
  %v25 = arith.remf %v8, %v24 : f8E4M3
  %v26:2 = arith.addui_extended %v21, %v21 : i1, i1
  %v27 = arith.remf %v12, %v14 : f8E4M3
  %v28 = arith.extf %v24 : f8E4M3 to bf16
  %v29 = arith.constant 0x77 : f8E4M3
  %v30 = arith.minimumf %v22, %v29 fastmath<nnan,ninf> : f8E4M3
  %v31 = arith.muli %arg0, %arg0 overflow<nuw> : i32
  %v32 = arith.ori %v20, %v21 : i1
  %v33 = arith.fptosi %v28 : bf16 to i64
  %v34 = arith.andi %v4, %v5 : i32
  %v35 = arith.bitcast %v17 : i64 to f64
  %v36 = arith.bitcast %v35 : f64 to i64
  return %v34, %v30, %v32 : i32, f8E4M3, i1
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: vector<2xindex>) -> (vector<2xi1>, f8E4M3FNUZ, vector<2xi1>, vector<2xi1>) {
  %v0 = arith.constant dense<-6> : vector<2xindex>
  %v1 = arith.ceildivsi %arg1, %v0 : vector<2xindex>
  %v2 = arith.constant false
  %v3 = arith.constant 0x38 : f8E4M3FNUZ
  %v4 = arith.select %v2, %v3, %arg0 : f8E4M3FNUZ
  %v5 = arith.index_cast %v0 : vector<2xindex> to vector<2xi16>
  %v6 = arith.constant dense<-4> : vector<2xindex>
  %v7 = arith.minsi %v0, %v6 : vector<2xindex>
  %v8 = arith.constant false
  %v9 = arith.sitofp %v8 : i1 to f8E4M3
  %v10 = arith.constant dense<true> : vector<2xi1>
  %v11 = arith.select %v10, %v1, %v0 : vector<2xi1>, vector<2xindex>
  %v12 = arith.constant true
  %v13 = arith.constant true
  %v14 = arith.cmpi ne, %v12, %v13 : i1
  %v15 = arith.cmpi uge, %v11, %v6 : vector<2xindex>
  %v16 = arith.constant dense<true> : vector<2xi1>
  %v17 = arith.divsi %v10, %v16 : vector<2xi1>
  return %v17, %v3, %v15, %v15 : vector<2xi1>, f8E4M3FNUZ, vector<2xi1>, vector<2xi1>
}
func.func @f2(%arg0: f64, %arg1: i1) -> f64 {
  %v0 = arith.remf %arg0, %arg0 : f64
  %v1 = arith.extui %arg1 : i1 to i64
  %v2 = arith.cmpi uge, %arg1, %arg1 : i1
  %v3 = arith.remf %arg0, %arg0 : f64
  %v4 = arith.index_cast %arg1 : i1 to index
  %v5 = arith.constant false
  %v6 = arith.constant 0x7FF8000000000000 : f64
  %v7 = arith.select %v5, %v0, %v6 : f64
  %v8 = arith.negf %v3 : f64
  %v9 = arith.cmpi uge, %arg1, %arg1 : i1
  %v10 = arith.mulf %v6, %v3 : f64
  return %v7 : f64
}
