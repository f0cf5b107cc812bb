import Testing

@testable import ParoleKit

/// "Le président" goes to the last actor named by that role, however many actors share it.
@Suite struct RoleHeadLookupTests {
    /// A made-up surname for `k`, from three syllables.
    func surname(_ k: Int) -> String {
        let syllables = ["ber", "mar", "lu", "ven", "dor", "cal", "pen", "ro", "gan", "tis", "mel", "four"]
        let name = syllables[k % 12] + syllables[(k / 12) % 12] + syllables[(k / 144) % 12]
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    @Test func anActorTakingTheNounLateIsFoundBetweenTheOthersMentions() {
        var mentions = HeadMentions()
        mentions.add(actor: 1, starts: [0, 100, 200, 300])
        // Actor 2 takes the noun after the text was read: its mentions fall between actor 1's.
        mentions.add(actor: 2, starts: [250, 50, 150])
        mentions.addMention(at: 400, of: 2)
        #expect(mentions.actor(before: 10) == 1)
        #expect(mentions.actor(before: 60) == 2)
        #expect(mentions.actor(before: 120) == 1)
        #expect(mentions.actor(before: 160) == 2)
        #expect(mentions.actor(before: 260) == 2)
        #expect(mentions.actor(before: 310) == 1)
        #expect(mentions.actor(before: 500) == 2)
        #expect(mentions.actor(before: 0) == nil)
        // At one offset, the actor that took the noun first is the one found.
        mentions.add(actor: 3, starts: [100])
        #expect(mentions.actor(before: 101) == 1)
    }

    @Test func theRoleNounGoesToThePresidentJustNamedAmongAHundred() {
        let firstNames = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Paul", "Anne"]
        var text = "Cent présidents\n"
        var named: [String] = []
        for k in 0..<100 {
            let name = "\(firstNames[k % 8]) \(surname(k + 13))"
            named.append(name)
            // The role agrees with the first name: "la présidente … Marie X".
            let role = k % 2 == 0 ? "le président" : "la présidente"
            text +=
                "« Nous avancerons ensemble », a déclaré \(role) du club de \(surname(k * 7 + 3))ville \(name). "
                + "\(role.prefix(1).uppercased() + role.dropFirst()) a ajouté qu'il fallait « rester unis ».\n"
        }
        let analysis = Analyzer().analyze(text: text, id: "t")
        let speakers = analysis.quotes.map { quote in
            quote.speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
        }
        #expect(speakers.count == 200)
        // Each paragraph's two quotes: the president it names (the recogniser may keep the
        // club's town in the name), also past the first 64.
        for k in [0, 63, 64, 99] {
            #expect(speakers[2 * k]?.hasSuffix(named[k]) == true, "paragraph \(k)")
            #expect(speakers[2 * k + 1] == speakers[2 * k], "paragraph \(k)")
        }
    }

    @Test func aPresidentNamedFirstAndAgainAfterAHundredOthersIsTheOneMeant() {
        let firstNames = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Paul", "Anne"]
        var text = "Le retour du premier président\n"
        func paragraph(_ club: String, _ name: String) -> String {
            "« Nous avancerons ensemble », a déclaré le président du club de \(club) \(name). "
                + "Le président a ajouté qu'il fallait « rester unis ».\n"
        }
        text += paragraph("Penville", "Hugo Castellan")
        for k in 0..<100 {
            text += paragraph(surname(k * 7 + 3) + "ville", "\(firstNames[k % 8]) \(surname(k + 13))")
        }
        text += paragraph("Penville", "Hugo Castellan")
        let analysis = Analyzer().analyze(text: text, id: "t")
        let speakers = analysis.quotes.map { quote in
            quote.speaker?.actor.flatMap { analysis.actor(id: $0)?.name }
        }
        // A lookup that only looked at the actors who took the role last would miss him.
        #expect(speakers.first??.hasSuffix("Hugo Castellan") == true)
        #expect(Array(speakers.suffix(2)) == [speakers[0], speakers[0]])
    }
}
