/// The usual gender of first names, for resolving "il" and "elle" to a person.
public struct FirstNameGenders: Sendable {
    private let genders: [String: Gender]

    /// Creates the table from lower-case first names and their gender.
    public init(_ genders: [String: Gender]) {
        self.genders = genders
    }

    /// The usual gender of the lower-case first name `name`, or `.unknown`.
    public func gender(of name: String) -> Gender { genders[name] ?? .unknown }

    /// No first names known.
    public static let empty = FirstNameGenders([:])
}
