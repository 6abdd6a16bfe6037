// Invalid arith casts: tensor dimensions (an unranked tensor never has the same dimensions as the
// other side), cast compatibility (shapes, encodings, element types), for the casts and the scaling casts.

// -----

func.func @f(%x: tensor<*xf16>) {
  %0 = arith.extf %x : tensor<*xf16> to tensor<*xf32>
  return
}

// -----

func.func @f(%x: tensor<4xf16>) {
  %0 = arith.extf %x : tensor<4xf16> to tensor<*xf32>
  return
}

// -----

func.func @f(%x: tensor<*xf16>) {
  %0 = arith.extf %x : tensor<*xf16> to tensor<4xf32>
  return
}

// -----

func.func @f(%x: tensor<?xf16>) {
  %0 = arith.extf %x : tensor<?xf16> to tensor<4xf32>
  return
}

// -----

func.func @f(%x: tensor<?xf16>) {
  %0 = arith.extf %x : tensor<?xf16> to tensor<?xf32>
  return
}

// -----

func.func @f(%x: vector<4xf16>) {
  %0 = arith.extf %x : vector<4xf16> to tensor<4xf32>
  return
}

// -----

func.func @f(%x: tensor<*xf32>) {
  %0 = arith.truncf %x : tensor<*xf32> to tensor<*xf16>
  return
}

// -----

func.func @f(%x: tensor<*xi32>) {
  %0 = arith.sitofp %x : tensor<*xi32> to tensor<*xf16>
  return
}

// -----

func.func @f(%x: tensor<*xi32>) {
  %0 = arith.uitofp %x : tensor<*xi32> to tensor<*xf32>
  return
}

// -----

func.func @f(%x: tensor<*xf32>) {
  %0 = arith.fptosi %x : tensor<*xf32> to tensor<*xi32>
  return
}

// -----

func.func @f(%x: tensor<*xf32>) {
  %0 = arith.fptoui %x : tensor<*xf32> to tensor<*xi32>
  return
}

// -----

func.func @f(%x: tensor<*xi32>) {
  %0 = arith.index_cast %x : tensor<*xi32> to tensor<*xindex>
  return
}

// -----

func.func @f(%x: tensor<*xindex>) {
  %0 = arith.index_castui %x : tensor<*xindex> to tensor<*xi64>
  return
}

// -----

func.func @f(%x: tensor<*xi32>) {
  %0 = arith.bitcast %x : tensor<*xi32> to tensor<*xf32>
  return
}

// -----

func.func @f(%x: tensor<*xi8>) {
  %0 = arith.extsi %x : tensor<*xi8> to tensor<*xi32>
  return
}

// -----

func.func @f(%x: tensor<*xi1>) {
  %0 = arith.extui %x : tensor<*xi1> to tensor<*xi32>
  return
}

// -----

func.func @f(%x: tensor<*xi32>) {
  %0 = arith.trunci %x : tensor<*xi32> to tensor<*xi8>
  return
}

// -----

func.func @f(%x: tensor<*xf16>) {
  %0 = arith.extf %x : tensor<*xf16> to tensor<f32>
  return
}

// -----

func.func @f(%x: tensor<*xf16>) {
  %0 = arith.extf %x : tensor<*xf16> to f32
  return
}

// -----

func.func @f(%x: tensor<*xf16>) {
  %0 = arith.extf %x : tensor<*xf16> to vector<4xf32>
  return
}

// -----

func.func @f(%x: tensor<4xf16, "a">) {
  %0 = arith.extf %x : tensor<4xf16, "a"> to tensor<4xf32, "b">
  return
}

// -----

func.func @f(%x: tensor<4xf16, "a">) {
  %0 = arith.extf %x : tensor<4xf16, "a"> to tensor<4xf32>
  return
}

// -----

func.func @f(%x: tensor<4xi16, "a">) {
  %0 = arith.bitcast %x : tensor<4xi16, "a"> to tensor<4xf16, "a">
  return
}

// -----

func.func @f(%x: tensor<4xi16, "a">) {
  %0 = arith.sitofp %x : tensor<4xi16, "a"> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: tensor<4xi16>) {
  %0 = arith.index_cast %x : tensor<4xi16> to tensor<4xindex, 1>
  return
}

// -----

