// Random func/arith module, seed 170.
func.func @f0(%arg0: f64, %arg1: vector<2xbf16>, %arg2: i33) -> (vector<2xbf16>, vector<2xbf16>, i1) {
  %v0 = arith.constant true
  %v1 = arith.select %v0, %arg2, %arg2 : i33
  %v2 = arith.remui %arg2, %arg2 : i33
  %v3 = arith.constant dense<0xBD64> : vector<2xbf16>
  %v4 = arith.maximumf %arg1, %v3 : vector<2xbf16>
  %v5 = arith.maximumf %arg1, %v3 : vector<2xbf16>
  %v6 = arith.constant true
  %v7 = arith.constant false
  %v8 = arith.cmpi sge, %v6, %v7 : i1
  %v9 = arith.index_castui %v1 : i33 to index
  %v10 = arith.maximumf %arg1, %v3 : vector<2xbf16>
  return %v5, %v5, %v8 : vector<2xbf16>, vector<2xbf16>, i1
}
func.func @f1(%arg0: tensor<2x2xbf16>, %arg1: index, %arg2: index, %arg3: f8E4M3FNUZ) -> (i33, i1) {
  %v0 = arith.constant 0x38 : f8E4M3FNUZ
  %v1 = arith.maxnumf %v0, %arg3 fastmath<none> : f8E4M3FNUZ
  %v2 = arith.constant 1 : index
  %v3 = arith.constant 63 : index
  %v4 = arith.cmpi eq, %v2, %v3 : index
  %v5 = arith.constant dense<2.0> : vector<4xf16>
  %v6 = arith.constant dense<0x0000> : vector<4xf16>
  %v7 = arith.maximumf %v5, %v6 : vector<4xf16>
  %v8 = arith.constant dense<[[0.1, 0xFFC0], [0x0080, -3.0e-05]]> : tensor<2x2xbf16>
  %v9 = arith.negf %v8 fastmath<reassoc,contract> : tensor<2x2xbf16>
  %v10 = arith.ceildivsi %arg1, %v2 : index
  %v11 = arith.constant dense<0x7F80> : tensor<2x2xbf16>
  %v12 = arith.constant dense<0x0080> : tensor<2x2xbf16>
  %v13 = arith.subf %v11, %v12 fastmath<nnan> : tensor<2x2xbf16>
  %v14 = arith.remf %arg0, %arg0 : tensor<2x2xbf16>
  %v15 = arith.constant -1 : i32
  %v16:2 = arith.addui_extended %v15, %v15 : i32, i1
  %v17 = arith.cmpi eq, %v2, %v3 : index
  %v18 = arith.constant 1 : index
  %v19 = arith.andi %v18, %arg2 : index
  %v20 = arith.cmpi eq, %v2, %v3 : index
  %v21 = arith.constant 134217728 : index
  %v22 = arith.constant 0 : index
  %v23 = arith.cmpi ule, %v21, %v22 : index
  %v24 = arith.constant dense<[[0x8000, 0xFFC0], [0x529D, 0x7F7F]]> : tensor<2x2xbf16>
  %v25 = arith.minnumf %v24, %arg0 : tensor<2x2xbf16>
  %v26 = arith.index_cast %arg2 : index to i32
  %v27 = arith.constant 1 : index
  %v28 = arith.maxsi %v27, %arg2 : index
  %v29 = arith.constant -5 : i8
  %v30 = arith.constant 1 : i8
  %v31 = arith.divsi %v29, %v30 : i8
  %v32 = arith.constant -2147483648 : i32
  %v33 = arith.cmpi eq, %v32, %v26 : i32
  %v34 = arith.constant 2147483647 : i32
  %v35 = arith.shrui %v26, %v34 : i32
  %v36 = arith.constant 7 : i33
  %v37 = arith.constant 4294967295 : i33
  %v38 = arith.shli %v36, %v37 : i33
  %v39 = arith.floordivsi %v28, %arg1 : index
  %v40 = arith.constant -3 : i33
  %v41 = arith.divui %v37, %v40 : i33
  %v42 = arith.constant 15 : i32
  %v43 = arith.constant 0 : i32
  %v44 = arith.minui %v42, %v43 : i32
  return %v36, %v33 : i33, i1
}
func.func @f2(%arg0: f8E5M2FNUZ, %arg1: f32, %arg2: f8E3M4, %arg3: vector<2xindex>) {
  %v0 = arith.divsi %arg3, %arg3 exact : vector<2xindex>
  %v1 = arith.constant 10 : i32
  %v2 = arith.bitcast %v1 : i32 to f32
  %v3 = arith.constant 0.1 : f8E3M4
  %v4 = arith.constant 0x10 : f8E3M4
  %v5 = arith.maximumf %v3, %v4 : f8E3M4
  %v6 = arith.divsi %arg3, %arg3 exact : vector<2xindex>
  %v7 = arith.maximumf %v3, %v4 : f8E3M4
  %v8 = arith.cmpf ogt, %arg2, %arg2 fastmath<ninf> : f8E3M4
  %v9 = arith.divsi %arg3, %arg3 exact : vector<2xindex>
  %v10 = arith.ori %v8, %v8 : i1
  return
}
