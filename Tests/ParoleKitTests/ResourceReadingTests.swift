import Foundation
import Testing

@testable import ParoleKit

/// The rows of a text file as the format defines them, written the plain way: lines cut at
/// "\n", empty lines and lines starting with "#" left out, one "\r" dropped at the end, fields
/// cut at every tab (empty fields kept).
private func plainRows(_ data: Data) -> [[String]] {
    var rows: [[String]] = []
    for rawLine in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
        guard let first = rawLine.first, first != UInt8(ascii: "#") else { continue }
        var line = Array(rawLine)
        if line.last == 0x0D { line.removeLast() }
        rows.append(
            line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            })
    }
    return rows
}

@Test func everyShippedTextResourceIsCutIntoTheRowsItsFormatDefines() throws {
    let folder = try #require(ResourceFile.path("speech-words.txt")).split(separator: "/").dropLast()
        .joined(separator: "/")
    let names = try FileManager.default.contentsOfDirectory(atPath: "/" + folder)
        .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }
    #expect(names.count >= 10)
    for name in names {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/" + folder + "/" + name))
        #expect(ResourceFile.rows(in: data).map { $0.map(String.init) } == plainRows(data), "\(name)")
    }
}

@Test func rowsKeepEmptyFieldsCarriageReturnsAndBadBytesAsLineByLineDecoding() {
    let texts: [[UInt8]] = [
        Array("a\tb\r\n# comment\n\n\tc\t\r\nÉlysée\t\tx".utf8),
        Array("\r\n\t\n#\nlast".utf8),
        [0x61, 0x09, 0xFF, 0x62, 0x0A, 0xC3, 0x0A, 0xE2, 0x80, 0x09, 0x63, 0x0A, 0xC3, 0xA9],
        [0xE2, 0x82, 0x0A, 0x61, 0x09, 0xF0, 0x9F, 0x98],
    ]
    for bytes in texts {
        let data = Data(bytes)
        #expect(ResourceFile.rows(in: data).map { $0.map(String.init) } == plainRows(data))
    }
}

@Test func namesAreFoldedAlikeOnBytesAndScalarByScalar() {
    let words = [
        "Abdon", "ÉLYSÉE", "Ærø", "Öß", "×÷", "L'Oréal", "L’Oréal", "  Jean  Paul ", "Zoé", "ÀÉÎÕÜÝÞ",
        "Ÿvette", "İstanbul", "ΑΘΗΝΑ", "naïve", "Saint-Étienne", "\u{00A0}Nice", "e\u{0301}", "", "A\tB",
        "Ĳssel", "Œuvre", "MÜNCHEN", "ß", "CAFÉ-THÉÂTRE", "x\u{202F}y",
        // Spaces and blanks, folded on the bytes since names of several words take that path.
        " ", " \t\r\n ", "Jean-Marc  AYRAULT ", "É  À", "\tÉlysée\u{000B}Palais\u{000C}", "a \r\n b",
        "Île de  France\u{00A0}", "Ministère des Affaires étrangères",
    ]
    for word in words {
        #expect(CharClass.lowercased(word) == CharClass.scalarLowercased(word), "\(word)")
        #expect(CharClass.lowercased(Substring(word)) == CharClass.scalarLowercased(word), "\(word)")
    }
    // Every Latin-1 letter, capital or not, alone and inside a word.
    for value in 0x41...0xFF {
        let c = String(Unicode.Scalar(UInt8(value)))
        #expect(CharClass.lowercased(c) == CharClass.scalarLowercased(c))
        #expect(CharClass.lowercased("X" + c + "y") == CharClass.scalarLowercased("X" + c + "y"))
    }
}

@Test func theFrenchWordListsAreReadOnceAndSharedWithTheGenderLexicon() {
    #expect(Language.french.words.sections == SpeakerKind.frenchWords.sections)
    #expect(Language.french.words.roleNouns == SpeakerKind.frenchWords.roleNouns)
}
