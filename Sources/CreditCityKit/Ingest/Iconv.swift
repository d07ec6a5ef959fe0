import Glibc

/// Converts text between encodings with glibc's iconv, the system's maintained converter, rather than
/// tables of our own: GB18030 content files are read with it, and the example city's GB18030 files
/// are written with it.
enum Iconv {
    /// Why a conversion stopped, at a byte offset of the input.
    enum Failure: Error, Equatable {
        /// This system's iconv does not know one of the encodings.
        case unavailable
        /// The bytes at `offset` are not valid in the source encoding, or have no form in the target.
        case invalid(offset: Int)
        /// The input ends in the middle of a character that starts at `offset`.
        case truncated(offset: Int)
    }

    /// `bytes` in `source` re-encoded as `target` (iconv names: "UTF-8", "GB18030").
    static func convert(_ bytes: [UInt8], from source: String, to target: String) throws(Failure) -> [UInt8] {
        let converter = iconv_open(target, source)
        // iconv_open signals failure with (iconv_t)-1, not with nil.
        guard let converter, Int(bitPattern: converter) != -1 else { throw .unavailable }
        defer { iconv_close(converter) }

        // Between UTF-8 and GB18030 no text grows by more than half; the buffer doubles if it must.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var written = 0
        var consumed = 0
        var failure: Failure?
        bytes.withUnsafeBufferPointer { inBuffer in
            // iconv's prototype takes `char **` for its input but never writes through it.
            guard let inBase = inBuffer.baseAddress.map(UnsafeMutablePointer.init(mutating:)) else { return }
            while consumed < bytes.count {
                let (result, code, used, produced) = output.withUnsafeMutableBufferPointer { outBuffer in
                    step(converter, from: inBase + consumed, count: bytes.count - consumed, into: outBuffer, at: written)
                }
                consumed += used
                written += produced
                guard result == -1 else { continue }
                switch code {
                case E2BIG: output += [UInt8](repeating: 0, count: output.count)
                case EINVAL: failure = .truncated(offset: consumed); return
                default: failure = .invalid(offset: consumed); return
                }
            }
        }
        if let failure { throw failure }
        return Array(output[..<written])
    }

    /// One iconv call; returns its result, errno, bytes consumed and bytes produced.
    private static func step(
        _ converter: iconv_t, from input: UnsafeMutablePointer<UInt8>, count: Int,
        into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> (Int, Int32, Int, Int) {
        guard let outBase = output.baseAddress else { return (-1, E2BIG, 0, 0) }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input)
            .assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + offset)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = count
        var outLeft = output.count - offset
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        let code = result == -1 ? errno : 0
        return (result, code, count - inLeft, output.count - offset - outLeft)
    }
}
