import CLibXML2
import Foundation

/// libxml2's push parser, fed one chunk at a time as ZIPFoundation inflates a part, so that a sheet of
/// 200,000 rows never needs its XML in memory. Never loads DTDs or external entities.
final class XMLPushParser {
    /// What the C callbacks reach through libxml2's user-data pointer.
    private final class Context {
        let handler: any XMLEventHandler
        var firstError: XMLSyntaxError?
        init(handler: any XMLEventHandler) { self.handler = handler }
    }

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private let context: Context
    private var parser: xmlParserCtxtPtr?

    init(handler: any XMLEventHandler) {
        _ = Self.initialised
        context = Context(handler: handler)
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { user, localName, _, _, _, _, attributeCount, _, attributes in
            guard let user, let localName else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            context.handler.startElement(XMLName(bytes: localName),
                                         XMLAttributes(base: attributes, count: Int(attributeCount)))
        }
        sax.endElementNs = { user, localName, _, _ in
            guard let user, let localName else { return }
            Unmanaged<Context>.fromOpaque(user).takeUnretainedValue().handler.endElement(XMLName(bytes: localName))
        }
        let characters: charactersSAXFunc = { user, text, length in
            guard let user, let text, length > 0 else { return }
            Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
                .handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        // Without this libxml2 prints its errors on standard error; they are reported with the file instead.
        sax.serror = { user, error in
            guard let user, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let context = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            guard context.firstError == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            // libxml2's messages may span lines ("…encoding !\nBytes: …"); a diagnostic is one line.
            let oneLine = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "; ")
            context.firstError = XMLSyntaxError(line: Int(error.pointee.line), message: oneLine)
        }
        let user = Unmanaged.passUnretained(context).toOpaque()
        parser = xmlCreatePushParserCtxt(&sax, user, nil, 0, nil)
        if let parser {
            xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
        }
    }

    deinit {
        if let parser { xmlFreeParserCtxt(parser) }
    }

    /// Parses the next chunk of the part; throws at the first well-formedness error.
    func feed(_ chunk: Data) throws {
        guard !chunk.isEmpty else { return }
        try chunk.withUnsafeBytes { raw in
            try parse(raw.baseAddress?.assumingMemoryBound(to: CChar.self), count: raw.count, last: false)
        }
    }

    /// Ends the document; throws when it was incomplete.
    func finish() throws {
        try parse(nil, count: 0, last: true)
    }

    private func parse(_ bytes: UnsafePointer<CChar>?, count: Int, last: Bool) throws {
        guard let parser else { throw XMLSyntaxError(line: 0, message: "libxml2 could not create a parser") }
        let status = xmlParseChunk(parser, bytes, Int32(count), last ? 1 : 0)
        if let error = context.firstError { throw error }
        if status != 0 { throw XMLSyntaxError(line: Int(xmlSAX2GetLineNumber(parser)), message: "malformed XML (libxml2 error \(status))") }
    }
}
