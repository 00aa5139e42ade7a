import Foundation

/// `claimcheck-bench SUITE [args]`: release-mode benchmarks that print figures. Build with
/// `swift build -c release --product claimcheck-bench`. Each suite lives in its own file.
let suites: [String: (ArraySlice<String>) throws -> Void] = [
    "fetch": FetchBench.run,
    "extract": ExtractionBench.run,
    "report": ReportBench.run,
    "review": ReviewBench.run,
    "verify": VerifyBench.run,
    "pdf": PDFBench.run,
    "pdf-hostile": PDFHostileBench.run,
    "bulk": BulkBench.run,
    "reextract": ReextractBench.run,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let suite = suites[name] else {
    print("usage: claimcheck-bench SUITE [args]\nsuites: \(suites.keys.sorted().joined(separator: ", "))")
    exit(arguments.first == nil || arguments.first == "--help" ? 0 : 2)
}
do {
    try suite(arguments.dropFirst())
} catch {
    FileHandle.standardError.write(Data("claimcheck-bench: \(error)\n".utf8))
    exit(1)
}
