/// JSON string literals written straight into a byte buffer, escaped as `JSONEncoder` escapes
/// them: quotes, backslashes and control characters; everything else is copied as UTF-8.
public enum JSONStringBytes {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` to `bytes` as a quoted JSON string.
    public static func append(_ s: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                switch b {
                case 0x22: appendRaw("\\\"", to: &bytes)
                case 0x5C: appendRaw("\\\\", to: &bytes)
                case 0x0A: appendRaw("\\n", to: &bytes)
                case 0x0D: appendRaw("\\r", to: &bytes)
                case 0x09: appendRaw("\\t", to: &bytes)
                case 0x08: appendRaw("\\b", to: &bytes)
                case 0x0C: appendRaw("\\f", to: &bytes)
                default:
                    appendRaw("\\u00", to: &bytes)
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendRaw(_ s: StaticString, to bytes: inout [UInt8]) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
