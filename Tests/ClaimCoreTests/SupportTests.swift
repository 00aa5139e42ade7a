import Foundation
import Testing

@testable import ClaimCore

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var h = SHA256()
        h.update(bytes[0..<63])
        h.update(bytes[63..<64])
        h.update(bytes[64...])
        #expect(h.finalizeHex() == SHA256.hex(bytes))
    }
}

@Suite struct CalendarDayTests {
    @Test func parsesAndFormats() {
        #expect(CalendarDay(iso: "2016-02-24")?.iso == "2016-02-24")
        #expect(CalendarDay(iso: "2016-02-30") == nil)
        #expect(CalendarDay(iso: "2015-02-29") == nil)
        #expect(CalendarDay(iso: "2016-02-29") != nil)
        #expect(CalendarDay(iso: "16-02-24") == nil)
        #expect(CalendarDay(iso: "2016-2-24") == nil)
    }

    @Test func weekdaysAndArithmetic() {
        let d = CalendarDay(iso: "2016-02-24")!
        #expect(d.isoWeekday == 3)  // a Wednesday
        #expect(d.adding(days: -5).iso == "2016-02-19")
        #expect(d.adding(days: 6).iso == "2016-03-01")
        #expect(CalendarDay(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(CalendarDay(iso: "2000-03-01")!.adding(days: -1).iso == "2000-02-29")
        for n in stride(from: -800_000, to: 800_000, by: 9_973) {
            #expect(CalendarDay(daysSinceEpoch: n).daysSinceEpoch == n)
        }
    }
}

@Suite struct SlugTests {
    @Test func acceptsSlugs() throws {
        #expect(try Slug.validate("benghazi-2016") == "benghazi-2016")
    }

    @Test(arguments: [
        "../x", "a/b", "/etc", "Benghazi", "", "-x", "a b", "x\u{0}y", String(repeating: "a", count: 65), "é",
    ])
    func refusesAnythingElse(_ name: String) {
        #expect(throws: ClaimCheckError.self) { try Slug.validate(name) }
    }

    @Test func makesSlugsFromNames() {
        #expect(Slug.make(from: "/tmp/Benghazi Battle.txt") == "benghazi-battle")
        #expect(Slug.make(from: "Économie: 3,5 %") == "economie-3-5")
        #expect(Slug.make(from: "../../etc/passwd") == "passwd")
        #expect(Slug.make(from: "***") == nil)
    }

    @Test func claimIDs() throws {
        #expect(try Slug.validateClaimID("c3f9a1-2") == "c3f9a1-2")
        #expect(throws: ClaimCheckError.self) { try Slug.validateClaimID("../document") }
    }
}

@Suite struct WebLinkTests {
    @Test(arguments: [
        "https://example.org/a?b=c", "http://127.0.0.1:8080/x", "  https://example.org  ",
        "\thttps://example.org/a\n", "\u{A0}https://example.org/b\u{3000}", "https://example.org/é",
    ])
    func acceptsWebURLs(_ url: String) throws {
        #expect(try WebLink.validate(url) == url.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(WebLink.isSafeLink(url))
    }

    @Test(arguments: [
        "javascript:alert(1)", "file:///etc/passwd", "example.org/x", "ftp://example.org", "data:text/html,x",
        "https://", "http://exa mple.org", "JAVASCRIPT:alert(1)", "",
    ])
    func refusesEverythingElse(_ url: String) {
        #expect(throws: ClaimCheckError.self) { try WebLink.validate(url) }
        #expect(!WebLink.isSafeLink(url))
    }
}

@Suite struct ParallelTests {
    @Test func mapKeepsIndexOrderAcrossChunks() throws {
        for count in [0, 1, 7, 1_000] {
            #expect(try Parallel.map(count) { $0 * 3 } == (0..<count).map { $0 * 3 })
        }
        let chunks = try Parallel.chunks(100) { $0 }
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == 100)
        #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "chunks tile the range")
    }

    @Test func theFirstErrorInIndexOrderIsRethrown() {
        struct Failure: Error, Equatable { let index: Int }
        #expect(throws: Failure(index: 250)) {
            _ = try Parallel.map(1_000) { index in
                if index >= 250, index % 250 == 0 { throw Failure(index: index) }
                return index
            }
        }
    }
}

@Suite struct ArticleTextTests {
    @Test func normalisesText() throws {
        let text = try ArticleText.decode(Data("\u{FEFF}Cafe\u{301} said.\r\nNext line.".utf8), source: "a.txt")
        #expect(text == "Caf\u{E9} said.\nNext line.")
    }

    @Test func refusesBadInput() {
        let cases: [(Data, String)] = [
            (Data(), "is empty"), (Data("  \n\t ".utf8), "only white space"),
            (Data([0x41, 0xff, 0x42]), "not valid UTF-8"),
            (Data([0x41, 0x00, 0x42]), "NUL byte"), (Data(count: ArticleText.maxBytes + 1), "too large"),
        ]
        for (data, expected) in cases {
            do {
                _ = try ArticleText.decode(data, source: "input.txt")
                Issue.record("accepted input that should fail with '\(expected)'")
            } catch {
                let message = "\(error)"
                #expect(message.contains("input.txt") && message.contains(expected), "\(message)")
                #expect(!message.contains("\n"))
            }
        }
    }

    @Test func missingFileAndFolder() {
        #expect(throws: ClaimCheckError.badInput("/no/such/file", reason: "no such file")) {
            try ArticleText.read(path: "/no/such/file")
        }
        #expect(throws: ClaimCheckError.self) { try ArticleText.read(path: NSTemporaryDirectory()) }
    }
}

@Suite struct ClaimIdentityTests {
    @Test func stableAcrossTypography() {
        let a = ClaimIdentity.assign(["He said “no”  — twice."])[0]
        let b = ClaimIdentity.assign(["he said \"no\" - twice."])[0]
        #expect(a == b)
        #expect(a.count == 6)
    }

    @Test func repeatedSentencesGetSuffixes() {
        let ids = ClaimIdentity.assign(["Same.", "Other.", "Same."])
        #expect(ids[2] == ids[0] + "-2")
        #expect(Set(ids).count == 3)
    }

    @Test func tenThousandDistinctSentencesGetDistinctIDs() {
        let ids = ClaimIdentity.assign((0..<10_000).map { "Sentence number \($0) of the test." })
        #expect(Set(ids).count == 10_000)
    }
}
