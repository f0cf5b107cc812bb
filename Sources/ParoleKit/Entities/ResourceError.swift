/// A language data file that cannot be used: missing, unreadable, truncated, of another format
/// version, or inconsistent. Its description is one line naming the file.
public struct ResourceError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file, as a path or a resource name ("fr/ner-model.bin").
    public var file: String
    /// What is wrong with it.
    public var problem: String

    /// Creates an error about `file`.
    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    /// "FILE: PROBLEM", on one line.
    public var description: String { "\(file): \(problem)" }
}
