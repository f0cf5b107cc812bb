import Testing

@testable import ParoleKit

@Suite struct ArticleDecoderTests {
    @Test func decodesUTF8AsIs() throws {
        let decoded = try ArticleDecoder.decode(Array("« Préoccupée », a-t-il dit.\n".utf8))
        #expect(decoded.text == "« Préoccupée », a-t-il dit.\n")
        #expect(!decoded.usedFallbackEncoding)
    }

    @Test func dropsTheByteOrderMark() throws {
        let decoded = try ArticleDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Titre".utf8))
        #expect(decoded.text == "Titre")
        #expect(decoded.text.unicodeScalars.first == "T")
    }

    @Test func writesCRLFAndLoneCRAsLF() throws {
        let decoded = try ArticleDecoder.decode(Array("Titre\r\nUn.\rDeux.\r\n".utf8))
        #expect(decoded.text == "Titre\nUn.\nDeux.\n")
    }

    @Test func readsInvalidUTF8AsWindows1252() throws {
        // "L’été à Paris « oui »" in Windows-1252: ’ = 0x92, é = 0xE9, à = 0xE0, « = 0xAB, » = 0xBB.
        let bytes: [UInt8] =
            [0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x20, 0xAB, 0x20]
            + [0x6F, 0x75, 0x69, 0x20, 0xBB, 0x80]
        let decoded = try ArticleDecoder.decode(bytes)
        #expect(decoded.usedFallbackEncoding)
        #expect(decoded.text == "L’été à Paris « oui »€")
    }

    @Test func refusesBinaryDataWithoutNULBytes() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
        #expect(throws: ArticleDecodingError.binary) { try ArticleDecoder.decode(bytes) }
    }

    @Test func keepsOneScalarPerByteInTheFallback() throws {
        let bytes = (1...255).map { UInt8($0) }.filter { $0 != 0x0D } + Array(repeating: 0x61, count: 2000)
        let decoded = try ArticleDecoder.decode(bytes)
        #expect(decoded.usedFallbackEncoding)
        #expect(decoded.text.unicodeScalars.count == bytes.count)
    }

    @Test func refusesBinaryDataWithNULBytes() {
        #expect(throws: ArticleDecodingError.binary) {
            try ArticleDecoder.decode(Array("text\u{0}more".utf8))
        }
        #expect(throws: ArticleDecodingError.binary) {
            try ArticleDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A])
        }
        #expect(ArticleDecodingError.binary.description.contains("binary"))
    }

    @Test func decodesEmptyInputAsEmptyText() throws {
        let decoded = try ArticleDecoder.decode([UInt8]())
        #expect(decoded.text.isEmpty)
        #expect(!decoded.usedFallbackEncoding)
        let bomOnly = try ArticleDecoder.decode([0xEF, 0xBB, 0xBF])
        #expect(bomOnly.text.isEmpty)
    }

    @Test func decodesATruncatedMultibyteCharacterByFallingBack() throws {
        // "é" cut after its first byte: not UTF-8, so every byte is read as Windows-1252.
        let decoded = try ArticleDecoder.decode(Array("café".utf8).dropLast())
        #expect(decoded.usedFallbackEncoding)
        #expect(decoded.text == "caf\u{C3}")
    }

    @Test func readsUTF8WithAFewDamagedBytesAsUTF8() throws {
        // A UTF-8 article with one stray Windows-1252 byte (0xE9) and one cut character.
        let bytes =
            Array("« Préoccupée », a déclaré l’élu ".utf8) + [0xE9] + Array(" à Moscou.".utf8) + [0xC3]
        let decoded = try ArticleDecoder.decode(bytes)
        #expect(!decoded.usedFallbackEncoding)
        #expect(decoded.replacedBytes == 2)
        #expect(decoded.text == "« Préoccupée », a déclaré l’élu \u{FFFD} à Moscou.\u{FFFD}")
        #expect(ArticleDecoder.replacedBytesWarning(2) == "2 bytes not valid UTF-8, shown as \u{FFFD}")
    }

    static let sentence = "« Préoccupée », a déclaré l’élu à Moscou."

    @Test func aUTF16MarkBeforeUTF8TextIsIgnoredWithAWarning() throws {
        for mark: [UInt8] in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let decoded = try ArticleDecoder.decode(mark + Array(Self.sentence.utf8))
            #expect(decoded.text == Self.sentence)
            #expect(decoded.ignoredMark != nil)
            #expect(decoded.warnings.count == 1)
            #expect(decoded.warnings.first?.hasSuffix("byte order mark, but is UTF-8; read as UTF-8") == true)
        }
    }

    @Test func realUTF16TextAfterItsMarkIsStillReadAsUTF16() throws {
        let little: [UInt8] =
            [0xFF, 0xFE] + Self.sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + Self.sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] {
            let decoded = try ArticleDecoder.decode(bytes)
            #expect(decoded.text == Self.sentence)
            #expect(decoded.warnings.isEmpty)
        }
        // Text without a Latin character or a space (no zero byte) that is well-formed UTF-16.
        let han = "北京上海"
        let decoded = try ArticleDecoder.decode(
            [0xFF, 0xFE] + han.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(decoded.text == han)
    }

    @Test func aMarkBeforeWhatIsNeitherItsEncodingNorUTF8IsAOneLineError() {
        // Windows-1252 text of odd length after a UTF-16 mark: no UTF-16, no UTF-8.
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Le caf".utf8) + [0xE9]
        #expect(throws: ArticleDecodingError.unreadableAfterMark(.utf16LittleEndian)) {
            try ArticleDecoder.decode(bytes)
        }
        #expect(
            ArticleDecodingError.unreadableAfterMark(.utf16LittleEndian).description
                == "starts with a UTF-16LE byte order mark, but is neither UTF-16LE nor UTF-8 text")
    }
}
