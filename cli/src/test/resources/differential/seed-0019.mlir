// Random func/arith module, seed 19.
func.func @f0(%arg0: i16, %arg1: tf32) -> i16 {
  %v0 = arith.constant 0x3FE00 : tf32
  %v1 = arith.remf %v0, %arg1 fastmath<reassoc,contract> : tf32
  %v2 = arith.constant 1 : i16
  %v3 = arith.ceildivui %v2, %v2 : i16
  %v4 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : tf32
  %v5 = arith.maxnumf %arg1, %arg1 fastmath<nnan> : tf32
  %v6 = arith.constant dense<-2.5> : vector<f16>
  %v7 = arith.fptoui %v6 : vector<f16> to vector<i8>
  %v8 = arith.constant 4096 : i16
  %v9 = arith.shrsi %v3, %v8 : i16
  %v10 = arith.remf %v0, %arg1 fastmath<reassoc,contract> : tf32
  %v11 = arith.ceildivui %v2, %v2 : i16
  %v12 = arith.constant 17 : i16
  %v13 = arith.divsi %arg0, %v12 : i16
  %v14 = arith.fptoui %v6 : vector<f16> to vector<i8>
  %v15 = arith.shrsi %v13, %arg0 : i16
  %v16 = arith.constant false
  %v17 = arith.constant false
  %v18 = arith.remsi %v16, %v17 : i1
  %v19 = arith.shrsi %v13, %arg0 : i16
  %v20 = arith.constant 0.1 : bf16
  %v21 = arith.minimumf %v20, %v20 : bf16
  return %v11 : i16
}
func.func @f1(%arg0: f8E4M3FN, %arg1: tensor<0xi16>) -> (f8E4M3FN, tf32) {
  %v0 = arith.constant 0xFC : f8E4M3FN
  %v1 = arith.cmpf uno, %arg0, %v0 : f8E4M3FN
  %v2 = arith.constant 0x80 : f8E4M3FN
  %v3 = arith.constant 0x08 : f8E4M3FN
  %v4 = arith.remf %v2, %v3 : f8E4M3FN
  %v5 = arith.index_castui %arg1 : tensor<0xi16> to tensor<0xindex>
  %v6 = arith.constant 0.0 : f8E4M3FN
  %v7 = arith.negf %v6 : f8E4M3FN
  %v8 = arith.negf %v7 fastmath<reassoc,contract> : f8E4M3FN
  %v9 = arith.negf %v7 fastmath<reassoc,contract> : f8E4M3FN
  %v10 = arith.constant 10 : i16
  %v11 = arith.constant 0.0 : tf32
  %v12 = func.call @f0(%v10, %v11) : (i16, tf32) -> i16
  %v13 = arith.constant 16 : i16
  %v14 = func.call @f0(%v13, %v11) : (i16, tf32) -> i16
  %v15 = arith.truncf %arg0 : f8E4M3FN to f6E3M2FN
  %v16 = arith.negf %v2 fastmath<nsz> : f8E4M3FN
  %v17 = arith.remui %v5, %v5 : tensor<0xindex>
  %v18 = arith.constant 0x3FC00 : tf32
  %v19 = arith.select %v1, %v18, %v18 : tf32
  %v20 = arith.negf %v7 fastmath<reassoc,contract> : f8E4M3FN
  %v21 = arith.constant 9223372036854775807 : i64
  %v22 = arith.constant 65 : i64
  %v23:2 = arith.addui_extended %v21, %v22 : i64, i1
  %v24 = arith.constant false
  %v25 = arith.select %v24, %arg0, %v0 : f8E4M3FN
  %v26 = arith.constant -1 : i64
  %v27 = arith.sitofp %v26 : i64 to f80
  %v28 = arith.constant true
  %v29 = arith.select %v28, %v15, %v15 : f6E3M2FN
  %v30 = arith.maxui %v1, %v1 : i1
  %v31 = arith.constant 1 : i64
  %v32 = arith.uitofp %v31 : i64 to f32
  %v33 = arith.cmpi sge, %v5, %v17 : tensor<0xindex>
  %v34 = arith.index_cast %v17 : tensor<0xindex> to tensor<0xi64>
  return %v20, %v19 : f8E4M3FN, tf32
}
func.func @f2(%arg0: i8, %arg1: f8E8M0FNU, %arg2: index, %arg3: f32) -> f8E8M0FNU {
  %v0 = arith.addi %arg2, %arg2 : index
  %v1 = arith.constant 9218546238571496421 : index
  %v2 = arith.index_castui %v1 : index to i33
  %v3 = arith.maxnumf %arg1, %arg1 fastmath<arcp,afn> : f8E8M0FNU
  %v4 = arith.constant 0 : i32
  %v5 = arith.trunci %v4 : i32 to i16
  %v6 = arith.constant 9223372036854775807 : index
  %v7 = arith.subi %v6, %v0 : index
  %v8 = arith.truncf %v3 to_nearest_even : f8E8M0FNU to f6E2M3FN
  %v9 = arith.constant 0 : i64
  %v10 = arith.constant 1 : i64
  %v11 = arith.shli %v9, %v10 : i64
  %v12 = arith.maximumf %v3, %arg1 : f8E8M0FNU
  %v13 = arith.constant -7 : i32
  %v14 = arith.ceildivui %v13, %v4 : i32
  %v15 = arith.constant -128 : i8
  %v16 = arith.maxsi %arg0, %v15 : i8
  %v17 = arith.remui %arg0, %arg0 : i8
  %v18 = arith.constant 1 : i32
  %v19 = arith.ceildivsi %v4, %v18 : i32
  %v20 = arith.constant 0xBC : f8E5M2
  %v21 = arith.constant -1.0 : f8E5M2
  %v22 = arith.mulf %v20, %v21 fastmath<ninf> : f8E5M2
  return %v12 : f8E8M0FNU
}
func.func @f3(%arg0: f8E3M4, %arg1: f8E4M3FN, %arg2: tensor<3xbf16>, %arg3: f16) -> tf32 {
  %v0 = arith.constant 9223372036854775807 : i64
  %v1 = arith.divsi %v0, %v0 : i64
  %v2 = arith.constant 3 : i33
  %v3 = arith.constant -7 : i33
  %v4 = arith.cmpi sge, %v2, %v3 : i33
  %v5 = arith.fptoui %arg2 : tensor<3xbf16> to tensor<3xi64>
  %v6 = arith.constant dense<-5495326808102170383> : tensor<3xi64>
  %v7 = arith.divsi %v5, %v6 : tensor<3xi64>
  %v8 = arith.constant dense<1> : tensor<0xi16>
  %v9:2 = func.call @f1(%arg1, %v8) : (f8E4M3FN, tensor<0xi16>) -> (f8E4M3FN, tf32)
  %v10 = arith.constant 0x3C00 : f16
  %v11 = arith.maximumf %v10, %arg3 : f16
  %v12 = arith.constant 2 : i16
  %v13 = arith.constant 0x00000 : tf32
  %v14 = func.call @f0(%v12, %v13) : (i16, tf32) -> i16
  return %v13 : tf32
}
