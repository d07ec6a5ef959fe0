import Foundation

/// Files of the repository built into the library by the EmbedResources plugin (Plugins/): the default
/// templates and the example city's workbook, so `creditcity init` needs nothing but the binary. The
/// plugin writes the static properties (`templates`, `exampleWorkbook`) at build time from the files
/// themselves; nothing generated is kept in the tree.
enum EmbeddedResources {}

/// One embedded file: its path relative to the embedded folder and its bytes.
struct EmbeddedFile: Sendable {
    let path: String
    /// The bytes, base64-encoded: a long string literal compiles quickly, a byte-array literal does not.
    let base64: String

    /// The file's bytes; the plugin wrote them, so they always decode.
    var bytes: [UInt8] { Data(base64Encoded: base64).map { [UInt8]($0) } ?? [] }
}
