/// What the entity model sees of each token of a document, computed once per document:
/// hashes of the token's norm, affixes and shape, its capitalisation, gazetteer marks
/// and document-level evidence.
package struct TokenObservations: Sendable {
    /// Flags describing a token, as bits.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let capitalized = Flags(rawValue: 1 << 0)
        static let allCaps = Flags(rawValue: 1 << 1)
        static let hasDigit = Flags(rawValue: 1 << 2)
        static let wordLike = Flags(rawValue: 1 << 3)
        static let sentenceInitial = Flags(rawValue: 1 << 4)
        static let capitalizedElsewhere = Flags(rawValue: 1 << 5)
        static let lowercaseElsewhere = Flags(rawValue: 1 << 6)
        static let afterFirstNameElsewhere = Flags(rawValue: 1 << 7)
        static let hasHyphen = Flags(rawValue: 1 << 8)
        static let inParentheses = Flags(rawValue: 1 << 9)
        static let short = Flags(rawValue: 1 << 10)
        static let punctuation = Flags(rawValue: 1 << 11)
        static let openQuote = Flags(rawValue: 1 << 12)
        /// Somewhere in the document the word follows a capitalised word inside a sentence
        /// ("Julian Assange"): a name that is never part of a longer one is rarely a person.
        static let joinedAfterElsewhere = Flags(rawValue: 1 << 13)
        /// Somewhere in the document a capitalised word follows the word inside a sentence.
        static let joinedBeforeElsewhere = Flags(rawValue: 1 << 14)
    }

    /// Hash of each token's norm.
    var word: [UInt64]
    /// Hash of each token's shape ("Xx", "X.", "XX", "x-Xx", "d"...), repeats collapsed.
    var shape: [UInt64]
    /// Hashes of each token's last 2, 3 and 4 letters and first 3 letters.
    var suffix2: [UInt64], suffix3: [UInt64], suffix4: [UInt64], prefix3: [UInt64]
    /// Flags of each token.
    var flags: [Flags]
    /// Gazetteer marks of each token (see ``NameLexicon/marks(normHashes:wordLike:)``).
    var gazetteer: [UInt64]
    /// Case class of each token's norm (0 when unknown; see ``WordClusters``).
    var cluster: [UInt32]
    /// Vector row + 1, fine and coarse vector class + 1 of each token's norm (0 when unknown).
    var vectorRow: [UInt16], vectorFine: [UInt16], vectorCoarse: [UInt16]
    /// The teacher's code for each token's norm (0 when unknown; see ``TeacherLexicon``).
    var teacher: [UInt8]

    /// The number of tokens.
    var count: Int { word.count }

    /// Observes every token of `document`.
    package init(document: Document, lexicon: NameLexicon, clusters: WordClusters?) {
        let tokens = document.tokens
        let n = tokens.count
        let sc = document.scalars
        word = [UInt64](repeating: 0, count: n)
        shape = word
        suffix2 = word
        suffix3 = word
        suffix4 = word
        prefix3 = word
        cluster = [UInt32](repeating: 0, count: n)
        vectorRow = [UInt16](repeating: 0, count: n)
        vectorFine = vectorRow
        vectorCoarse = vectorRow
        teacher = [UInt8](repeating: 0, count: n)
        flags = [Flags](repeating: [], count: n)
        var wordLike = [Bool](repeating: false, count: n)
        var shapeBuffer: [UInt8] = []
        shapeBuffer.reserveCapacity(16)
        for i in 0..<n {
            let t = tokens[i]
            word[i] = FeatureHash.of(t.norm)
            var f: Flags = []
            if t.isCapitalized { f.insert(.capitalized) }
            if t.isAllCaps { f.insert(.allCaps) }
            if t.isWordLike {
                f.insert(.wordLike)
                wordLike[i] = true
            }
            if t.kind == .punctuation || t.kind == .terminal { f.insert(.punctuation) }
            if t.kind == .openQuote { f.insert(.openQuote) }
            // Shape and digits from the original scalars.
            shapeBuffer.removeAll(keepingCapacity: true)
            var last: UInt8 = 0
            var run = 0
            var length = 0
            for k in t.span.start..<t.span.end {
                let c = sc[k]
                length += 1
                let cls: UInt8
                if c.isASCII {
                    let v = c.value
                    if v >= 65 && v <= 90 {
                        cls = 88
                    } else if v >= 97 && v <= 122 {
                        cls = 120
                    } else if v >= 48 && v <= 57 {
                        cls = 100
                        f.insert(.hasDigit)
                    } else if v == 45 {
                        cls = 45
                        f.insert(.hasHyphen)
                    } else {
                        cls = UInt8(v)
                    }
                } else if c.value <= 0xFF ? CharClass.isUppercaseLetter(c) : c.properties.isUppercase {
                    cls = 88  // X
                } else if c.value <= 0xFF ? CharClass.isLetter(c) : c.properties.isAlphabetic {
                    cls = 120  // x
                } else if c.properties.numericType != nil {
                    cls = 100  // d
                    f.insert(.hasDigit)
                } else if c == "-" || c == "‐" || c == "–" {
                    cls = 45
                    f.insert(.hasHyphen)
                } else {
                    cls = c.isASCII ? UInt8(c.value) : 42
                }
                if cls != last {
                    shapeBuffer.append(cls)
                    last = cls
                    run = 1
                } else if run < 2 {
                    shapeBuffer.append(cls)
                    run += 1
                }
            }
            if length <= 3 { f.insert(.short) }
            var sh: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in shapeBuffer {
                sh ^= UInt64(b)
                sh &*= 0x100_0000_01b3
            }
            shape[i] = sh
            // Affixes of the norm.
            let affixes = NormAffixes(t.norm)
            let count = affixes.count
            if count >= 3 {
                suffix2[i] = affixes.suffix2
                suffix3[i] = affixes.suffix3
                prefix3[i] = affixes.prefix3
            }
            if count >= 5 { suffix4[i] = affixes.suffix4 }
            if let clusters {
                let packed = clusters.cluster(of: word[i])
                cluster[i] = packed & WordClusters.caseMask
                teacher[i] = UInt8(packed >> WordClusters.teacherShift & WordClusters.teacherMask)
                let row = Int(packed >> WordClusters.rowShift & WordClusters.rowMask)
                if row != 0 && row <= clusters.fineOfRow.count {
                    let fine = Int(clusters.fineOfRow[row - 1])
                    vectorRow[i] = UInt16(row)
                    vectorFine[i] = UInt16(fine + 1)
                    if fine < clusters.coarseOfFine.count {
                        vectorCoarse[i] = UInt16(clusters.coarseOfFine[fine]) + 1
                    }
                }
            }
            flags[i] = f
        }
        // Sentence-initial words: first word of a sentence or after an opening quote, colon or dash.
        for s in document.sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound && !wordLike[i] { i += 1 }
            if i < s.tokens.upperBound { flags[i].insert(.sentenceInitial) }
        }
        for i in 1..<max(n, 1) where wordLike[i] {
            let p = tokens[i - 1]
            if p.kind == .openQuote || p.normIs(":") || p.normIs("-") || p.normIs("—") || p.normIs("–") {
                flags[i].insert(.sentenceInitial)
            }
        }
        // Parentheses.
        var depth = 0
        for i in 0..<n {
            if tokens[i].normIs("(") {
                depth += 1
            } else if tokens[i].normIs(")") {
                depth = max(0, depth - 1)
            } else if depth > 0 {
                flags[i].insert(.inParentheses)
            }
        }
        gazetteer = lexicon.marks(normHashes: word, wordLike: wordLike)
        // Document-level evidence: how the same word is written elsewhere in the article.
        var capitalizedMidSentence = HashTable<UInt8>(capacity: 64)
        var lowercase = HashTable<UInt8>(capacity: 256)
        var afterFirstName = HashTable<UInt8>(capacity: 16)
        var joinedAfter = HashTable<UInt8>(capacity: 64)
        var joinedBefore = HashTable<UInt8>(capacity: 64)
        let firstNameBit = UInt64(1) << UInt64(NameLexicon.Category.firstName.rawValue)
        for i in 0..<n where wordLike[i] {
            if flags[i].contains(.capitalized) {
                if !flags[i].contains(.sentenceInitial) { capitalizedMidSentence.set(word[i], 1) }
                if i > 0 && flags[i - 1].contains(.capitalized) && gazetteer[i - 1] & firstNameBit != 0 {
                    afterFirstName.set(word[i], 1)
                }
                if i > 0 && wordLike[i - 1] && flags[i - 1].contains(.capitalized)
                    && !flags[i - 1].contains(.sentenceInitial)
                {
                    joinedAfter.set(word[i], 1)
                    joinedBefore.set(word[i - 1], 1)
                }
            } else if tokens[i].kind == .word {
                lowercase.set(word[i], 1)
            }
        }
        for i in 0..<n where wordLike[i] {
            if capitalizedMidSentence[word[i]] != nil { flags[i].insert(.capitalizedElsewhere) }
            if lowercase[word[i]] != nil { flags[i].insert(.lowercaseElsewhere) }
            if afterFirstName[word[i]] != nil { flags[i].insert(.afterFirstNameElsewhere) }
            if joinedAfter[word[i]] != nil { flags[i].insert(.joinedAfterElsewhere) }
            if joinedBefore[word[i]] != nil { flags[i].insert(.joinedBeforeElsewhere) }
        }
    }
}
