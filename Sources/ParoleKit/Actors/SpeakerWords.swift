/// The words the speaker ranker and the actor index read, for one language: the preposition of
/// a passive's agent, the determiners of a plural phrase and the nouns that classify a named
/// body (`speaker-words.txt`), and the
/// gender that role nouns give a person (`GenderLexicon`).
public struct SpeakerWords: Sendable {
    /// Prepositions that introduce the agent of a passive ("par").
    public let agentPrepositions: Set<String>
    /// Determiners of a plural noun phrase ("les", "des", "ces").
    public let pluralDeterminers: Set<String>
    /// Nouns that classify a body the article has named ("agence", "groupe"): alone, they refer
    /// back to it.
    public let bodyClassifiers: Set<String>
    /// The gender a role noun gives the person it names ("chancelière" feminine).
    public let roleGenders: [String: Gender]

    /// A missing section in a `speaker-words.txt` file.
    public struct MissingSection: Error, CustomStringConvertible {
        /// The name of the missing section.
        public var name: String
        /// What is wrong.
        public var description: String { "speaker-words.txt: section [\(name)] is missing" }
    }

    /// Reads a `speaker-words.txt` file; every section is required. `roleGenders` come from the
    /// language's gender lexicon.
    public init(parsing text: String, roleGenders: [String: Gender]) throws {
        let lists = WordLists(parsing: text)
        func required(_ name: String) throws -> Set<String> {
            guard lists.sections[name] != nil else { throw MissingSection(name: name) }
            return lists.words(name)
        }
        agentPrepositions = try required("agent-prepositions")
        pluralDeterminers = try required("plural-determiners")
        bodyClassifiers = try required("body-classifiers")
        self.roleGenders = roleGenders
    }

    /// The French words, loaded once; a broken file stops the program with its error.
    public static let french: SpeakerWords = {
        do {
            let genders = GenderLexicon.french.roleNouns.compactMapValues { g -> Gender? in
                switch g {
                case .female: .feminine
                case .male: .masculine
                case .unknown: nil
                }
            }
            return try SpeakerWords(parsing: ResourceFile.text("speaker-words.txt"), roleGenders: genders)
        } catch {
            fatalError("ParoleKit resources: \(error)")
        }
    }()
}
