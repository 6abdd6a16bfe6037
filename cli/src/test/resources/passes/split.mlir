func.func private @a()
func.func @b() { return }
// -----
func.func @c() { return }
