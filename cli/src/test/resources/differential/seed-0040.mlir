// Random func/arith module, seed 40.
func.func @f0(%arg0: i32, %arg1: i16, %arg2: i1) -> (i1, i1, i1) {
  %v0 = arith.shrui %arg2, %arg2 : i1
  %v1 = arith.constant 0.1 : f32
  %v2 = arith.cmpf oge, %v1, %v1 : f32
  %v3 = arith.shrui %arg2, %arg2 : i1
  %v4 = arith.cmpf oge, %v1, %v1 : f32
  %v5 = arith.constant 12 : i32
  %v6 = arith.constant 3 : i32
  %v7 = arith.divui %v5, %v6 : i32
  %v8 = arith.cmpf oge, %v1, %v1 : f32
  %v9 = arith.negf %v1 fastmath<ninf> : f32
  %v10 = arith.cmpf oge, %v1, %v1 {tag = 0 : i64} : f32
  %v11 = arith.constant -0.75 : f32
  %v12 = arith.extf %v11 : f32 to f80
  %v13 = arith.constant false
  %v14 = arith.constant false
  %v15:2 = arith.mulsi_extended %v13, %v14 : i1
  %v16 = arith.constant true
  %v17 = arith.constant true
  %v18 = arith.xori %v16, %v17 : i1
  return %v2, %v18, %v15#0 : i1, i1, i1
}
func.func @f1(%arg0: f8E4M3, %arg1: vector<[4]xi64>, %arg2: bf16) -> (bf16, vector<[4]xi64>) {
  %v0 = arith.constant -2147483648 : i32
  %v1 = arith.constant -4 : i32
  %v2 = arith.cmpi ne, %v0, %v1 : i32
  %v3 = arith.constant 0xFFF0000000000000 : f64
  %v4 = arith.negf %v3 : f64
  %v5 = arith.cmpi ne, %v0, %v1 : i32
  %v6 = arith.constant dense<-6943646286866338989> : vector<[4]xi64>
  %v7 = arith.constant dense<0> : vector<[4]xi64>
  %v8 = arith.cmpi eq, %v6, %v7 : vector<[4]xi64>
  %v9 = arith.select %v8, %v7, %v6 : vector<[4]xi1>, vector<[4]xi64>
  %v10 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v11:2 = arith.addui_extended %v7, %v10 : vector<[4]xi64>, vector<[4]xi1>
  %v12 = arith.floordivsi %arg1, %v6 : vector<[4]xi64>
  %v13 = arith.shrsi %v12, %v12 : vector<[4]xi64>
  %v14 = arith.constant dense<65> : vector<[4]xi64>
  %v15:2 = arith.mulsi_extended %arg1, %v14 : vector<[4]xi64>
  %v16 = arith.constant 0x0080 : bf16
  %v17 = arith.subf %arg2, %v16 : bf16
  %v18:2 = arith.addui_extended %v7, %v10 : vector<[4]xi64>, vector<[4]xi1>
  %v19 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v20 = arith.constant dense<-9223372036854775808> : vector<[4]xi64>
  %v21 = arith.cmpi uge, %v19, %v20 : vector<[4]xi64>
  %v22 = arith.constant 0x77 : f8E4M3
  %v23 = arith.addf %v22, %v22 : f8E4M3
  %v24:2 = arith.addui_extended %v7, %v10 : vector<[4]xi64>, vector<[4]xi1>
  return %v17, %v15#1 : bf16, vector<[4]xi64>
}
func.func @f2(%arg0: vector<[4]xi16>, %arg1: f8E3M4) -> vector<[4]xi1> {
  %v0 = arith.negf %arg1 fastmath<nnan> : f8E3M4
  %v1:2 = arith.mulsi_extended %arg0, %arg0 : vector<[4]xi16>
  %v2 = arith.addi %arg0, %v1#0 : vector<[4]xi16>
  %v3 = arith.constant dense<0> : vector<[4]xi16>
  %v4 = arith.divui %v3, %v1#1 : vector<[4]xi16>
  %v5 = arith.cmpi ugt, %v3, %v2 : vector<[4]xi16>
  %v6 = arith.shrui %v1#0, %v3 : vector<[4]xi16>
  %v7 = arith.negf %arg1 fastmath<nnan> : f8E3M4
  %v8 = arith.constant -63 : i8
  %v9 = arith.ori %v8, %v8 : i8
  %v10 = arith.constant false
  %v11 = arith.select %v10, %v7, %arg1 : f8E3M4
  %v12 = arith.constant 8388608 : i32
  %v13 = arith.constant -6 : i32
  %v14:2 = arith.mulsi_extended %v12, %v13 : i32
  %v15 = arith.constant 32 : i32
  %v16 = arith.constant -5 : i16
  %v17:3 = func.call @f0(%v15, %v16, %v10) : (i32, i16, i1) -> (i1, i1, i1)
  %v18 = arith.ceildivui %v4, %v2 : vector<[4]xi16>
  %v19 = arith.constant dense<true> : vector<[4]xi1>
  %v20 = arith.xori %v5, %v19 : vector<[4]xi1>
  %v21 = arith.xori %v20, %v19 : vector<[4]xi1>
  %v22 = arith.extui %v17#0 : i1 to i33
  return %v5 : vector<[4]xi1>
}
