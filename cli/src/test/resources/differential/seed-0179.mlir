// Random func/arith module, seed 179.
func.func @f0(%arg0: vector<2x3xi1>, %arg1: i16) -> (i1, vector<2x3xf64>, vector<2x3xi1>, vector<2x3xf64>) {
  %v0 = arith.constant 1.0 : f8E5M2
  %v1 = arith.constant 0x80 : f8E5M2
  %v2 = arith.cmpf one, %v0, %v1 : f8E5M2
  %v3 = arith.cmpf one, %v0, %v1 : f8E5M2
  %v4 = arith.constant dense<false> : vector<2x3xi1>
  %v5 = arith.index_castui %v4 : vector<2x3xi1> to vector<2x3xindex>
  %v6 = arith.constant true
  %v7 = arith.constant -32768 : i16
  %v8 = arith.select %v6, %arg1, %v7 : i16
  %v9 = arith.cmpi uge, %v4, %arg0 : vector<2x3xi1>
  %v10 = arith.extui %arg0 : vector<2x3xi1> to vector<2x3xi64>
  %v11 = arith.constant 0xFE : f8E5M2
  %v12 = arith.negf %v11 fastmath<nsz> : f8E5M2
  %v13 = arith.xori %v4, %v9 : vector<2x3xi1>
  %v14 = arith.constant -0.75 : f8E5M2
  %v15 = arith.cmpf ueq, %v1, %v14 fastmath<arcp,afn> : f8E5M2
  %v16 = arith.constant 3.0 : f8E4M3FNUZ
  %v17 = arith.negf %v16 : f8E4M3FNUZ
  %v18 = arith.negf %v17 : f8E4M3FNUZ
  %v19 = arith.extui %arg0 : vector<2x3xi1> to vector<2x3xi64>
  %v20 = arith.constant dense<0xFFF0000000000000> : vector<2x3xf64>
  %v21 = arith.constant dense<-1.0> : vector<2x3xf64>
  %v22 = arith.minimumf %v20, %v21 : vector<2x3xf64>
  %v23 = arith.select %v4, %v13, %v4 : vector<2x3xi1>, vector<2x3xi1>
  %v24 = arith.constant 0x78 : f8E4M3FNUZ
  %v25 = arith.cmpf ule, %v24, %v18 fastmath<ninf> : f8E4M3FNUZ
  %v26 = arith.constant true
  %v27 = arith.muli %v26, %v6 : i1
  %v28 = arith.maximumf %v22, %v21 fastmath<none> : vector<2x3xf64>
  %v29 = arith.constant false
  %v30 = arith.constant false
  %v31 = arith.shli %v29, %v30 : i1
  %v32 = arith.xori %arg1, %arg1 : i16
  %v33 = arith.cmpf uno, %v21, %v20 : vector<2x3xf64>
  %v34 = arith.bitcast %v10 : vector<2x3xi64> to vector<2x3xf64>
  %v35 = arith.fptosi %v22 : vector<2x3xf64> to vector<2x3xi1>
  %v36 = arith.constant dense<[-1, -2147483648, 0, 15]> : vector<4xi32>
  %v37 = arith.extui %v36 : vector<4xi32> to vector<4xi64>
  %v38 = arith.trunci %v37 : vector<4xi64> to vector<4xi32>
  return %v27, %v34, %v23, %v28 : i1, vector<2x3xf64>, vector<2x3xi1>, vector<2x3xf64>
}
func.func @f1(%arg0: f32, %arg1: vector<2xi16>) -> (i16, i1) {
  %v0 = arith.ceildivsi %arg1, %arg1 : vector<2xi16>
  %v1 = arith.constant -2.5 : f32
  %v2 = arith.cmpf ord, %arg0, %v1 : f32
  %v3 = arith.minnumf %v1, %arg0 fastmath<reassoc,contract> : f32
  %v4 = arith.constant 3.0 : f32
  %v5 = arith.cmpf une, %arg0, %v4 fastmath<nsz> : f32
  %v6 = arith.constant dense<false> : vector<2x3xi1>
  %v7 = arith.constant 32767 : i16
  %v8:4 = func.call @f0(%v6, %v7) : (vector<2x3xi1>, i16) -> (i1, vector<2x3xf64>, vector<2x3xi1>, vector<2x3xf64>)
  %v9 = arith.constant true
  %v10 = arith.uitofp %v9 : i1 to f8E3M4
  %v11 = arith.cmpf oge, %arg0, %v1 fastmath<fast> : f32
  %v12 = arith.constant 0xD8F771FA : f32
  %v13 = arith.maxnumf %v4, %v12 : f32
  %v14 = arith.maxnumf %v10, %v10 : f8E3M4
  return %v7, %v11 : i16, i1
}
