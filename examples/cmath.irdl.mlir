// A small dialect of complex numbers, defined in IRDL.
// Use: bin/jmlir-opt --irdl-file=examples/cmath.irdl.mlir examples/cmath-use.mlir
irdl.dialect @cmath {
  irdl.type @complex {
    %0 = irdl.is f32
    %1 = irdl.is f64
    %2 = irdl.any_of(%0, %1)
    irdl.parameters(elem: %2)
  }
  irdl.attribute @polar {
    %0 = irdl.base "#builtin.float"
    %1 = irdl.base "#builtin.float"
    irdl.parameters(radius: %0, angle: %1)
  }
  irdl.operation @create {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    %2 = irdl.base @cmath::@polar
    irdl.attributes {"value" = %2}
    irdl.results(res: %1)
  }
  irdl.operation @mul {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    irdl.operands(lhs: %1, rhs: %1)
    irdl.results(res: %1)
  }
  irdl.operation @norm {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    irdl.operands(in: %1)
    irdl.results(out: %0)
  }
  irdl.operation @sum {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    irdl.operands(in: variadic %1)
    irdl.results(out: %1)
  }
}
