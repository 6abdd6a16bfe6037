// Random func/arith module, seed 167.
func.func @f0(%arg0: tensor<2x2xi16>, %arg1: bf16, %arg2: i64, %arg3: f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ) {
  %v0 = arith.constant 0 : i16
  %v1 = arith.shli %v0, %v0 overflow<none> : i16
  %v2 = arith.constant 0xFF80 : bf16
  %v3 = arith.constant -1.0 : bf16
  %v4 = arith.addf %v2, %v3 fastmath<nnan> {tag = 1 : i64} : bf16
  %v5 = arith.constant 0x0000 : bf16
  %v6 = arith.fptoui %v5 : bf16 to i32
  %v7 = arith.constant 0.1 : f8E5M2
  %v8 = arith.cmpf ole, %v7, %v7 : f8E5M2
  %v9 = arith.constant 0x80 : f8E4M3FNUZ
  %v10 = arith.minimumf %v9, %arg3 : f8E4M3FNUZ
  %v11 = arith.divf %arg1, %v4 : bf16
  return %v10, %v10, %v10 : f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ
}
func.func @f1(%arg0: f32, %arg1: f8E4M3FNUZ) {
  %v0 = arith.constant dense<[-1, 603818523737736033, 128]> : tensor<3xi64>
  %v1 = arith.constant dense<1> : tensor<3xi64>
  %v2 = arith.andi %v0, %v1 : tensor<3xi64>
  %v3 = arith.constant dense<[11, -9223372036854775808, 63]> : tensor<3xi64>
  %v4 = arith.shrsi %v0, %v3 : tensor<3xi64>
  %v5 = arith.constant 7 : i32
  %v6 = arith.constant -4 : i32
  %v7:2 = arith.mulsi_extended %v5, %v6 : i32
  %v8 = arith.andi %v1, %v0 : tensor<3xi64>
  %v9 = arith.constant false
  %v10 = arith.constant 0xF8 : f8E4M3FNUZ
  %v11 = arith.select %v9, %arg1, %v10 : f8E4M3FNUZ
  %v12 = arith.constant dense<[63, 1, 8]> : tensor<3xi64>
  %v13 = arith.andi %v4, %v12 {tag = 0 : i64} : tensor<3xi64>
  %v14 = arith.andi %v1, %v0 : tensor<3xi64>
  %v15 = arith.constant dense<[63, 2, -9223372036854775808, 64]> : vector<4xi64>
  %v16 = arith.constant dense<[14, 11, 0, 0]> : vector<4xi64>
  %v17 = arith.shli %v15, %v16 overflow<nuw> : vector<4xi64>
  %v18 = arith.constant dense<[[-32768, 32767], [32767, 16]]> : tensor<2x2xi16>
  %v19 = arith.constant 0xFFC0 : bf16
  %v20 = arith.constant -9223372036854775808 : i64
  %v21:3 = func.call @f0(%v18, %v19, %v20, %v11) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v22 = arith.constant 0x09BC : bf16
  %v23 = arith.constant -1 : i64
  %v24:3 = func.call @f0(%v18, %v22, %v23, %v21#1) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v25 = arith.constant 0x3F800000 : f32
  %v26 = arith.remf %v25, %arg0 fastmath<arcp,afn> : f32
  %v27 = arith.constant dense<65> : vector<4xi64>
  %v28 = arith.cmpi sge, %v27, %v27 : vector<4xi64>
  %v29 = arith.remf %v25, %arg0 fastmath<arcp,afn> : f32
  %v30 = arith.bitcast %v25 : f32 to i32
  %v31 = arith.constant 8 : i7
  %v32:2 = arith.addui_extended %v31, %v31 : i7, i1
  return
}
func.func @f2(%arg0: vector<2x3xi16>, %arg1: vector<4xi8>, %arg2: i7) -> (f8E4M3FNUZ, i1) {
  %v0 = arith.constant 3.0 : f32
  %v1 = arith.extf %v0 : f32 to f128
  %v2 = arith.constant false
  %v3 = arith.select %v2, %v0, %v0 : f32
  %v4 = arith.constant 7.0 : f32
  %v5 = arith.constant 0x007FFFFF : f32
  %v6 = arith.cmpf ueq, %v4, %v5 : f32
  %v7 = arith.constant dense<[[-32768, 1], [8, -32768]]> : tensor<2x2xi16>
  %v8 = arith.constant 0xBF80 : bf16
  %v9 = arith.constant 9223372036854775807 : i64
  %v10 = arith.constant 0x87 : f8E4M3FNUZ
  %v11:3 = func.call @f0(%v7, %v8, %v9, %v10) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v12 = arith.constant dense<[[0, -32768, -1], [17, 0, -7]]> : vector<2x3xi16>
  %v13 = arith.shrui %arg0, %v12 exact : vector<2x3xi16>
  %v14 = arith.cmpi ult, %arg0, %v12 {tag = 0 : i64} : vector<2x3xi16>
  %v15:3 = func.call @f0(%v7, %v8, %v9, %v10) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v16 = arith.addf %v15#0, %v10 : f8E4M3FNUZ
  %v17 = arith.constant dense<[127, 32, 127, -128]> : vector<4xi8>
  %v18:2 = arith.mulsi_extended %v17, %arg1 : vector<4xi8>
  %v19 = arith.shrui %v13, %arg0 : vector<2x3xi16>
  %v20 = arith.cmpf true, %v15#1, %v10 : f8E4M3FNUZ
  %v21 = arith.constant -2.5 : f8E4M3FNUZ
  %v22 = arith.cmpf ugt, %v15#1, %v21 : f8E4M3FNUZ
  %v23 = arith.divf %v15#1, %v11#1 : f8E4M3FNUZ
  %v24:3 = func.call @f0(%v7, %v8, %v9, %v10) : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v25 = arith.constant dense<[[false, true, true], [false, true, true]]> : vector<2x3xi1>
  %v26:2 = arith.mulsi_extended %v14, %v25 : vector<2x3xi1>
  %v27 = arith.cmpf true, %v15#1, %v10 : f8E4M3FNUZ
  %v28 = arith.constant 0.1 : f8E4M3FNUZ
  %v29 = arith.minnumf %v11#1, %v28 fastmath<none> : f8E4M3FNUZ
  %v30 = arith.maximumf %v16, %v24#2 : f8E4M3FNUZ
  return %v24#0, %v27 : f8E4M3FNUZ, i1
}
func.func @f3(%arg0: vector<2x3xi8>) -> f8E4M3FNUZ {
  %v0 = arith.constant dense<-4> : vector<2x3xi8>
  %v1 = arith.remui %arg0, %v0 : vector<2x3xi8>
  %v2 = arith.constant 10 : i64
  %v3:2 = arith.mulsi_extended %v2, %v2 : i64
  %v4 = arith.constant 33 : i33
  %v5 = arith.sitofp %v4 : i33 to f64
  %v6 = arith.fptosi %v5 : f64 to i33
  %v7 = arith.constant -1.0 : f32
  %v8 = arith.constant 0x08 : f8E4M3FNUZ
  func.call @f1(%v7, %v8) : (f32, f8E4M3FNUZ) -> ()
  %v10 = arith.constant 7.0 : f32
  %v11 = arith.divf %v10, %v7 : f32
  %v12 = arith.remui %arg0, %v0 : vector<2x3xi8>
  %v13 = arith.constant dense<-3> : vector<2x3xi8>
  %v14 = arith.addi %v1, %v13 overflow<nsw> : vector<2x3xi8>
  %v15 = arith.divf %v10, %v7 : f32
  %v16 = arith.constant 0xFFF8000000000000 : f64
  %v17 = arith.cmpf ueq, %v5, %v16 : f64
  %v18 = arith.maxui %v0, %v1 : vector<2x3xi8>
  %v19 = arith.divsi %v18, %v13 : vector<2x3xi8>
  %v20 = arith.constant 0.0 : f32
  %v21 = arith.cmpf ule, %v20, %v10 fastmath<ninf> : f32
  %v22 = arith.constant dense<[[32767, -1], [-5, 15]]> : tensor<2x2xi16>
  %v23 = arith.constant 0x0000 : bf16
  %v24 = arith.constant 1624344696103477947 : i64
  %v25:3 = func.call @f0(%v22, %v23, %v24, %v8) {tag = 0 : i64} : (tensor<2x2xi16>, bf16, i64, f8E4M3FNUZ) -> (f8E4M3FNUZ, f8E4M3FNUZ, f8E4M3FNUZ)
  %v26 = arith.constant dense<-6> : vector<2x3xi8>
  %v27 = arith.shli %v18, %v26 : vector<2x3xi8>
  %v28 = arith.constant 1 : i64
  %v29 = arith.ceildivsi %v28, %v2 : i64
  %v30 = arith.constant dense<127> : vector<2x3xi8>
  %v31 = arith.subi %v30, %v14 overflow<nsw, nuw> : vector<2x3xi8>
  %v32 = arith.extui %v31 : vector<2x3xi8> to vector<2x3xi64>
  %v33 = arith.constant dense<-3> : vector<2x3xi64>
  %v34 = arith.cmpi sge, %v32, %v33 : vector<2x3xi64>
  %v35 = arith.truncf %v25#1 fastmath<nnan> : f8E4M3FNUZ to f6E2M3FN
  %v36 = arith.constant dense<65> : vector<2x3xi64>
  %v37 = arith.ori %v36, %v33 : vector<2x3xi64>
  %v38 = arith.cmpi ne, %v19, %arg0 : vector<2x3xi8>
  return %v25#1 : f8E4M3FNUZ
}
