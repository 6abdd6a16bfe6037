// Random func/arith module, seed 160.
func.func @f0(%arg0: f32) -> tensor<3xi1> {
  %v0 = arith.constant dense<11> : tensor<3xi32>
  %v1:2 = arith.addui_extended %v0, %v0 : tensor<3xi32>, tensor<3xi1>
  %v2 = arith.constant dense<-2.5> : tensor<2x2xf64>
  %v3 = arith.constant dense<1.0> : tensor<2x2xf64>
  %v4 = arith.minimumf %v2, %v3 : tensor<2x2xf64>
  %v5 = arith.constant true
  %v6 = arith.select %v5, %arg0, %arg0 : f32
  %v7 = arith.constant true
  %v8 = arith.minsi %v5, %v7 : i1
  %v9 = arith.constant dense<true> : tensor<3xi1>
  %v10 = arith.cmpi ne, %v1#1, %v9 : tensor<3xi1>
  %v11 = arith.divui %v7, %v5 : i1
  %v12 = arith.divui %v7, %v5 : i1
  %v13 = arith.constant dense<1> : tensor<3xi32>
  %v14 = arith.remsi %v13, %v1#0 : tensor<3xi32>
  return %v10 : tensor<3xi1>
}
func.func @f1(%arg0: f8E4M3FNUZ, %arg1: f8E4M3FNUZ) -> (i1, i1, i1, f8E4M3FNUZ) {
  %v0 = arith.constant false
  %v1 = arith.cmpi ne, %v0, %v0 : i1
  %v2 = arith.select %v1, %v0, %v0 : i1
  %v3 = arith.constant false
  %v4 = arith.constant 100.0 : bf16
  %v5 = arith.constant 2.0 : bf16
  %v6 = arith.select %v3, %v4, %v5 : bf16
  %v7 = arith.constant true
  %v8 = arith.extui %v7 : i1 to i64
  %v9 = arith.constant true
  %v10 = arith.constant false
  %v11 = arith.remsi %v9, %v10 : i1
  %v12 = arith.maxnumf %arg1, %arg0 fastmath<ninf> : f8E4M3FNUZ
  %v13 = arith.remf %arg0, %arg0 : f8E4M3FNUZ
  %v14:2 = arith.mulsi_extended %v7, %v11 : i1
  %v15 = arith.constant 0x77 : f8E4M3FNUZ
  %v16 = arith.cmpf ord, %arg1, %v15 : f8E4M3FNUZ
  %v17 = arith.constant false
  %v18 = arith.cmpi ule, %v14#0, %v17 : i1
  %v19 = arith.extui %v7 : i1 to i64
  return %v11, %v16, %v16, %v13 : i1, i1, i1, f8E4M3FNUZ
}
func.func @f2(%arg0: f64, %arg1: index, %arg2: f32) -> index {
  %v0 = arith.constant 0x7FF8000000000000 : f64
  %v1 = arith.mulf %v0, %arg0 fastmath<arcp,afn> : f64
  %v2 = arith.constant 9 : i32
  %v3 = arith.cmpi ugt, %v2, %v2 : i32
  %v4 = arith.constant true
  %v5 = arith.maxui %v4, %v4 : i1
  %v6 = arith.cmpf true, %arg2, %arg2 : f32
  %v7 = arith.constant 0x10 : f8E3M4
  %v8 = arith.constant 0.0 : f8E3M4
  %v9 = arith.divf %v7, %v8 : f8E3M4
  %v10 = arith.minsi %v4, %v3 : i1
  %v11 = arith.minsi %v4, %v3 : i1
  %v12 = arith.constant 2.0 : f32
  %v13 = arith.cmpf une, %arg2, %v12 : f32
  %v14 = arith.constant 63 : index
  %v15 = arith.ori %v14, %arg1 : index
  %v16 = arith.cmpf true, %arg2, %arg2 : f32
  return %v15 : index
}
