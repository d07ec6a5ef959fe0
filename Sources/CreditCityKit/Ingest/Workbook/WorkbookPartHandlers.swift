/// Reads the sheet list and the date system of `xl/workbook.xml`.
final class WorkbookListHandler: XMLEventHandler {
    var sheets: [(name: String, relation: String?, hidden: Bool)] = []
    var date1904 = false

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet") {
            let state = attributes.string("state") ?? "visible"
            sheets.append((attributes.string("name") ?? "Sheet\(sheets.count + 1)", attributes.string("id"), state != "visible"))
        } else if name.is("workbookPr") {
            let value = attributes.string("date1904") ?? "0"
            date1904 = value == "1" || value == "true"
        }
    }

    func endElement(_ name: XMLName) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}

/// Reads the `<Relationship>` entries of a `.rels` part.
final class RelationsHandler: XMLEventHandler {
    var relations: [(id: String, type: String, target: String)] = []

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else { return }
        relations.append((id, attributes.string("Type") ?? "", target))
    }

    func endElement(_ name: XMLName) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
