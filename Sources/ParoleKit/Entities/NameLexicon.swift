/// Gazetteers and trigger words for French names, matched over token sequences.
///
/// Each entry is tokenized with the French tokenizer and stored under the hash of its
/// token norms, so matching an article costs a few hash combinations per token.
package struct NameLexicon: Sendable {
    /// What a lexicon entry is.
    enum Category: Int, CaseIterable, Sendable {
        /// A country, region, French commune or world city.
        case place
        /// A well-known organisation or institution.
        case organisation
        /// A news medium or agency.
        case media
        /// A people or nationality as a capitalised noun.
        case people
        /// A first name from INSEE.
        case firstName
        /// A title or role that often precedes a person's name.
        case title
        /// A word that often heads an organisation's name.
        case orgHead
        /// A word that often heads a place name.
        case locHead
        /// A lower-case word that can sit inside a name.
        case particle
    }

    /// The entries. No default value: a default would be built (1.3 MB allocated and zeroed) by
    /// every initializer, also the one given a table.
    private(set) var entries: HashTable<UInt16>
    /// Bit set on an entry's value when a longer entry starts with it.
    private static let prefixBit: UInt16 = 1 << 15
    private(set) var maxLength = 1

    /// An empty lexicon.
    init() { entries = HashTable<UInt16>(capacity: 1 << 16) }

    /// A lexicon from its saved table.
    init(entries: HashTable<UInt16>, maxLength: Int) {
        self.entries = entries
        self.maxLength = maxLength
    }

    /// The lexicon built from the text resources, once on first use. The shipped model
    /// carries its own copy (made from the same files when it was trained), so that
    /// analysing an article does not need to build this one.
    package static let french: NameLexicon = {
        var lexicon = NameLexicon()
        let tokenizer = Tokenizer(rules: .french)
        for row in ResourceFile.rows("places.tsv") { lexicon.add(String(row[0]), .place, tokenizer) }
        for row in ResourceFile.rows("cities.txt") { lexicon.add(String(row[0]), .place, tokenizer) }
        for row in ResourceFile.rows("organisations.txt") {
            lexicon.add(String(row[0]), .organisation, tokenizer)
        }
        for row in ResourceFile.rows("media.txt") { lexicon.add(String(row[0]), .media, tokenizer) }
        for row in ResourceFile.rows("peoples.txt") {
            let s = String(row[0])
            let plural = s.hasSuffix("s") || s.hasSuffix("x") ? s : s + "s"
            var forms = [s, plural]
            if let fem = DemonymInflection.french.feminine(of: s) { forms += [fem, fem + "s"] }
            for f in forms { lexicon.add(f, .people, tokenizer) }
        }
        for row in ResourceFile.rows("firstnames.tsv") where row.count >= 3 && (Int(row[2]) ?? 0) >= 20 {
            lexicon.addSingle(row[0].lowercased(), .firstName)
        }
        for row in ResourceFile.rows("triggers.tsv") where row.count >= 2 {
            let category: Category
            switch row[1] {
            case "title": category = .title
            case "orghead": category = .orgHead
            case "lochead", "divisionhead": category = .locHead
            case "particle": category = .particle
            default: continue
            }
            lexicon.addSingle(String(row[0]), category)
        }
        return lexicon
    }()

    /// Adds `name`, tokenized, under `category`.
    mutating func add(_ name: String, _ category: Category, _ tokenizer: Tokenizer) {
        let tokens = tokenizer.document(name).tokens
        guard !tokens.isEmpty else { return }
        var h: UInt64 = 0
        for (k, t) in tokens.enumerated() {
            h = FeatureHash.mix(h, FeatureHash.of(t.norm))
            if k < tokens.count - 1 { entries.set(h, (entries[h] ?? 0) | NameLexicon.prefixBit) }
        }
        entries.set(h, (entries[h] ?? 0) | 1 << UInt16(category.rawValue))
        maxLength = max(maxLength, tokens.count)
    }

    /// Adds a one-token entry given by its norm.
    mutating func addSingle(_ norm: String, _ category: Category) {
        let h = FeatureHash.mix(0, FeatureHash.of(norm))
        entries.set(h, (entries[h] ?? 0) | 1 << UInt16(category.rawValue))
    }

    /// The categories of the entry whose token norms hash to `hashes`, as a bit set.
    @inline(__always)
    func categories(ofSequenceHash h: UInt64) -> UInt16 { (entries[h] ?? 0) & ~NameLexicon.prefixBit }

    /// For each token, the categories of the entries it begins (low byte pairs) and continues.
    ///
    /// Bit `c` is set when a match of category `c` starts at the token, bit `16 + c` when
    /// the token is inside (not first in) a match, bit `32 + c` when it ends a multi-token match.
    func marks(normHashes: [UInt64], wordLike: [Bool]) -> [UInt64] {
        let n = normHashes.count
        var marks = [UInt64](repeating: 0, count: n)
        for i in 0..<n where wordLike[i] {
            var h: UInt64 = 0
            var j = i
            while j < n && j - i < maxLength {
                h = FeatureHash.mix(h, normHashes[j])
                guard let value = entries[h] else { break }
                let cats = UInt64(value & ~NameLexicon.prefixBit)
                if cats != 0 {
                    marks[i] |= cats
                    if j > i {
                        for k in (i + 1)...j { marks[k] |= cats << 16 }
                        marks[j] |= cats << 32
                    }
                }
                if value & NameLexicon.prefixBit == 0 { break }
                j += 1
            }
        }
        return marks
    }

    /// Whether a longer entry starts with the tokens hashed to `h`.
    @inline(__always)
    func continues(_ h: UInt64) -> Bool { (entries[h] ?? 0) & NameLexicon.prefixBit != 0 }

    /// Whether a single-token norm hash belongs to `category`.
    @inline(__always)
    func single(_ normHash: UInt64, is category: Category) -> Bool {
        ((entries[FeatureHash.mix(0, normHash)] ?? 0) >> UInt16(category.rawValue)) & 1 == 1
    }
}
