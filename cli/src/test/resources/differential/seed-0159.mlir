// Random func/arith module, seed 159.
func.func @f0(%arg0: vector<4xf32>) -> vector<4xf32> {
  %v0 = arith.constant false
  %v1 = arith.ceildivsi %v0, %v0 : i1
  %v2 = arith.constant true
  %v3 = arith.maxui %v2, %v0 : i1
  %v4 = arith.maxui %v2, %v0 : i1
  %v5 = arith.maxui %v2, %v0 : i1
  %v6 = arith.subf %arg0, %arg0 : vector<4xf32>
  %v7 = arith.truncf %v6 : vector<4xf32> to vector<4xf16>
  %v8 = arith.ceildivsi %v0, %v0 : i1
  %v9 = arith.maxui %v0, %v2 : i1
  %v10 = arith.constant false
  %v11:2 = arith.mulsi_extended %v5, %v10 : i1
  %v12 = arith.subf %arg0, %arg0 : vector<4xf32>
  %v13 = arith.constant 0x7FC0 : bf16
  %v14 = arith.select %v0, %v13, %v13 : bf16
  %v15 = arith.constant true
  %v16 = arith.index_cast %v15 : i1 to index
  %v17 = arith.constant 12 : i32
  %v18 = arith.remui %v17, %v17 : i32
  %v19 = arith.constant dense<0x8000> : vector<4xf16>
  %v20 = arith.maxnumf %v19, %v7 : vector<4xf16>
  %v21 = arith.constant dense<1.0> : vector<4xf32>
  %v22 = arith.truncf %v21 : vector<4xf32> to vector<4xbf16>
  %v23 = arith.subf %arg0, %arg0 : vector<4xf32>
  %v24 = arith.maxui %v0, %v2 : i1
  %v25 = arith.ori %v17, %v17 : i32
  %v26 = arith.cmpi sge, %v17, %v17 : i32
  %v27 = arith.constant dense<0xFF800000> : vector<4xf32>
  %v28 = arith.constant dense<0xFF800000> : vector<4xf32>
  %v29 = arith.remf %v27, %v28 : vector<4xf32>
  return %v23 : vector<4xf32>
}
func.func @f1(%arg0: vector<2xf64>, %arg1: f8E3M4, %arg2: vector<2x3xbf16>, %arg3: vector<2xi32>) -> (vector<4xf32>, f8E4M3FNUZ, vector<2xi64>) {
  %v0 = arith.index_castui %arg3 : vector<2xi32> to vector<2xindex>
  %v1 = arith.constant dense<0x80000000> : vector<4xf32>
  %v2 = func.call @f0(%v1) : (vector<4xf32>) -> vector<4xf32>
  %v3 = arith.constant dense<-1> : vector<2xi64>
  %v4:2 = arith.mului_extended %v3, %v3 : vector<2xi64>
  %v5 = arith.constant 0x7BFF : f16
  %v6 = arith.constant 0x7BFF : f16
  %v7 = arith.addf %v5, %v6 : f16
  %v8 = arith.constant 0x7C : f8E4M3FNUZ
  %v9 = arith.bitcast %v8 : f8E4M3FNUZ to f8E5M2
  %v10 = arith.constant true
  %v11 = arith.constant 0x77 : f8E4M3FNUZ
  %v12 = arith.select %v10, %v8, %v11 : f8E4M3FNUZ
  %v13 = arith.constant dense<[[-3.0e-05, 0x0001, 1.0e+10], [0x7F7F, 100.0, 7.0]]> : vector<2x3xbf16>
  %v14 = arith.cmpf true, %v13, %arg2 : vector<2x3xbf16>
  %v15 = func.call @f0(%v2) : (vector<4xf32>) -> vector<4xf32>
  %v16 = arith.constant dense<false> : vector<2x3xi1>
  %v17 = arith.select %v16, %v14, %v16 : vector<2x3xi1>, vector<2x3xi1>
  %v18 = arith.extf %arg1 : f8E3M4 to bf16
  %v19 = arith.constant 0xBF80 : bf16
  %v20 = arith.mulf %v18, %v19 fastmath<nnan,ninf> : bf16
  %v21 = arith.constant false
  %v22 = arith.cmpi uge, %v21, %v21 : i1
  %v23 = arith.constant dense<-1> : vector<2xi32>
  %v24 = arith.cmpi ule, %arg3, %v23 : vector<2xi32>
  %v25 = arith.cmpi ule, %arg3, %v23 : vector<2xi32>
  %v26 = func.call @f0(%v15) : (vector<4xf32>) -> vector<4xf32>
  %v27 = arith.cmpf ugt, %v20, %v20 fastmath<none> : bf16
  %v28 = arith.remui %v17, %v14 : vector<2x3xi1>
  return %v26, %v8, %v4#0 : vector<4xf32>, f8E4M3FNUZ, vector<2xi64>
}
func.func @f2(%arg0: f16) -> (vector<2xi64>, f8E4M3FNUZ) {
  %v0 = arith.constant -128 : i8
  %v1 = arith.constant -128 : i8
  %v2 = arith.cmpi ult, %v0, %v1 : i8
  %v3 = arith.constant true
  %v4 = arith.constant true
  %v5 = arith.subi %v3, %v4 : i1
  %v6 = arith.constant dense<0xA988120501947EEF> : vector<2xf64>
  %v7 = arith.constant 0x0F : f8E3M4
  %v8 = arith.constant dense<0x7FC0> : vector<2x3xbf16>
  %v9 = arith.constant dense<-2147483648> : vector<2xi32>
  %v10:3 = func.call @f1(%v6, %v7, %v8, %v9) : (vector<2xf64>, f8E3M4, vector<2x3xbf16>, vector<2xi32>) -> (vector<4xf32>, f8E4M3FNUZ, vector<2xi64>)
  %v11 = arith.divui %v10#2, %v10#2 exact : vector<2xi64>
  %v12 = arith.minui %v9, %v9 : vector<2xi32>
  %v13 = arith.constant dense<[-2.5, 0xFF800000, 0x80000000, -0.75]> : vector<4xf32>
  %v14 = func.call @f0(%v13) : (vector<4xf32>) -> vector<4xf32>
  %v15 = arith.constant 4.0 : f8E4M3FNUZ
  %v16 = arith.mulf %v10#1, %v15 fastmath<nsz> : f8E4M3FNUZ
  %v17 = arith.constant dense<1> : tensor<2x2xi8>
  %v18 = arith.floordivsi %v17, %v17 : tensor<2x2xi8>
  %v19 = arith.constant dense<-9081925684199365813> : vector<2xi64>
  %v20 = arith.maxui %v11, %v19 : vector<2xi64>
  %v21:3 = func.call @f1(%v6, %v7, %v8, %v9) : (vector<2xf64>, f8E3M4, vector<2x3xbf16>, vector<2xi32>) -> (vector<4xf32>, f8E4M3FNUZ, vector<2xi64>)
  %v22 = arith.constant dense<[1.0, 0x0010000000000000]> : vector<2xf64>
  %v23 = arith.constant dense<1> : vector<2xi32>
  %v24:3 = func.call @f1(%v22, %v7, %v8, %v23) : (vector<2xf64>, f8E3M4, vector<2x3xbf16>, vector<2xi32>) -> (vector<4xf32>, f8E4M3FNUZ, vector<2xi64>)
  %v25:2 = arith.addui_extended %v21#2, %v19 : vector<2xi64>, vector<2xi1>
  %v26:3 = func.call @f1(%v6, %v7, %v8, %v9) : (vector<2xf64>, f8E3M4, vector<2x3xbf16>, vector<2xi32>) -> (vector<4xf32>, f8E4M3FNUZ, vector<2xi64>)
  %v27 = arith.constant 0x149BFF4C : f32
  %v28 = arith.constant 0x7F800000 : f32
  %v29 = arith.addf %v27, %v28 fastmath<nsz> : f32
  return %v24#2, %v24#1 : vector<2xi64>, f8E4M3FNUZ
}