func.func @f(%x: vector<[4]xf16>) {
  %0 = arith.extf %x : vector<[4]xf16> to vector<4xf32>
  return
}

// -----

func.func @f(%x: tensor<4xf32>, %s: tensor<4xf8E8M0FNU>) {
  %0 = arith.scaling_truncf %x, %s : tensor<4xf32>, tensor<4xf8E8M0FNU> to tensor<5xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf32>, %s: tensor<5xf8E8M0FNU>) {
  %0 = arith.scaling_truncf %x, %s : tensor<4xf32>, tensor<5xf8E8M0FNU> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2>, %s: tensor<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2>, tensor<4xf8E8M0FNU> to tensor<?xf16>
  return
}

// -----

func.func @f(%x: tensor<*xf8E5M2>, %s: tensor<*xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<*xf8E5M2>, tensor<*xf8E8M0FNU> to tensor<*xf16>
  return
}

// -----

func.func @f(%x: tensor<*xf32>, %s: tensor<*xf8E8M0FNU>) {
  %0 = arith.scaling_truncf %x, %s : tensor<*xf32>, tensor<*xf8E8M0FNU> to tensor<*xf16>
  return
}

// -----

func.func @f(%x: vector<4xf8E5M2>, %s: vector<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : vector<4xf8E5M2>, vector<4xf8E8M0FNU> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: f8E5M2, %s: tensor<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : f8E5M2, tensor<4xf8E8M0FNU> to f16
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2>, %s: f8E8M0FNU) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2>, f8E8M0FNU to tensor<4xf16>
  return
}

// -----

func.func @f(%x: f32, %s: f8E8M0FNU) {
  %0 = arith.scaling_extf %x, %s : f32, f8E8M0FNU to f16
  return
}

// -----

func.func @f(%x: f8E5M2, %s: f16) {
  %0 = arith.scaling_extf %x, %s : f8E5M2, f16 to f32
  return
}

// -----

func.func @f(%x: f16, %s: f8E8M0FNU) {
  %0 = arith.scaling_truncf %x, %s : f16, f8E8M0FNU to f32
  return
}

// -----

func.func @f(%x: vector<4xf8E5M2>, %s: f8E8M0FNU) {
  %0 = arith.scaling_extf %x, %s : vector<4xf8E5M2>, f8E8M0FNU to vector<4xf16>
  return
}

// -----

func.func @f(%x: f8E5M2, %s: f8E8M0FNU) {
  %0 = arith.scaling_extf %x, %s : f8E5M2, f8E8M0FNU to vector<4xf16>
  return
}

// -----

func.func @f(%x: vector<4xf8E5M2>, %s: vector<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : vector<4xf8E5M2>, vector<4xf8E8M0FNU> to vector<5xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2>, %s: tensor<*xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2>, tensor<*xf8E8M0FNU> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: vector<[4]xf8E5M2>, %s: vector<[4]xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : vector<[4]xf8E5M2>, vector<[4]xf8E8M0FNU> to vector<4xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2, "a">, %s: tensor<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2, "a">, tensor<4xf8E8M0FNU> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2>, %s: tensor<4xf8E8M0FNU, "a">) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2>, tensor<4xf8E8M0FNU, "a"> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: tensor<4xf8E5M2>, %s: vector<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<4xf8E5M2>, vector<4xf8E8M0FNU> to tensor<4xf16>
  return
}

// -----

func.func @f(%x: tensor<?xf8E5M2>, %s: tensor<4xf8E8M0FNU>) {
  %0 = arith.scaling_extf %x, %s : tensor<?xf8E5M2>, tensor<4xf8E8M0FNU> to tensor<?xf16>
  return
}

// -----

func.func @f(%x: vector<2x4xf32>, %s: vector<2x4xf8E8M0FNU>) {
  %0 = arith.scaling_truncf %x, %s : vector<2x4xf32>, vector<2x4xf8E8M0FNU> to vector<2x4xf4E2M1FN>
  return
}

// -----

func.func @f(%x: vector<4xf32>) {
  %0 = arith.truncf %x : vector<4xf32> to vector<5xf16>
  return
}

// -----

func.func @f(%x: tensor<4x?xf32>) {
  %0 = arith.truncf %x : tensor<4x?xf32> to tensor<4x3xf16>
  return
}
