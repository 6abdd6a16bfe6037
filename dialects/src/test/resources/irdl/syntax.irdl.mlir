irdl.dialect @d {
  irdl.type @empty {
  }
  irdl.attribute @a2 {
    %0 = irdl.any
    irdl.parameters(p: %0)
  }
  irdl.operation @o {
    %0 = irdl.any
    %b = irdl.base @d::@empty
    %c = irdl.c_pred "::llvm::isa<::mlir::IntegerAttr>($_self)"
    %r = irdl.region()
    %r2 = irdl.region(%0, %b) with size 3
    irdl.operands(x: %0, y: optional %b)
    irdl.attributes
    irdl.regions(r: %r, q: %r2)
  }
  irdl.operation @p {
    irdl.results()
    irdl.operands()
  }
}
