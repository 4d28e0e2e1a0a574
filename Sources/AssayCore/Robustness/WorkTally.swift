/// Counts the elementary steps of an algorithm (comparisons and lookups), so that tests can check that the
/// work grows no faster than the input. A count is the same on every run; a duration is not.
///
/// Passed in by the caller (`inout`), never global: each computation counts its own work.
struct WorkTally: Sendable, Equatable {
    var steps = 0

    mutating func count(_ steps: Int = 1) { self.steps &+= steps }
}
