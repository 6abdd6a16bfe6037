// Random func/arith module, seed 57.
func.func @f0(%arg0: i16, %arg1: vector<2x3xi1>, %arg2: vector<2xi8>) -> vector<2xi8> {
  %v0 = arith.constant dense<false> : vector<2x3xi1>
  %v1 = arith.shrui %v0, %v0 : vector<2x3xi1>
  %v2 = arith.constant 0x01 : f8E3M4
  %v3 = arith.maximumf %v2, %v2 : f8E3M4
  %v4 = arith.cmpf true, %v3, %v2 : f8E3M4
  %v5 = arith.constant dense<false> : vector<2x3xi1>
  %v6 = arith.cmpi ugt, %arg1, %v5 : vector<2x3xi1>
  %v7 = arith.cmpi ugt, %v5, %v5 : vector<2x3xi1>
  %v8 = arith.constant false
  %v9 = arith.constant 0xF0 : f8E3M4
  %v10 = arith.select %v8, %v9, %v2 : f8E3M4
  %v11 = arith.constant dense<[7, -8]> : vector<2xi8>
  %v12 = arith.cmpi sle, %arg2, %v11 : vector<2xi8>
  %v13 = arith.andi %v12, %v12 : vector<2xi1>
  %v14 = arith.subf %v9, %v3 fastmath<none> : f8E3M4
  %v15 = arith.addf %v10, %v9 : f8E3M4
  %v16 = arith.addf %v2, %v15 fastmath<nnan> : f8E3M4
  %v17 = arith.extf %v9 fastmath<fast> : f8E3M4 to f64
  %v18 = arith.select %v8, %v9, %v2 : f8E3M4
  %v19 = arith.constant dense<6> : vector<2xi8>
  %v20 = arith.sitofp %v19 : vector<2xi8> to vector<2xf16>
  %v21 = arith.constant dense<8> : vector<2xi8>
  %v22 = arith.shli %v21, %arg2 : vector<2xi8>
  return %v22 : vector<2xi8>
}
func.func @f1(%arg0: i32, %arg1: f8E4M3FNUZ, %arg2: i1) -> vector<2xi8> {
  %v0 = arith.constant dense<[true, true, false, true]> : vector<4xi1>
  %v1 = arith.minsi %v0, %v0 : vector<4xi1>
  %v2 = arith.constant 2147483647 : i32
  %v3 = arith.divsi %arg0, %v2 : i32
  %v4 = arith.constant dense<9223372036854775807> : vector<2xi64>
  %v5 = arith.constant dense<-1> : vector<2xi64>
  %v6 = arith.maxsi %v4, %v5 : vector<2xi64>
  %v7 = arith.constant 0xFC : f8E4M3FNUZ
  %v8 = arith.maxnumf %v7, %arg1 fastmath<none> : f8E4M3FNUZ
  %v9 = arith.extf %arg1 fastmath<nnan> : f8E4M3FNUZ to f64
  %v10 = arith.minsi %v0, %v0 : vector<4xi1>
  %v11 = arith.constant 4.0 : f8E4M3FNUZ
  %v12 = arith.minnumf %v8, %v11 fastmath<none> : f8E4M3FNUZ
  %v13 = arith.cmpf ugt, %v9, %v9 fastmath<none> : f64
  %v14 = arith.constant -170141183460469231731687303715884105728 : i128
  %v15 = arith.divsi %v14, %v14 exact : i128
  %v16 = arith.constant 32767 : i16
  %v17 = arith.constant dense<[[true, true, true], [true, true, true]]> : vector<2x3xi1>
  %v18 = arith.constant dense<8> : vector<2xi8>
  %v19 = func.call @f0(%v16, %v17, %v18) : (i16, vector<2x3xi1>, vector<2xi8>) -> vector<2xi8>
  %v20 = arith.minsi %v0, %v0 : vector<4xi1>
  %v21 = arith.select %v13, %v14, %v15 : i128
  %v22 = arith.cmpi ugt, %arg0, %v2 : i32
  %v23 = arith.fptoui %v9 : f64 to i7
  %v24 = arith.constant 0x7FF8000000000000 : f64
  %v25 = arith.addf %v24, %v9 : f64
  %v26 = arith.constant true
  %v27 = arith.remsi %v22, %v26 : i1
  %v28 = arith.constant dense<-1> : vector<2xi8>
  %v29:2 = arith.mului_extended %v19, %v28 : vector<2xi8>
  %v30 = arith.bitcast %arg1 : f8E4M3FNUZ to f8E5M2FNUZ
  return %v29#1 : vector<2xi8>
}
func.func @f2(%arg0: f32, %arg1: vector<2xi1>, %arg2: i16) -> i1 {
  %v0 = arith.constant dense<false> : vector<2xi1>
  %v1 = arith.ceildivui %v0, %arg1 : vector<2xi1>
  %v2 = arith.remui %v1, %v1 : vector<2xi1>
  %v3 = arith.constant true
  %v4 = arith.constant true
  %v5:2 = arith.mului_extended %v3, %v4 : i1
  %v6 = arith.extf %arg0 : f32 to f64
  %v7 = arith.remui %v1, %arg1 : vector<2xi1>
  %v8 = arith.constant 1 : i16
  %v9 = arith.minsi %v8, %arg2 : i16
  %v10 = arith.constant -2.5 : f64
  %v11 = arith.cmpf ugt, %v6, %v10 : f64
  %v12 = arith.constant dense<false> : vector<2xi1>
  %v13 = arith.cmpi ult, %v7, %v12 : vector<2xi1>
  %v14 = arith.constant 0x265B19CD : f32
  %v15 = arith.addf %arg0, %v14 fastmath<nnan> : f32
  %v16:2 = arith.mului_extended %v3, %v4 : i1
  %v17 = arith.extf %arg0 : f32 to f64
  %v18 = arith.fptosi %v17 : f64 to i128
  %v19 = arith.minsi %v8, %arg2 : i16
  %v20 = arith.constant 7.0 : f64
  %v21 = arith.cmpf oeq, %v6, %v20 fastmath<nnan,ninf> : f64
  %v22 = arith.constant 0xFFC00000 : f32
  %v23 = arith.remf %v15, %v22 fastmath<arcp,afn> : f32
  %v24 = arith.constant 1 : i128
  %v25 = arith.cmpi sgt, %v18, %v24 : i128
  %v26 = arith.constant -4 : i32
  %v27 = arith.constant 2147483647 : i32
  %v28 = arith.muli %v26, %v27 : i32
  %v29 = arith.select %v11, %v14, %arg0 : f32
  %v30 = arith.constant 0x0010000000000000 : f64
  %v31 = arith.cmpf ult, %v17, %v30 : f64
  %v32 = arith.fptosi %v17 : f64 to i128
  %v33 = arith.remui %v3, %v16#1 : i1
  %v34 = arith.constant dense<0x7F800000> : vector<2x3xf32>
  %v35 = arith.constant dense<[[-0.0, 0x6BA1DA63, 0x7F800000], [0.1, 0x007FFFFF, 0x00800000]]> : vector<2x3xf32>
  %v36 = arith.divf %v34, %v35 fastmath<reassoc,contract> : vector<2x3xf32>
  %v37 = arith.constant dense<63> : vector<2x3xi64>
  %v38 = arith.constant dense<-5584300538136422100> : vector<2x3xi64>
  %v39 = arith.shli %v37, %v38 : vector<2x3xi64>
  return %v25 : i1
}
