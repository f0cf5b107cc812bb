import ParoleKit

extension ReaderState {
    /// The screen as a grid of styled cells, at the current size.
    public func render() -> Grid {
        var grid = Grid(width: size.width, height: size.height)
        let layout = self.layout
        let theme = Theme(appearance)
        if layout.isTooSmall {
            renderTooSmall(into: &grid)
            return grid
        }
        switch screen {
        case .list: renderList(into: &grid, theme: theme)
        case .article: renderArticle(into: &grid, layout: layout, theme: theme)
        case .help: renderHelp(into: &grid, theme: theme)
        case .detail: renderDetail(into: &grid, theme: theme)
        case .statistics: renderStatistics(into: &grid, theme: theme)
        }
        if case .actorPicker = prompt { renderPicker(into: &grid, theme: theme) }
        renderStatus(into: &grid, layout: layout, theme: theme)
        return grid
    }

    /// Draws the short message shown below the minimum size.
    func renderTooSmall(into grid: inout Grid) {
        let minimum = ScreenLayout.minimumSize
        let parts = [
            "Terminal too small", "\(size.width)×\(size.height), need \(minimum.width)×\(minimum.height)",
            "q quits",
        ]
        // Wrapped at word boundaries to a narrow terminal; when it is also short, the sizes
        // come first, then how to quit, then the heading.
        let width = max(1, size.width)
        var lines = parts.flatMap { WordWrap.lines($0, width: width) }
        for keep in [[1, 2], [1]] where lines.count > size.height {
            lines = keep.flatMap { WordWrap.lines(parts[$0], width: width) }
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - ColumnWidth.width(of: line)) / 2)
            grid.write(line, x: x, y: top + i, style: CellStyle(bold: i == 0))
        }
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string preceded by spaces up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
