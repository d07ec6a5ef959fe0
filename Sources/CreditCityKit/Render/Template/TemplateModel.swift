/// What a template can show for a name: text, a number, a yes/no, a list to repeat a section for, or
/// another model to look names up in.
public enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([any TemplateRepresentable])
    case model(any TemplateModel)
}

/// A value a template can show. Strings, integers, booleans, arrays of such values and view models are;
/// optional values are looked through (a `nil` is a name the model does not have).
public protocol TemplateRepresentable: Sendable {
    var templateValue: TemplateValue { get }
}

/// A view model: it gives the value of each name its templates use. A name it does not know (or whose
/// value is nil) is looked up in the models around it, as Mustache's context stack does.
public protocol TemplateModel: TemplateRepresentable {
    func child(named name: String) -> (any TemplateRepresentable)?
}

extension TemplateModel {
    public var templateValue: TemplateValue { .model(self) }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue { .list(self) }
}
