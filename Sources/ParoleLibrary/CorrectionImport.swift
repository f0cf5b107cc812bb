/// What importing corrections did.
public struct CorrectionImport: Sendable, Equatable {
    /// Corrections stored.
    public var added = 0
    /// Corrections the library already held (the same decision about the same thing).
    public var duplicates = 0
    /// Stored corrections that no article of the library holds yet (they apply when it is added).
    public var waiting = 0
    /// Stored corrections whose article is in the library but whose quote or actor is not found.
    public var unplaced: [Correction] = []
}
