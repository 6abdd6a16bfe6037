// Random func/arith module, seed 75.
func.func @f0(%arg0: i32, %arg1: tensor<2x2xf64>, %arg2: vector<2xbf16>, %arg3: i33) -> (f64, i33, i1) {
  %v0 = arith.cmpi ne, %arg0, %arg0 : i32
  %v1 = arith.select %v0, %arg0, %arg0 : i32
  %v2 = arith.constant -1 : i32
  %v3 = arith.xori %arg0, %v2 : i32
  %v4 = arith.xori %v3, %v2 : i32
  %v5 = arith.remf %arg2, %arg2 : vector<2xbf16>
  %v6 = arith.constant false
  %v7 = arith.xori %v6, %v0 : i1
  %v8 = arith.sitofp %arg3 : i33 to f64
  %v9 = arith.constant 9 : i8
  %v10 = arith.cmpi sle, %v9, %v9 : i8
  %v11 = arith.sitofp %arg3 : i33 to f64
  return %v11, %arg3, %v7 : f64, i33, i1
}
func.func @f1(%arg0: bf16) {
  %v0 = arith.constant dense<2147483647> : vector<2xi32>
  %v1 = arith.extsi %v0 : vector<2xi32> to vector<2xi64>
  %v2 = arith.constant dense<1> : vector<2xi32>
  %v3 = arith.extsi %v2 : vector<2xi32> to vector<2xi64>
  %v4 = arith.cmpi ne, %v1, %v3 : vector<2xi64>
  %v5 = arith.constant dense<-128> : vector<2xi8>
  %v6 = arith.extui %v5 : vector<2xi8> to vector<2xi64>
  %v7 = arith.constant dense<-3> : vector<2xi64>
  %v8 = arith.cmpi ne, %v6, %v7 : vector<2xi64>
  %v9 = arith.constant dense<9223372036854775807> : vector<2xi64>
  %v10:2 = arith.addui_extended %v1, %v9 : vector<2xi64>, vector<2xi1>
  %v11 = arith.constant 0x5 : f4E2M1FN
  %v12 = arith.constant 0x6 : f4E2M1FN
  %v13 = arith.minimumf %v11, %v12 : f4E2M1FN
  %v14 = arith.constant dense<63> : vector<2xi64>
  %v15 = arith.ceildivui %v14, %v9 : vector<2xi64>
  %v16 = arith.constant 0 : i8
  %v17 = arith.constant 7 : i8
  %v18 = arith.addi %v16, %v17 : i8
  %v19 = arith.constant 4 : i8
  %v20 = arith.addi %v19, %v18 : i8
  %v21:2 = arith.mulsi_extended %v10#0, %v14 : vector<2xi64>
  %v22 = arith.constant dense<14> : vector<2xi8>
  %v23 = arith.shrui %v22, %v5 : vector<2xi8>
  %v24 = arith.constant -170141183460469231731687303715884105728 : i128
  %v25 = arith.subi %v24, %v24 : i128
  %v26 = arith.constant dense<[-1, 9223372036854775807]> : vector<2xi64>
  %v27 = arith.constant dense<[0, 1]> : vector<2xi64>
  %v28 = arith.minui %v26, %v27 : vector<2xi64>
  %v29 = arith.constant 0x5258 : bf16
  %v30 = arith.addf %arg0, %v29 fastmath<nnan> : bf16
  %v31:2 = arith.mulsi_extended %v10#0, %v14 : vector<2xi64>
  %v32 = arith.shrui %v22, %v5 : vector<2xi8>
  return
}
