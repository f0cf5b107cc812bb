/// The gender of a quoted person, as the statistics count it.
public enum SpeakerGender: String, Codable, Sendable, CaseIterable {
    /// The article's words mark the person as a woman.
    case female
    /// The article's words mark the person as a man.
    case male
    /// The evidence is weak, missing or contradictory.
    case unknown
}
