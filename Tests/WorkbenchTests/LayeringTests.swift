import ClaimTestSupport
import Foundation
import Testing

/// The module map of docs/DESIGN.md, checked on the sources: every arrow one way, the executable thin.
@Suite struct LayeringTests {
    /// The modules imported by the Swift files under `Sources/<module>`.
    func imports(of module: String) throws -> Set<String> {
        let folder = CommandLineTool.packageRoot.appendingPathComponent("Sources/\(module)")
        let files =
            FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter {
                $0.hasSuffix(".swift")
            } ?? []
        #expect(!files.isEmpty, "no sources under \(folder.path)")
        var found = Set<String>()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n")
            where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                found.insert(String(line.split(separator: " ").last!))
            }
        }
        return found
    }

    @Test func eachModuleImportsOnlyWhatTheMapAllows() throws {
        let system: Set<String> = ["Foundation", "Glibc", "Dispatch", "Synchronization"]
        let allowed: [String: Set<String>] = [
            "claimcheck": ["ArgumentParser", "Workbench", "CEditLine", "Foundation", "Glibc"],
            "Workbench": system.union(["ClaimCore", "SourceFetch", "ClaimReport"]),
            "ClaimReport": system.union(["ClaimCore", "Mustache"]),
            "SourceFetch": system.union(["ClaimCore", "CCurl", "CLibXML2", "CPoppler", "CZlib"]),
            "ClaimCore": system,
        ]
        for (module, permitted) in allowed {
            let extra = try imports(of: module).subtracting(permitted)
            #expect(extra.isEmpty, "Sources/\(module) imports \(extra.sorted())")
        }
    }
}
