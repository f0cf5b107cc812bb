/// Quote statistics as lines of text for a terminal: counts with horizontal bar charts, and
/// the months as a sparkline above their bars. Used by `parole stats` and the reader's
/// statistics screen.
public enum QuoteStatisticsText {
    /// The eighths of a block, for sparklines, lowest first.
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The lines for `stats`, at most `width` columns wide; `title` heads them if given.
    public static func render(_ stats: QuoteStatistics, width: Int = 80, title: String? = nil) -> [String] {
        var lines: [String] = []
        if let title { lines += [title, ""] }
        lines.append(count(stats.quotes, "quote"))
        guard stats.quotes > 0 else { return lines }
        let barWidth = max(4, min(40, width - 40))
        lines += ["", "By kind of speaker (quotes, speakers)"]
        let kinds = SpeakerKind.allCases.map(\.rawValue) + ["unattributed"]
        lines += bars(
            kinds.map { ($0, stats.byType[$0] ?? 0) }, total: stats.quotes, width: barWidth, lineWidth: width,
            extra: { kind in stats.speakersByType[kind].map { count($0, "speaker") } ?? "" })
        let people = SpeakerGender.allCases.reduce(0) { $0 + (stats.people[$1.rawValue] ?? 0) }
        lines += ["", "Quoted people (\(people)) by gender"]
        let names: [SpeakerGender: String] = [.female: "women", .male: "men", .unknown: "unknown"]
        lines += bars(
            SpeakerGender.allCases.map { (names[$0]!, stats.people[$0.rawValue] ?? 0) }, total: people,
            width: barWidth, lineWidth: width,
            extra: { label in
                let gender = names.first { $0.value == label }!.key
                return count(stats.peopleQuotes[gender.rawValue] ?? 0, "quote")
            })
        if !stats.top.isEmpty {
            lines += ["", "Most quoted"]
            var details: [String: String] = [:]
            for entry in stats.top {
                details[entry.actor] = entry.type == "person" ? "\(entry.type), \(entry.gender)" : entry.type
            }
            lines += bars(
                stats.top.map { ($0.actor, $0.quotes) }, total: nil, width: barWidth, lineWidth: width,
                extra: { details[$0] ?? "" })
        }
        if !stats.byMonth.isEmpty {
            let months = stats.byMonth.sorted { $0.key < $1.key }
            // The range is left out rather than cut when narrow: the bars below name the months.
            let heading = "By month  " + sparkline(months.map(\.value))
            let range =
                months.count == 1 ? "  \(months[0].key)" : "  \(months.first!.key) – \(months.last!.key)"
            lines += ["", heading.count + range.count <= width ? heading + range : heading]
            lines += bars(
                months.map { ($0.key, $0.value) }, total: nil, width: barWidth, lineWidth: width,
                extra: { _ in "" })
        }
        if !stats.bySite.isEmpty {
            lines += ["", "By site"]
            let sites = stats.bySite.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            lines += bars(
                sites.map { ($0.key, $0.value) }, total: stats.quotes, width: barWidth, lineWidth: width,
                extra: { _ in "" })
        }
        return lines.map { clip(TerminalSafeText.line($0), width) }
    }

    /// One line per item: label, a bar in proportion to the largest count, the count, its share.
    /// The bars are at most `width` cells, narrower when the labels and what follows the bars
    /// would not fit in `lineWidth` columns otherwise. What follows a bar is never cut: on a
    /// narrow screen the number columns shrink to their digits first, then the details after
    /// them are left out, then the labels are shortened with "…"; a bar keeps at least one cell.
    static func bars(
        _ items: [(String, Int)], total: Int?, width: Int, lineWidth: Int = .max,
        extra: (String) -> String
    ) -> [String] {
        let largest = max(1, items.map(\.1).max() ?? 1)
        var labelWidth = min(30, items.map { $0.0.count }.max() ?? 0)
        let details = items.map { extra($0.0) }
        var showsDetails = details.contains { !$0.isEmpty }
        let shares: [Int?] = items.map { item in
            total.map { total in total > 0 ? share(item.1, of: total) : 0 }
        }
        var countWidth = 5
        var shareWidth = total == nil ? 0 : 5
        /// Columns left for the bar (and the blank after it) by what surrounds it.
        func room() -> Int {
            let detailWidth = showsDetails ? 2 + (details.map(\.count).max() ?? 0) : 0
            return lineWidth - (2 + labelWidth + 1 + countWidth + shareWidth + detailWidth) - 1
        }
        if lineWidth != .max, room() < 4 {
            countWidth = (items.map { String($0.1).count }.max() ?? 1) + 1
            if total != nil { shareWidth = (shares.map { String($0 ?? 0).count }.max() ?? 1) + 2 }
        }
        if lineWidth != .max, room() < 1 { showsDetails = false }
        if lineWidth != .max, room() < 1 { labelWidth = max(4, labelWidth + room() - 1) }
        let width = lineWidth == .max ? width : max(1, min(width, room()))
        return items.enumerated().map { index, item in
            let (label, count) = item
            let cells = Double(count) / Double(largest) * Double(width)
            var bar = String(repeating: "█", count: Int(cells))
            let rest = Int((cells - Double(Int(cells))) * 8)
            if rest > 0 { bar.append(["▏", "▎", "▍", "▌", "▋", "▊", "▉"][rest - 1]) }
            let name = label.count > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label
            var line = "  " + name.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + " "
            line += bar.padding(toLength: width + 1, withPad: " ", startingAt: 0)
            line += padded(String(count), countWidth)
            if let share = shares[index] { line += padded("\(share)%", shareWidth) }
            if showsDetails, !details[index].isEmpty { line += "  " + details[index] }
            return line
        }
    }

    /// `count` as a whole percentage of `total`.
    static func share(_ count: Int, of total: Int) -> Int {
        Int((Double(count) * 100 / Double(total)).rounded())
    }

    /// `text` after as many spaces as make it `width` characters.
    private static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `n` and `noun`, with an "s" unless `n` is 1.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A sparkline of `values`: one block per value, its height in proportion to the largest.
    public static func sparkline(_ values: [Int]) -> String {
        let largest = max(1, values.max() ?? 1)
        return String(
            values.map { value in
                value == 0
                    ? " "
                    : sparks[min(7, max(0, Int((Double(value) / Double(largest) * 8).rounded(.up)) - 1))]
            })
    }

    private static func clip(_ line: String, _ width: Int) -> String {
        line.count > width ? String(line.prefix(max(1, width - 1))) + "…" : line
    }
}
