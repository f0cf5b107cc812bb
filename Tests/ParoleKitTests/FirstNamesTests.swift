import Testing

@testable import ParoleKit

@Test func firstNamesGiveTheSexOfCommonNames() {
    let names = FirstNames.french
    #expect(names.sex(of: "Dmitri") == .male)
    #expect(names.sex(of: "marie") == .female)
    #expect(names.sex(of: "Camille") == nil)
    #expect(names.sex(of: "Xqzwv") == nil)
    #expect(names.contains("Emmanuel"))
}

@Test func compoundFirstNamesFallBackToTheirFirstPart() {
    #expect(FirstNames.french.sex(of: "Jean-Zébulon") == .male)
}
