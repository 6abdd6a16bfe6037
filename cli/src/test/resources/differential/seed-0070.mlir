// Random func/arith module, seed 70.
func.func @f0(%arg0: i64, %arg1: tensor<0xindex>, %arg2: i16) -> (i64, i64) {
  %v0 = arith.constant dense<-1.0> : vector<bf16>
  %v1 = arith.remf %v0, %v0 : vector<bf16>
  %v2 = arith.constant dense<0x7FC0> : vector<bf16>
  %v3 = arith.addf %v2, %v0 : vector<bf16>
  %v4 = arith.constant 1 : index
  %v5 = arith.maxui %v4, %v4 : index
  %v6 = arith.constant dense<0xFF80> : vector<bf16>
  %v7 = arith.constant dense<-0.75> : vector<bf16>
  %v8 = arith.addf %v6, %v7 : vector<bf16>
  %v9 = arith.floordivsi %arg2, %arg2 : i16
  %v10 = arith.addf %v2, %v0 : vector<bf16>
  %v11 = arith.maxui %v4, %v4 : index
  %v12 = arith.constant dense<[]> : tensor<0xindex>
  %v13 = arith.constant dense<-9223372036854775808> : tensor<0xindex>
  %v14 = arith.maxsi %v12, %v13 : tensor<0xindex>
  %v15 = arith.ceildivui %arg0, %arg0 : i64
  %v16 = arith.constant 1 : i64
  %v17:2 = arith.addui_extended %arg0, %v16 : i64, i1
  %v18 = arith.constant dense<-9223372036854775808> : tensor<0xi64>
  %v19 = arith.constant dense<[]> : tensor<0xi64>
  %v20:2 = arith.mulsi_extended %v18, %v19 : tensor<0xi64>
  %v21 = arith.constant dense<0x0080> : vector<bf16>
  %v22 = arith.constant dense<0x7F7F> : vector<bf16>
  %v23 = arith.divf %v21, %v22 : vector<bf16>
  %v24 = arith.ceildivui %arg0, %arg0 : i64
  %v25 = arith.maxui %v4, %v4 : index
  %v26 = arith.constant dense<[]> : tensor<0xi64>
  %v27:2 = arith.mului_extended %v26, %v20#0 : tensor<0xi64>
  return %v17#0, %v24 : i64, i64
}
func.func @f1(%arg0: f8E4M3B11FNUZ, %arg1: f32, %arg2: vector<4xf32>) -> i1 {
  %v0 = arith.constant 0x7F7FFFFF : f32
  %v1 = arith.cmpf une, %arg1, %v0 fastmath<nsz> : f32
  %v2 = arith.constant 0xB8 : f8E4M3B11FNUZ
  %v3 = arith.extf %v2 : f8E4M3B11FNUZ to bf16
  %v4 = arith.constant true
  %v5:2 = arith.addui_extended %v1, %v4 : i1, i1
  %v6:2 = arith.addui_extended %v1, %v4 : i1, i1
  %v7 = arith.shli %v6#0, %v5#0 : i1
  %v8 = arith.floordivsi %v1, %v6#0 : i1
  return %v8 : i1
}
