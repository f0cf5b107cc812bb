import Foundation
import Testing

/// `parole export`: what each line carries, and a week of the library.
@Suite final class ExportCommandTests: ScratchSuite {
    let library = ["--library", "lib.sqlite"]

    func records(_ arguments: [String] = []) throws -> [[String: Any]] {
        let result = try parole(["export"] + library + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func anExportedLinkIsAWebAddressNeverJavascriptDataOrALocalPath() throws {
        try write(
            "fil.xml",
            FeedFileIdentityTests.feed(
                site: "https://exemple.fr/",
                items: [
                    ("Un", "javascript:alert(1)", "« Tout va bien », a déclaré Marie Durand à Lyon."),
                    (
                        "Deux", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
                        "« Rien ne va », a affirmé Paul Martin."
                    ),
                    ("Trois", "file:///home/moi/pages/trois.html", "« Peut-être », a répondu Luc Petit."),
                    ("Quatre", "HTTPS://exemple.fr/quatre", "« Jamais », a lancé Anne Roux."),
                    ("Cinq", "/2012/07/cinq", "« Toujours », a dit Jean Noir."),
                ]))
        #expect(try parole(["add"] + library + ["fil.xml"]).status == 0)
        let lines = try records()
        #expect(lines.count == 5)
        let links = Set(lines.compactMap { $0["link"] as? String })
        #expect(links == ["HTTPS://exemple.fr/quatre", "https://exemple.fr/2012/07/cinq"], "\(links)")
        let raw = try parole(["export"] + library).output
        #expect(!raw.contains("javascript:") && !raw.contains("data:text") && !raw.contains("/home/moi"))
    }

    @Test func sinceAndUntilExportOneWeek() throws {
        for (name, day) in [("a", "1 juin 2012"), ("b", "5 juin 2012"), ("c", "12 juin 2012")] {
            try write("\(name).txt", "Article \(name)\n\(day). - « Oui », a dit Paul Martin.\n")
        }
        #expect(try parole(["add"] + library + ["a.txt", "b.txt", "c.txt"]).status == 0)
        #expect(try records().count == 3)
        let week = try records(["--since", "2012-06-04", "--until", "2012-06-10"])
        #expect(
            week.map { $0["source"] as? String ?? "" }.map { ($0 as NSString).lastPathComponent } == ["b.txt"]
        )
        let gold = try parole(
            ["export"] + library + ["--gold", "week", "--since", "2012-06-04", "--until", "2012-06-10"])
        #expect(gold.output.hasPrefix("wrote 1 article"), "\(gold.output)")
        let none = try parole(["export"] + library + ["--since", "2013"])
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(none.errorLines == ["parole: no article of those dates"])
        #expect(try parole(["export"] + library + ["--since", "2012-02-30"]).status != 0)
    }
}
