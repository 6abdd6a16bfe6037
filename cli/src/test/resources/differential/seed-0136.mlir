// Random func/arith module, seed 136.
func.func @f0(%arg0: f8E4M3FNUZ, %arg1: i32, %arg2: i64) -> f8E4M3FNUZ {
  %v0 = arith.constant 1 : i32
  %v1 = arith.minui %v0, %arg1 : i32
  %v2 = arith.minui %arg1, %v0 : i32
  %v3 = arith.cmpf ole, %arg0, %arg0 fastmath<ninf> : f8E4M3FNUZ
  %v4 = arith.constant false
  %v5 = arith.muli %v4, %v3 : i1
  %v6 = arith.constant true
  %v7 = arith.maxsi %v5, %v6 : i1
  %v8 = arith.constant 0x01 : f8E4M3FNUZ
  %v9 = arith.maximumf %arg0, %v8 : f8E4M3FNUZ
  return %v9 : f8E4M3FNUZ
}
func.func @f1(%arg0: vector<f16>, %arg1: vector<2x3xf64>, %arg2: vector<2xi32>, %arg3: f64) -> vector<2xf16> {
  %v0 = arith.constant dense<-1> : vector<2xi32>
  %v1 = arith.xori %arg2, %v0 : vector<2xi32>
  %v2 = arith.xori %v1, %v0 : vector<2xi32>
  %v3 = arith.minimumf %arg1, %arg1 : vector<2x3xf64>
  %v4 = arith.negf %arg0 fastmath<reassoc,contract> : vector<f16>
  %v5 = arith.negf %arg0 fastmath<reassoc,contract> : vector<f16>
  %v6 = arith.sitofp %arg2 : vector<2xi32> to vector<2xf16>
  %v7 = arith.constant dense<14> : vector<2xi32>
  %v8 = arith.remui %v7, %arg2 : vector<2xi32>
  %v9 = arith.constant 1.0e+10 : f32
  %v10 = arith.negf %v9 fastmath<ninf> : f32
  %v11 = arith.constant dense<0x7C00> : vector<2xf16>
  %v12 = arith.mulf %v6, %v11 : vector<2xf16>
  return %v12 : vector<2xf16>
}
