// Random func/arith module, seed 95.
func.func @f0(%arg0: i128, %arg1: i64, %arg2: i33) -> i128 {
  %v0 = arith.shli %arg0, %arg0 : i128
  %v1 = arith.constant true
  %v2 = arith.constant 7.0 : f8E4M3FNUZ
  %v3 = arith.select %v1, %v2, %v2 : f8E4M3FNUZ
  %v4 = arith.constant false
  %v5 = arith.constant -0.0 : f8E4M3FNUZ
  %v6 = arith.select %v4, %v5, %v2 : f8E4M3FNUZ
  %v7 = arith.subi %arg2, %arg2 : i33
  %v8 = arith.subf %v5, %v2 : f8E4M3FNUZ
  %v9 = arith.constant -4 : i128
  %v10 = arith.cmpi sge, %arg0, %v9 : i128
  %v11 = arith.constant true
  %v12 = arith.andi %v11, %v10 : i1
  %v13 = arith.constant 6147025493759991461841365073816516282 : i128
  %v14 = arith.select %v10, %arg0, %v13 : i128
  %v15 = arith.cmpf ord, %v2, %v5 : f8E4M3FNUZ
  %v16 = arith.uitofp %v14 : i128 to f128
  %v17 = arith.cmpf ord, %v2, %v5 : f8E4M3FNUZ
  %v18 = arith.fptosi %v16 : f128 to i64
  %v19 = arith.constant dense<0.5> : vector<2x3xf16>
  %v20 = arith.constant dense<0x0001> : vector<2x3xf16>
  %v21 = arith.cmpf oeq, %v19, %v20 fastmath<arcp,afn> : vector<2x3xf16>
  %v22 = arith.constant true
  %v23 = arith.minsi %v17, %v22 : i1
  %v24 = arith.constant 0x7FFF0000000000000000000000000000 : f128
  %v25 = arith.bitcast %v24 : f128 to i128
  return %v14 : i128
}
func.func @f1(%arg0: index, %arg1: f32, %arg2: tensor<0xbf16>, %arg3: f8E4M3FNUZ) {
  %v0 = arith.floordivsi %arg0, %arg0 : index
  %v1 = arith.floordivsi %arg0, %arg0 : index
  %v2 = arith.constant 0.1 : f32
  %v3 = arith.minimumf %arg1, %v2 : f32
  %v4 = arith.constant 2 : index
  %v5 = arith.subi %v4, %v0 : index
  %v6 = arith.constant 1.0 : f64
  %v7 = arith.fptoui %v6 : f64 to i33
  %v8 = arith.constant dense<1> : tensor<2x2xi32>
  %v9 = arith.cmpi ne, %v8, %v8 : tensor<2x2xi32>
  %v10 = arith.constant dense<-32768> : tensor<0xi16>
  %v11 = arith.extui %v10 : tensor<0xi16> to tensor<0xi64>
  %v12 = arith.constant dense<[]> : tensor<0xi16>
  %v13 = arith.extui %v12 : tensor<0xi16> to tensor<0xi64>
  %v14 = arith.cmpi slt, %v11, %v13 : tensor<0xi64>
  %v15 = arith.constant 2217917696898480075 : i64
  %v16 = arith.constant 63 : i64
  %v17 = arith.cmpi ne, %v15, %v16 : i64
  %v18 = arith.constant 3.0 : f8E4M3B11FNUZ
  %v19 = arith.cmpf ueq, %v18, %v18 fastmath<ninf> : f8E4M3B11FNUZ
  %v20 = arith.constant true
  %v21 = arith.muli %v19, %v20 : i1
  return
}
func.func @f2(%arg0: i64, %arg1: vector<4xi8>, %arg2: i8) -> vector<4xi8> {
  %v0 = arith.bitcast %arg0 : i64 to f64
  %v1 = arith.fptosi %v0 : f64 to i128
  %v2 = arith.constant 4489810574001134992 : index
  %v3 = arith.constant -3.0e-05 : f32
  %v4 = arith.constant dense<1.0> : tensor<0xbf16>
  %v5 = arith.constant 3.0 : f8E4M3FNUZ
  func.call @f1(%v2, %v3, %v4, %v5) {tag = 0 : i64} : (index, f32, tensor<0xbf16>, f8E4M3FNUZ) -> ()
  %v7 = arith.constant false
  %v8 = arith.constant dense<127> : vector<4xi8>
  %v9 = arith.select %v7, %v8, %arg1 : vector<4xi8>
  %v10 = arith.constant 14 : i8
  %v11 = arith.ceildivui %v10, %arg2 : i8
  %v12 = arith.extf %v4 : tensor<0xbf16> to tensor<0xf64>
  %v13 = arith.select %v7, %v8, %arg1 : vector<4xi8>
  %v14 = arith.constant 1 : i128
  %v15 = arith.remsi %v1, %v14 : i128
  %v16:2 = arith.mulsi_extended %v9, %arg1 : vector<4xi8>
  %v17 = arith.constant false
  %v18 = arith.select %v17, %v11, %arg2 {tag = 0 : i64} : i8
  %v19 = arith.select %v7, %v8, %arg1 : vector<4xi8>
  %v20 = arith.constant dense<0x0000000000000000> : tensor<0xf64>
  %v21 = arith.constant dense<0.0> : tensor<0xf64>
  %v22 = arith.minnumf %v20, %v21 fastmath<nnan> : tensor<0xf64>
  %v23 = arith.index_cast %v8 : vector<4xi8> to vector<4xindex>
  func.call @f1(%v2, %v3, %v4, %v5) {tag = 0 : i64} : (index, f32, tensor<0xbf16>, f8E4M3FNUZ) -> ()
  %v25 = arith.constant dense<-8> : vector<4xi8>
  %v26 = arith.maxsi %v19, %v25 : vector<4xi8>
  %v27 = arith.fptoui %v0 : f64 to i7
  %v28 = arith.constant dense<14> : vector<4xi8>
  %v29 = arith.muli %v26, %v28 : vector<4xi8>
  %v30 = arith.constant dense<0> : vector<4xi8>
  %v31 = arith.muli %v29, %v30 : vector<4xi8>
  return %v16#1 : vector<4xi8>
}
func.func @f3(%arg0: tensor<2x2xf64>) -> i128 {
  %v0 = arith.cmpf oeq, %arg0, %arg0 : tensor<2x2xf64>
  %v1 = arith.constant dense<[[true, true], [true, true]]> : tensor<2x2xi1>
  %v2 = arith.cmpi ne, %v1, %v1 : tensor<2x2xi1>
  %v3 = arith.constant 0x00 : f8E8M0FNU
  %v4 = arith.bitcast %v3 : f8E8M0FNU to f8E4M3
  %v5 = arith.constant 1 : i128
  %v6 = arith.constant 1 : i64
  %v7 = arith.constant -4294967296 : i33
  %v8 = func.call @f0(%v5, %v6, %v7) : (i128, i64, i33) -> i128
  %v9 = arith.constant dense<[[false, true], [true, true]]> : tensor<2x2xi1>
  %v10 = arith.cmpi ne, %v0, %v9 : tensor<2x2xi1>
  %v11 = arith.minui %v8, %v8 : i128
  %v12 = arith.constant 10 : i33
  %v13 = func.call @f0(%v5, %v6, %v12) : (i128, i64, i33) -> i128
  %v14 = arith.constant 618970019642690137449562112 : i128
  %v15 = arith.constant 2 : i128
  %v16:2 = arith.mului_extended %v14, %v15 : i128
  %v17 = arith.minsi %v14, %v11 : i128
  %v18 = arith.constant 2 : index
  %v19 = arith.constant -9223372036854775808 : index
  %v20 = arith.maxsi %v18, %v19 : index
  return %v17 : i128
}
