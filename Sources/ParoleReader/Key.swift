/// A key press or terminal event, as the reader understands it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A control key: `.control("d")` is Ctrl-D.
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace or Delete.
    case backspace
    /// The mouse wheel turned up.
    case wheelUp
    /// The mouse wheel turned down.
    case wheelDown
    /// A mouse click at a cell.
    case click(x: Int, y: Int)
    /// Text pasted in one go (bracketed paste): inserted as one edit in a prompt.
    case paste(String)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
}
