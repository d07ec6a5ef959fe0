/// A subject a listing decision puts on a list, with its 审核状态 in a file that has that column, and
/// what the entry exercises.
struct ExampleListEntry: Sendable {
    let subject: ExampleSubject
    var review: String?
    var note = ""

    static func entry(_ subject: ExampleSubject, review: String? = nil, note: String = "") -> ExampleListEntry {
        ExampleListEntry(subject: subject, review: review, note: note)
    }
}
