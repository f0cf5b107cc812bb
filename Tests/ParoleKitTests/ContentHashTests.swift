import Testing

@testable import ParoleKit

/// A text's fingerprint, and telling one from other words after a "#".
@Suite struct ContentHashTests {
    @Test func aFingerprintIsSixteenHexDigitsAndIsToldFromOtherWords() {
        let hash = ContentHash.of("« Nous ne céderons pas », a déclaré Luc Petit.")
        #expect(hash.count == 16)
        #expect(ContentHash.isFingerprint(hash))
        #expect(ContentHash.isFingerprint(hash.uppercased()))
        #expect(!ContentHash.isFingerprint(hash.dropLast()))
        #expect(!ContentHash.isFingerprint(hash + "0"))
        #expect(!ContentHash.isFingerprint("chapitre-premier"))
        #expect(!ContentHash.isFingerprint("0123456789abcdeg"))
        // Full-width digits are hex digits to `Character` but are no fingerprint.
        #expect(!ContentHash.isFingerprint("０１２３４５６７８９ａｂｃｄｅｆ"))
    }
}
