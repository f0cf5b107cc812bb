import Testing

@testable import ParoleKit

/// The feminine of nationality nouns comes from the demonym sections of `gender-words.txt`.
@Suite struct DemonymInflectionTests {
    static let french = ResourceFile.text("gender-words.txt")

    /// The inflection of the French file with `old` written `new`.
    static func inflection(replacing old: String, with new: String) throws -> DemonymInflection {
        #expect(french.contains(old))
        let text = french.replacingOccurrences(of: old, with: new)
        return try DemonymInflection(sets: WordLists(parsing: text).sections, name: "gender-words.txt")
    }

    @Test func theNameLexiconWritesTheFeminineTheRulesSay() throws {
        #expect(DemonymInflection.french.feminine(of: "algérien") == "algérienne")
        #expect(DemonymInflection.french.feminine(of: "américain") == "américaine")
        #expect(DemonymInflection.french.feminine(of: "belge") == nil)
        let plain = try Self.inflection(replacing: "\nien>ienne >e\n", with: "\n>e\n")
        #expect(plain.feminine(of: "algérien") == "algériene")
    }

    /// A gender lexicon of the French words file with `old` written `new` and a few demonyms.
    static func lexicon(replacing old: String = "", with new: String = "") -> GenderLexicon {
        GenderLexicon(
            genderWords: old.isEmpty ? french : french.replacingOccurrences(of: old, with: new),
            speechWords: SpeakerKind.frenchWords, uncertainFirstNames: [],
            demonyms: ["breton", "belge", "américain"])
    }

    @Test func aSpeakersDemonymIsFemaleByTheMarksOfTheRules() {
        let french = Self.lexicon()
        #expect(french.demonymGender("bretonne") == .female)
        #expect(french.demonymGender("américaine") == .female)
        #expect(french.demonymGender("américain") == .male)
        #expect(french.demonymGender("belge") == nil)
        #expect(Self.french.contains("\n>e n>nne\n"))
        let other = Self.lexicon(replacing: "\n>e n>nne\n", with: "\n>e\n")
        #expect(other.demonymGender("bretonne") == nil)
        #expect(other.demonymGender("américaine") == .female)
    }

    @Test func aFileWithoutTheDemonymSectionsIsAnErrorNamingThem() {
        #expect {
            try Self.inflection(replacing: "[demonym-feminine]", with: "[demonym-feminines]")
        } throws: { error in
            "\(error)".contains("missing section [demonym-feminine]")
        }
        #expect(throws: ResourceFormatError.self) {
            try Self.inflection(replacing: "\nien>ienne >e\n", with: "\nien>ienne e\n")
        }
    }
}
