/// A language resource file that cannot be read: a missing section or a malformed line, named
/// with the file and the section so that a broken resource fails loudly at start-up.
public struct ResourceFormatError: Error, CustomStringConvertible {
    /// What is wrong, with the file's name.
    public var description: String

    /// An error saying `description`.
    public init(description: String) {
        self.description = description
    }
}
