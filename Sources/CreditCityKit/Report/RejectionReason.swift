/// Why a row was rejected, in the few words a report upstairs uses: the field's Chinese name and the
/// kind of problem (`统一社会信用代码校验位错误`, `处罚决定日期缺失`). Built from the build's own
/// diagnostics (`Messages`), so the report and the build never disagree about what was rejected.
public enum RejectionReason {
    public static func of(_ diagnostic: Diagnostic, kind: RecordKind) -> String {
        let field = diagnostic.field.flatMap { kind.catalog.position(of: $0) }.map { kind.catalog.fields[$0] }
        let name = field?.name ?? diagnostic.field ?? "整行"
        let m = diagnostic.message
        let problem: String
        if m.contains("is required") {
            problem = "缺失"
        } else if m.contains("check character") {
            problem = "校验位错误"
        } else if m.contains("birth date") {
            problem = "出生日期不存在"
        } else if m.contains("must be 18 characters") || m.contains("is not allowed") {
            problem = "格式错误"
        } else if m.contains("placeholder") {
            problem = "不能使用占位代码"
        } else if m.contains("not a date") {
            problem = "格式无法识别"
        } else if m.contains("no such day") {
            problem = "不是实际存在的日期"
        } else if m.contains("is after the build day") {
            problem = "晚于统计日"
        } else if m.contains(" is before ") {
            problem = "早于起始日期"
        } else if m.contains("status") {
            problem = "状态值无法识别"
        } else if m.contains("expected one of") {
            problem = "不在标准取值范围内"
        } else if case .amount = field?.value {
            problem = "金额无法识别"
        } else {
            problem = "有误"
        }
        return name + problem
    }
}
