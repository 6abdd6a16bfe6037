module @outer {
  func.func private @dead()
  func.func private @used()
  func.func nested @nested_dead()
  func.func @entry() attributes {callees = [@used, @inner::@leaf]} {
    return
  }
  module @inner {
    func.func nested @leaf()
    func.func nested @unused_leaf()
  }
  module @hidden attributes {sym_visibility = "private"} {
    func.func @public_in_private() {
      return
    }
  }
}
