// Random func/arith module, seed 185.
func.func @f0(%arg0: tensor<3xbf16>) -> (i32, tensor<3xbf16>, tensor<3xbf16>) {
  %v0 = arith.constant 32 : i32
  %v1 = arith.constant 776583391 : i32
  %v2 = arith.ceildivsi %v0, %v1 : i32
  %v3 = arith.constant 31 : i32
  %v4 = arith.shli %v0, %v3 overflow<nsw, nuw> : i32
  %v5 = arith.ceildivsi %v0, %v1 : i32
  %v6 = arith.constant -1 : i32
  %v7 = arith.constant 31 : i32
  %v8 = arith.shrsi %v6, %v7 : i32
  %v9 = arith.constant 0 : i32
  %v10:2 = arith.mulsi_extended %v1, %v9 : i32
  %v11 = arith.addf %arg0, %arg0 : tensor<3xbf16>
  %v12 = arith.constant 2147483647 : i32
  %v13:2 = arith.addui_extended %v3, %v12 : i32, i1
  %v14 = arith.constant false
  %v15 = arith.maxsi %v13#1, %v14 : i1
  %v16 = arith.constant dense<[1.0e+10, 0xBF80, 0.5]> : tensor<3xbf16>
  %v17 = arith.divf %v11, %v16 : tensor<3xbf16>
  %v18 = arith.constant true
  %v19 = arith.cmpi slt, %v18, %v13#1 : i1
  %v20:2 = arith.mulsi_extended %v1, %v9 : i32
  %v21 = arith.constant dense<0.5> : tensor<3xbf16>
  %v22 = arith.mulf %arg0, %v21 : tensor<3xbf16>
  return %v20#0, %v22, %v17 : i32, tensor<3xbf16>, tensor<3xbf16>
}
func.func @f1(%arg0: f64, %arg1: f64) -> vector<2xi8> {
  %v0 = arith.truncf %arg1 : f64 to f32
  %v1 = arith.constant 127 : i8
  %v2 = arith.constant -128 : i8
  %v3 = arith.floordivsi %v1, %v2 : i8
  %v4 = arith.constant 0x7FC00000 : f32
  %v5 = arith.minnumf %v0, %v4 : f32
  %v6:2 = arith.mulsi_extended %v2, %v3 : i8
  %v7 = arith.constant 0x0010000000000000 : f64
  %v8 = arith.maxnumf %v7, %arg1 fastmath<arcp,afn> : f64
  %v9 = arith.constant 4 : i8
  %v10 = arith.ceildivsi %v2, %v9 : i8
  %v11 = arith.uitofp %v1 : i8 to f8E5M2FNUZ
  %v12 = arith.constant dense<10> : vector<2xi8>
  %v13:2 = arith.mulsi_extended %v12, %v12 : vector<2xi8>
  %v14 = arith.constant 16 : i8
  %v15 = arith.constant 0 : i8
  %v16 = arith.ceildivsi %v14, %v15 : i8
  %v17 = arith.constant dense<-1> : vector<2xi8>
  %v18 = arith.cmpi sge, %v12, %v17 : vector<2xi8>
  %v19 = arith.constant -64 : i7
  %v20 = arith.cmpi eq, %v19, %v19 : i7
  return %v13#0 : vector<2xi8>
}
