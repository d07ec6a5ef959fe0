import CreditCityTestSupport
import Foundation

extension TestSupport {
    /// The python3 that has the scripts' packages (selenium, html5lib, …): make test's virtual
    /// environment `.build/test-venv` when it exists, else the first python3 on PATH.
    static var python3: String? {
        let venv = repoRoot.appendingPathComponent(".build/test-venv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : TestProcess.find("python3")
    }
}
