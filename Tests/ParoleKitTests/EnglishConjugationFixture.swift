/// The English `conjugation.txt` the language-seam tests load through the same loader as French's
/// (`EnglishGrammarSeamTests`, `LanguageResourceSectionTests`): verbs in -e ("state") and in -y
/// ("deny") are regular; the others give their stems in the verb list. No participle agreement
/// (its endings written as a dash).
enum EnglishConjugationFixture {
    /// The file's text.
    static let text = """
        [reflexive-prefixes]
        [first-group]
        lemma-ending e
        p3s   stem  es
        p3p   stem  e
        ps3s  stem  ed
        ps3p  stem  ed
        pp    stem  ed
        [second-group]
        lemma-ending y
        p3s   stem  ies
        p3p   stem  y
        ps3s  stem  ied
        ps3p  stem  ied
        pp    stem  ied
        [endings]
        p3s   finite      singular  -
        p3p   finite      plural    -
        ps3s  finite      singular  -
        ps3p  finite      plural    -
        pp    participle  singular  -
        [participle-agreement]
        feminine  -
        plural    -
        [softening]
        [vowels]
        a e i o u y
        [stress]
        """
}
