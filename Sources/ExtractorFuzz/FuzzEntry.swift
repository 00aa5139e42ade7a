import ClaimCore
import Foundation

/// libFuzzer entry point: every input, as bytes, goes through the same checks and extractor as
/// `claimcheck extract`. Build and run with `scripts/fuzz` (needs `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let published = CalendarDay(iso: "2016-02-24")
    let claims = Extractor().extract(text, published: size % 2 == 0 ? published : nil)
    let utf8 = Array(text.utf8)
    for claim in claims {
        // Spans must point into the text and cover the claim's words exactly.
        precondition(claim.span.start >= 0 && claim.span.start <= claim.span.end && claim.span.end <= utf8.count)
        precondition(String(decoding: utf8[claim.span.start..<claim.span.end], as: UTF8.self) == claim.text)
        precondition((0...1).contains(claim.checkworthiness))
        for fact in claim.facts {
            precondition(claim.span.contains(fact.span), "fact span outside its sentence")
        }
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// SwiftPM links an executable target's entry point under this name; hand control to libFuzzer's driver.
@_cdecl("ExtractorFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzExtractor(data, size) }
}
#else
/// Without libFuzzer (an ordinary `swift build`): replay the files or folders given as arguments
/// through the same entry point, so a corpus can be checked anywhere.
@main
struct CorpusReplay {
    static func main() throws {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                FileHandle.standardError.write(Data("ExtractorFuzz: \(path): no such file\n".utf8))
                exit(2)
            }
            let files = isDir.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" } : [path]
            for file in files {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                _ = data.withUnsafeBytes { raw in
                    fuzzExtractor(raw.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, raw.count)
                }
                count += 1
            }
        }
        print("replayed \(count) inputs without a failure")
    }
}
#endif
