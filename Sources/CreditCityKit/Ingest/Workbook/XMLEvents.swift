import CLibXML2
import Foundation

/// Receives what libxml2 reads from an XML part of a workbook. Names and text are UTF-8 bytes that are
/// valid only during the call: copy what must be kept.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, _ attributes: XMLAttributes)
    func endElement(_ name: XMLName)
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// An element's local name (the namespace prefix dropped: Strict OOXML and transitional files differ
/// only in namespaces, and no part of a sheet needs them to be told apart).
struct XMLName {
    let bytes: UnsafePointer<UInt8>

    func `is`(_ name: StaticString) -> Bool {
        strcmp(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self),
               UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }
}

/// The attributes of one element as libxml2's SAX2 hands them over: five pointers each (local name,
/// prefix, namespace, value start, value end).
struct XMLAttributes {
    let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name, whatever its namespace prefix.
    func bytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for i in 0..<count {
            guard let local = base[i * 5], XMLName(bytes: local).is(name),
                  let start = base[i * 5 + 3], let end = base[i * 5 + 4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    func string(_ name: StaticString) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Why an XML part could not be parsed, with the line libxml2 stopped on.
struct XMLSyntaxError: Error, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "XML error on line \(line) of the part: \(message)" }
}
