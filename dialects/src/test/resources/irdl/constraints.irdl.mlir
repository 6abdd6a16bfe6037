irdl.dialect @cmath {
  irdl.type @complex {
    %0 = irdl.is f32
    %1 = irdl.is f64
    %2 = irdl.any_of(%0, %1)
    irdl.parameters(elem: %2)
  }
  irdl.attribute @flag {
    %0 = irdl.any
    irdl.parameters(v: %0)
  }
  irdl.operation @norm {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    irdl.operands(in: %1)
    irdl.results(out: %0)
  }
  irdl.operation @mul {
    %0 = irdl.is f32
    %1 = irdl.is f64
    %2 = irdl.any_of(%0, %1)
    %3 = irdl.parametric @cmath::@complex<%2>
    irdl.operands(lhs: %3, rhs: %3)
    irdl.results(res: %3)
  }
  irdl.operation @var {
    %0 = irdl.any
    %b = irdl.base "!builtin.integer"
    %c = irdl.all_of(%0, %b)
    irdl.operands(a: single %0, b: optional %0, c: variadic %c)
    irdl.results(r: variadic %0)
    %a = irdl.is i32
    irdl.attributes { "attr1" = %0, "attr2" = %a }
    %r = irdl.region
    %r2 = irdl.region with size 2
    irdl.regions(body: %r, other: %r2)
  }
}
