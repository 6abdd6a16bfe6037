// Random func/arith module, seed 50.
func.func @f0(%arg0: f16, %arg1: index, %arg2: f32) -> (i1, index, i1, f16) {
  %v0 = arith.constant false
  %v1 = arith.constant true
  %v2 = arith.xori %v0, %v1 : i1
  %v3 = arith.constant -2 : index
  %v4 = arith.shrui %v3, %arg1 : index
  %v5 = arith.select %v0, %arg2, %arg2 : f32
  %v6 = arith.index_cast %arg1 : index to i7
  %v7 = arith.constant -4 : i7
  %v8 = arith.constant -3 : i7
  %v9 = arith.maxsi %v7, %v8 : i7
  %v10 = arith.constant 0x3C00 : f16
  %v11 = arith.divf %arg0, %v10 : f16
  %v12 = arith.constant 0x3C00 : f16
  %v13 = arith.remf %v11, %v12 : f16
  %v14 = arith.cmpi ugt, %v3, %arg1 : index
  return %v14, %v3, %v14, %v11 : i1, index, i1, f16
}
func.func @f1(%arg0: vector<2xi64>) -> (f16, i1, index) {
  %v0 = arith.constant dense<9125394297861832656> : vector<2xi64>
  %v1 = arith.muli %v0, %arg0 overflow<nsw, nuw> : vector<2xi64>
  %v2 = arith.constant 0x00000000 : f32
  %v3 = arith.negf %v2 fastmath<reassoc,contract> : f32
  %v4 = arith.extf %v2 fastmath<nnan> : f32 to f64
  %v5 = arith.andi %v1, %v0 : vector<2xi64>
  %v6 = arith.constant false
  %v7 = arith.constant 0xBFF0000000000000 : f64
  %v8 = arith.constant 0xBFF0000000000000 : f64
  %v9 = arith.select %v6, %v7, %v8 : f64
  %v10 = arith.truncf %v2 : f32 to f8E4M3
  %v11 = arith.constant 4.0 : f8E4M3
  %v12 = arith.addf %v10, %v11 : f8E4M3
  %v13 = arith.constant true
  %v14 = arith.extui %v13 : i1 to i128
  %v15 = arith.constant dense<6> : vector<2xi64>
  %v16:2 = arith.mulsi_extended %v15, %arg0 : vector<2xi64>
  %v17 = arith.remui %v0, %v15 : vector<2xi64>
  %v18 = arith.constant 15 : i16
  %v19 = arith.extsi %v18 : i16 to i128
  %v20 = arith.constant 0x0000000000000001 : f64
  %v21 = arith.constant 4.0 : f64
  %v22 = arith.minimumf %v20, %v21 : f64
  %v23 = arith.constant dense<-1> : vector<2xi64>
  %v24 = arith.shrui %v16#1, %v23 : vector<2xi64>
  %v25 = arith.constant 7.0 : f8E4M3
  %v26 = arith.cmpf uge, %v12, %v25 : f8E4M3
  %v27 = arith.constant 8 : i8
  %v28 = arith.subi %v27, %v27 overflow<nsw> : i8
  %v29 = arith.constant dense<1> : vector<4xindex>
  %v30 = arith.constant dense<2199023255552> : vector<4xindex>
  %v31 = arith.shrui %v29, %v30 : vector<4xindex>
  %v32 = arith.constant 0 : i33
  %v33 = arith.ceildivui %v32, %v32 : i33
  %v34 = arith.constant 0xFFF8000000000000 : f64
  %v35 = arith.fptoui %v34 : f64 to i64
  %v36 = arith.constant 0 : i16
  %v37 = arith.minsi %v36, %v36 : i16
  %v38 = arith.muli %v0, %arg0 overflow<nsw, nuw> : vector<2xi64>
  %v39 = arith.constant 0x03FF : f16
  %v40 = arith.constant -1 : index
  %v41 = arith.constant 0.5 : f32
  %v42:4 = func.call @f0(%v39, %v40, %v41) : (f16, index, f32) -> (i1, index, i1, f16)
  return %v42#3, %v42#0, %v40 : f16, i1, index
}
func.func @f2(%arg0: vector<2x3xi8>, %arg1: tensor<3xindex>, %arg2: tensor<3xbf16>, %arg3: vector<2xindex>) -> tensor<2x2xi16> {
  %v0 = arith.constant dense<0x7F7F> : tensor<3xbf16>
  %v1 = arith.remf %arg2, %v0 fastmath<reassoc,contract> : tensor<3xbf16>
  %v2 = arith.divf %v1, %arg2 fastmath<reassoc,contract> : tensor<3xbf16>
  %v3 = arith.negf %v2 : tensor<3xbf16>
  %v4 = arith.constant dense<127> : vector<2x3xi8>
  %v5 = arith.divui %v4, %arg0 : vector<2x3xi8>
  %v6 = arith.remsi %v4, %v5 : vector<2x3xi8>
  %v7 = arith.constant dense<true> : tensor<2x2xi1>
  %v8 = arith.constant dense<17> : tensor<2x2xi16>
  %v9 = arith.constant dense<[[512, 0], [0, 2]]> : tensor<2x2xi16>
  %v10 = arith.select %v7, %v8, %v9 : tensor<2x2xi1>, tensor<2x2xi16>
  %v11 = arith.constant 0xD5DD : f16
  %v12 = arith.constant 2048 : index
  %v13 = arith.constant 0x7FC00000 : f32
  %v14:4 = func.call @f0(%v11, %v12, %v13) : (f16, index, f32) -> (i1, index, i1, f16)
  return %v10 : tensor<2x2xi16>
}
