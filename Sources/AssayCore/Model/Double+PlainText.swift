extension Double {
    /// The number as an analyst writes it: `3` for a whole number, `2.5` otherwise (Swift's shortest form).
    var plainText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
