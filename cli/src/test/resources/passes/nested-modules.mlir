module {
  func.func @f() { return }
  module @inner {
    func.func @h() { return }
  }
}
