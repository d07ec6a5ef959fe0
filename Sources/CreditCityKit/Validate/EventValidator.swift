/// Checks one raw row of `events/` and turns it into a `CreditEvent`.
public struct EventValidator: Sendable {
    let catalog = FieldCatalog.events

    public init() {}

    public func validate(_ raw: RawRow) -> (event: CreditEvent?, diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        func reject(_ spec: FieldSpec, _ message: String) {
            problems.append(Messages.rejected(raw.location, spec, message))
        }
        func value(_ code: String) -> String? {
            guard let t = raw.values[catalog.index(of: code)]?.trimmingWhitespace(), !t.isEmpty else { return nil }
            return t
        }
        for spec in catalog.fields where spec.requirement == .required && value(spec.code) == nil {
            reject(spec, Messages.required(spec))
        }
        let typeSpec = catalog.spec("SJ_JLLX"), kindSpec = catalog.spec("SJ_LX"), dateSpec = catalog.spec("SJ_RQ")
        if let t = value("SJ_JLLX"), case .choice(let allowed) = typeSpec.value, !allowed.contains(t) {
            reject(typeSpec, Messages.notInList(t, typeSpec, allowed: allowed))
        }
        var kind: CreditEvent.Kind?
        if let k = value("SJ_LX") {
            kind = CreditEvent.Kind(rawValue: k)
            if kind == nil { reject(kindSpec, Messages.notInList(k, kindSpec, allowed: CreditEvent.Kind.allCases.map(\.rawValue))) }
        }
        var date: CivilDate?
        if let d = value("SJ_RQ") {
            switch DateParsing.parse(d) {
            case .success(.day(let day)): date = day
            case .success(.noEnd): reject(dateSpec, Messages.badDate(d, "an event happens on a day; 长期 is not one"))
            case .failure(let e): reject(dateSpec, Messages.badDate(d, e.description))
            }
        }
        guard problems.isEmpty, let kind, let date, let dataset = value("SJ_JLLX").flatMap(Dataset.init(eventRecordType:)),
              let number = value("SJ_WSH") else {
            return (nil, problems)
        }
        let event = CreditEvent(location: raw.location, dataset: dataset, documentNumber: number,
                                authority: value("SJ_JG"), subject: value("SJ_XDR"),
                                kind: kind, date: date, note: value("SJ_SM"))
        return (event, [])
    }
}
