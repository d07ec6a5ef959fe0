
/// One page of the notice list, all categories or one.
public struct NoticeListPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var heading: String
    public var categories: [GroupLink]
    public var notices: [NoticeLink]
    public var pagination: Pagination

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "heading": heading
        case "categories": categories
        case "notices": notices
        case "empty": notices.isEmpty
        case "pagination": pagination
        default: chrome.child(named: name)
        }
    }
}

/// A notice. `bodyHTML` is cmark-gfm's safe output and the only unescaped value of the site.
public struct NoticePage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var title: String
    public var date: String
    public var category: String
    public var categoryHref: String
    public var docNumber: String?
    public var issuer: String?
    public var bodyHTML: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "title": title
        case "date": date
        case "category": category
        case "categoryHref": categoryHref
        case "docNumber": docNumber
        case "issuer": issuer
        case "bodyHTML": bodyHTML
        default: chrome.child(named: name)
        }
    }
}

/// How to raise an objection (异议) or apply for credit repair (信用修复), with the office's contacts
/// from site.yaml `contact`; each contact line is shown only when set.
public struct ObjectionPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var department: String?
    public var phone: String?
    public var address: String?
    public var email: String?
    public var hours: String?

    public var hasContact: Bool { [department, phone, address, email, hours].contains { $0 != nil } }

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "department": department
        case "phone": phone
        case "address": address
        case "email": email
        case "hours": hours
        case "hasContact": hasContact
        default: chrome.child(named: name)
        }
    }
}

/// The 404 page: only the chrome, linked from the path of base_url.
public struct NotFoundPage: TemplateModel {
    public var chrome: PageChrome

    public func child(named name: String) -> (any TemplateRepresentable)? { chrome.child(named: name) }
}

/// 无障碍与长辈版: how to read the site in large print, with or without JavaScript, and whom to tell
/// about a barrier.
public struct AccessibilityPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var department: String?
    public var phone: String?
    public var email: String?

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "department": department
        case "phone": phone
        case "email": email
        case "hasContact": [department, phone, email].contains { $0 != nil }
        default: chrome.child(named: name)
        }
    }
}
