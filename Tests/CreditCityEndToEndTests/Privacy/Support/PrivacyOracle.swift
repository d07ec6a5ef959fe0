import Foundation

/// A second, deliberately simple reader of personal numbers, independent of the detector under test:
/// it takes the visible text (comments and tags stripped, references decoded, NFKC-normalised with
/// Foundation), cuts it at letters and Han characters into candidate windows, drops every other
/// non-digit inside a window, and asks whether a planted number's digits are still there.
///
/// It knows nothing of groupings or separators: a number survives if a reader could still read its
/// digits in order with nothing but punctuation, spaces or invisible characters between them.
enum PrivacyOracle {
    /// What a browser shows of `html`: comments removed, tags removed (inline or not), references decoded.
    static func visibleText(html: String) -> String {
        var s = html
        while let open = s.range(of: "<!--") {
            let close = s.range(of: "-->", range: open.upperBound..<s.endIndex)?.upperBound ?? s.endIndex
            s.removeSubrange(open.lowerBound..<close)
        }
        s = s.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return decodeReferences(s)
    }

    /// `&#NN;`, `&#xHH;` and the few named references a page of ours can hold.
    static func decodeReferences(_ s: String) -> String {
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semi = rest.prefix(12).firstIndex(of: ";") else { out += "&"; rest = rest.dropFirst(); continue }
            let name = rest[rest.index(after: amp)..<semi]
            var value: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                value = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                value = named[String(name)]
            }
            if let value { out += value; rest = rest[rest.index(after: semi)...] } else { out += "&"; rest = rest.dropFirst() }
        }
        return out + rest
    }

    /// Every string a JSON reader gets from `json` (keys and values), and the visible text of those
    /// that hold markup.
    static func jsonStrings(_ json: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return [json] }
        var out: [String] = []
        func walk(_ v: Any) {
            if let s = v as? String { out.append(s); if s.contains("<") { out.append(visibleText(html: s)) } }
            if let n = v as? NSNumber { out.append(n.stringValue) }
            if let a = v as? [Any] { a.forEach(walk) }
            if let d = v as? [String: Any] { for (k, x) in d { out.append(k); walk(x) } }
        }
        walk(object)
        return out
    }

    /// The digit windows of `text`: NFKC first, then letters and Han characters cut the text, and
    /// inside a window only digits (and X, an ID number's check character) are kept.
    static func windows(_ text: String) -> [String] {
        let normal = text.precomposedStringWithCompatibilityMapping
        var out: [String] = []
        var current = ""
        for scalar in normal.unicodeScalars {
            if scalar.properties.numericType == .decimal, scalar.isASCII {
                current.unicodeScalars.append(scalar)
            } else if scalar == "X" || scalar == "x" {
                current += "X"
            } else if scalar.properties.isAlphabetic {
                if !current.isEmpty { out.append(current) }
                current = ""
            }
            // Anything else (spaces, punctuation, symbols, invisible characters, *) is dropped.
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Which of `numbers` (ASCII digits, X for a check character) can still be read in `windows`.
    static func revealed(_ numbers: Set<String>, in windows: [String]) -> Set<String> {
        let lengths = Set(numbers.map(\.count))
        var found = Set<String>()
        for w in windows {
            let chars = Array(w.utf8)
            for length in lengths where chars.count >= length {
                for start in 0...(chars.count - length) {
                    let candidate = String(decoding: chars[start..<(start + length)], as: UTF8.self)
                    if numbers.contains(candidate) { found.insert(candidate) }
                }
            }
        }
        return found
    }

    /// Whether `number` (ASCII digits, X for a check character) can still be read in `text`.
    static func reveals(_ text: String, _ number: String) -> Bool {
        windows(text).contains { $0.contains(number) }
    }
}
