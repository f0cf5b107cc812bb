/// What a Unicode scalar does besides showing a glyph: the one classification behind the
/// checks that keep text safe for a terminal (``TerminalSafeText``) and a name on one visible
/// line (the library's corrections), each of which keeps its own aim:
///
/// - a terminal acts on ``control`` and ``bidiControl`` scalars, so they never reach it raw;
///   a ``format`` character (soft hyphen, zero-width space, BOM…) or a ``joiner`` is drawn as
///   nothing and moves no cursor, so text shown keeps it;
/// - a name is refused with any of them but a ``joiner``: the zero-width non-joiner and joiner
///   are part of how Persian, Indic or emoji names are written, whereas another format
///   character only hides something in a name that looks the same without it.
public enum ScalarControlClass: Equatable, Sendable {
    /// Nothing but its glyph (letters, digits, punctuation, spaces, marks…).
    case plain
    /// A control character (general category Cc): C0 (tab, line feed and carriage return
    /// among them), DEL, C1 (U+0080–U+009F, which some terminals read as CSI, OSC…).
    case control
    /// The Unicode line or paragraph separator (U+2028, U+2029): a line break of its own.
    case separator
    /// A bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): it can
    /// make the text that follows read differently from what it is.
    case bidiControl
    /// The zero-width non-joiner or joiner (U+200C, U+200D), which some scripts need.
    case joiner
    /// Any other format character (general category Cf): soft hyphen, zero-width space, the
    /// left-to-right and right-to-left marks, word joiner, byte-order mark, tags…
    case format

    /// The class of `scalar`.
    @inline(__always)
    public init(_ scalar: Unicode.Scalar) {
        self = Self.byValue(scalar) ?? (scalar.properties.generalCategory == .format ? .format : .plain)
    }

    /// Whether a terminal acts on the scalar (a control or a bidi control): what
    /// ``TerminalSafeText`` replaces with a visible placeholder.
    public var actsOnTerminal: Bool { self == .control || self == .bidiControl }

    /// Whether a name holding the scalar is refused: it breaks the line (a control or a
    /// separator) or hides something (a bidi control or a format character); a joiner is not.
    public var isRefusedInName: Bool { self != .plain && self != .joiner }

    /// Whether a terminal acts on `scalar`, told from its value alone (no table lookup): the
    /// same answer as `ScalarControlClass(scalar).actsOnTerminal`, for loops over whole texts.
    @inline(__always)
    public static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch byValue(scalar) {
        case .control?, .bidiControl?: return true
        default: return false
        }
    }

    /// Whether `scalar` is the Unicode line or paragraph separator, told from its value alone.
    @inline(__always)
    public static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// The class told from the scalar's value, or nil when only its general category can tell
    /// ``format`` from ``plain`` (every other class is a fixed set of values).
    @inline(__always)
    private static func byValue(_ scalar: Unicode.Scalar) -> ScalarControlClass? {
        let v = scalar.value
        if v < 0x20 { return .control }
        if v < 0x7F { return .plain }
        if v < 0xA0 { return .control }
        // No format character between U+00A0 and U+05FF but the soft hyphen.
        if v < 0x600 { return v == 0xAD ? .format : .plain }
        switch v {
        case 0x200C, 0x200D: return .joiner
        case 0x2028, 0x2029: return .separator
        case 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        default: return nil
        }
    }
}
