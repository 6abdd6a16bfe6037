// Random func/arith module, seed 163.
func.func @f0(%arg0: f32, %arg1: f32, %arg2: bf16) -> (f8E8M0FNU, i32) {
  %v0 = arith.constant 0xFF : f8E8M0FNU
  %v1 = arith.constant 0.0 : f8E8M0FNU
  %v2 = arith.subf %v0, %v1 : f8E8M0FNU
  %v3 = arith.subf %v0, %v1 : f8E8M0FNU
  %v4 = arith.constant 32 : i32
  %v5:2 = arith.mulsi_extended %v4, %v4 : i32
  %v6 = arith.addf %v0, %v3 : f8E8M0FNU
  %v7 = arith.uitofp %v4 : i32 to f64
  %v8 = arith.constant 0xFF : f8E8M0FNU
  %v9 = arith.remf %v2, %v8 : f8E8M0FNU
  %v10:2 = arith.mulsi_extended %v5#0, %v5#1 : i32
  return %v9, %v10#0 : f8E8M0FNU, i32
}
func.func @f1(%arg0: vector<[4]xf64>, %arg1: i32, %arg2: i16, %arg3: i1) -> (i32, i32) {
  %v0 = arith.constant true
  %v1 = arith.cmpi ugt, %arg3, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.constant false
  %v4 = arith.select %v1, %v2, %v3 : i1
  %v5 = arith.constant dense<0x7FEFFFFFFFFFFFFF> : vector<[4]xf64>
  %v6 = arith.constant dense<0.1> : vector<[4]xf64>
  %v7 = arith.divf %v5, %v6 fastmath<ninf> : vector<[4]xf64>
  %v8 = arith.minui %arg1, %arg1 : i32
  %v9 = arith.constant -1 : i32
  %v10 = arith.constant -298126105 : i32
  %v11 = arith.addi %v9, %v10 : i32
  %v12 = arith.constant 1 : i16
  %v13 = arith.floordivsi %arg2, %v12 : i16
  %v14:2 = arith.mulsi_extended %arg1, %arg1 : i32
  return %v14#0, %v8 : i32, i32
}
