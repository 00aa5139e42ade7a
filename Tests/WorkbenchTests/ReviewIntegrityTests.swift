import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Testing

@testable import Workbench

/// Issue 11: nothing a reviewer typed or a colleague saved is lost, altered or shown stale. Two (or three)
/// sessions on one workspace, as two fact-checkers working at once.
@Suite struct ReviewIntegrityTests {
    let article = ReviewFixture.article
    let sentences = ReviewFixture.sentences

    func document(_ tmp: TemporaryWorkspace) throws -> LoadedDocument {
        try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
    }

    func open(_ tmp: TemporaryWorkspace, _ reviewer: String, desk: EvidenceDesk? = nil) throws -> ReviewSession {
        try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: reviewer, evidenceDesk: desk)
    }

    // MARK: 1. undo

    @Test func undoNeverErasesAColleaguesWork() throws {
        let tmp = TemporaryWorkspace()
        let id = try document(tmp).claims[0].id
        let ana = try open(tmp, "ana")
        let bo = try open(tmp, "bo")
        #expect(!ana.handle("verdict true matches the police log").failed)
        let refused = bo.handle("verdict false AFP says 14")
        #expect(refused.failed, "bo edited revision 1, ana saved revision 2")
        #expect(refused.text.contains("ana set verdict true at"), "the refusal says who set what: \(refused.text)")
        #expect(
            refused.text.contains("it is now true with note “matches the police log” (ana"),
            "and the fresh state: \(refused.text)")
        #expect(
            bo.handle("show").text.contains("note: matches the police log"), "after the refusal bo sees the fresh claim"
        )
        #expect(!bo.handle("verdict false AFP says 14").failed, "repeated on the fresh revision, it saves")
        let undo = ana.handle("undo")
        #expect(undo.failed)
        #expect(undo.text.hasPrefix("undo refused: bo set verdict false at "), "\(undo.text)")
        #expect(!undo.text.contains("\n"), "one line")
        let claim = try tmp.store.loadClaim("doc", id: id)
        #expect(
            claim.verdict.label == .false && claim.verdict.note == "AFP says 14" && claim.verdict.reviewer == "bo",
            "bo's work is intact")
        #expect(claim.history.map(\.action) == [.extracted, .verdict, .verdict], "a refused undo writes nothing")
        #expect(ana.handle("undo").text.contains("nothing of yours to undo"), "the refused change left the undo list")
    }

    @Test func undoIsFieldLevelAndRecordedInHistory() throws {
        let tmp = TemporaryWorkspace()
        let id = try document(tmp).claims[0].id
        let ana = try open(tmp, "ana")
        for line in ["verdict mostly-true first look", "kinds casualty date", "note checked twice", "verdict false"] {
            #expect(!ana.handle(line).failed, "\(line)")
        }
        // Undo, newest first: each restores only what its change set, on top of the revision the previous undo made.
        #expect(ana.handle("undo").text.contains("now mostly-true with note “checked twice”"))
        var claim = try tmp.store.loadClaim("doc", id: id)
        #expect(
            claim.history.last?.withoutSeal
                == HistoryEntry(
                    at: claim.history.last!.at, by: "ana", action: .undo, from: "verdict false",
                    to: "verdict mostly-true with note “checked twice”"), "history says what was undone and restored")
        _ = ana.handle("undo")
        claim = try tmp.store.loadClaim("doc", id: id)
        #expect(
            claim.verdict.note == "first look" && claim.kinds == [.casualty, .date],
            "the note's undo leaves the kinds alone")
        _ = ana.handle("undo")
        claim = try tmp.store.loadClaim("doc", id: id)
        #expect(claim.kinds == [.quantity] && claim.verdict.label == .mostlyTrue)
        _ = ana.handle("undo")
        claim = try tmp.store.loadClaim("doc", id: id)
        #expect(claim.verdict == .unreviewed)
        #expect(claim.history.filter { $0.action == .undo }.count == 4)
        #expect(claim.revision == claim.history.count)
    }

    @Test func undoOfEvidenceTouchesOnlyThatItem() throws {
        let server = try LoopbackServer { _ in
            .html(
                "<html><head><title>Log</title></head><body><p>Twelve people were injured on Friday.</p></body></html>")
        }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let id = try document(tmp).claims[0].id
        let desk = EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 5))
        let ana = try open(tmp, "ana", desk: desk)
        #expect(!ana.handle("evidence \(server.url("/a")) supports first").failed)
        #expect(!ana.handle("evidence \(server.url("/b")) refutes second").failed)
        #expect(!ana.handle("evidence remove 1").failed)
        #expect(!ana.handle("undo").failed)
        var claim = try tmp.store.loadClaim("doc", id: id)
        #expect(
            claim.evidence.map(\.url) == [server.url("/a"), server.url("/b")], "the removed item is back at its place")
        #expect(
            claim.evidence[0].note == "first" && claim.evidence[0].snapshot != nil, "as it was, fetch results included")
        #expect(!ana.handle("undo").failed)
        claim = try tmp.store.loadClaim("doc", id: id)
        #expect(claim.evidence.map(\.url) == [server.url("/a")], "undoing an add removes only that link")
        #expect(claim.history.last?.to == "evidence \(server.url("/b")) removed")
    }

    // MARK: 2. verbatim notes

    @Test func notesAreKeptVerbatim() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(tmp, "ana")
        let note = #"AFP said 49, not "more than 40"  —  see ‘Le Monde’ "#
        #expect(!ana.handle("verdict mostly-false \(note)").failed)
        #expect(
            try tmp.store.loadClaim("doc", id: doc.claims[0].id).verdict.note == note,
            "quotes, double spaces, unicode, trailing space kept")
        #expect(!ana.handle("verdict mostly   false   'single' and \"double\"").failed)
        #expect(
            try tmp.store.loadClaim("doc", id: doc.claims[0].id).verdict.note == "'single' and \"double\"",
            "a two-word label, then the note")
        #expect(!ana.handle("note   \"quoted\" start").failed)
        #expect(try tmp.store.loadClaim("doc", id: doc.claims[0].id).verdict.note == "\"quoted\" start")
        let cleared = ana.handle("verdict true")
        #expect(cleared.text.contains("note cleared (it was: \"quoted\" start)"), "\(cleared.text)")
        #expect(try tmp.store.loadClaim("doc", id: doc.claims[0].id).verdict.note == "")
        #expect(!ana.handle("drop  a headline, \"not\" a claim").failed)
        #expect(try tmp.store.loadClaim("doc", id: doc.claims[0].id).verdict.note == "a headline, \"not\" a claim")
    }

    @Test func evidenceNotesAreKeptVerbatim() throws {
        let server = try LoopbackServer { _ in .html("<p>Twelve people were injured.</p>") }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(
            tmp, "ana", desk: EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 5)))
        #expect(!ana.handle("evidence \(server.url("/x")) refutes says \"49\",  not 40").failed)
        #expect(!ana.handle("evidence \(server.url("/y")) \"no stance\" here").failed)
        let claim = try tmp.store.loadClaim("doc", id: doc.claims[0].id)
        #expect(claim.evidence.map(\.note) == ["says \"49\",  not 40", "\"no stance\" here"])
        #expect(claim.evidence.map(\.stance) == [.refutes, .context])
    }

    // MARK: 3. one numbering

    @Test func addedClaimTakesItsPlaceInArticleOrderEverywhere() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(tmp, "ana")
        let added = ana.handle("add \"the road cost $2 million\"")
        #expect(!added.failed, "\(added.text)")
        #expect(added.text.contains("added claim 3 ("), "it follows its sentence's claim: \(added.text)")
        let loaded = try tmp.store.load("doc")
        #expect(loaded.claims.map(\.ordinal) == [1, 2, 3, 4])
        #expect(loaded.claims.map(\.id) == [doc.claims[0].id, doc.claims[1].id, loaded.claims[2].id, doc.claims[2].id])
        #expect(
            loaded.claims[3].revision == 1 && loaded.claims[3].history.count == 1,
            "renumbering is not a reviewer's change")
        #expect(ana.prompt.hasPrefix("[3/4 "))
        let list = ana.handle("list").text.split(separator: "\n").map(String.init)
        for (k, claim) in loaded.claims.enumerated() {
            #expect(
                list[k].contains("\(k + 1)") && list[k].contains(claim.id), "list row \(k + 1) is claim \(claim.id)")
            #expect(ana.handle("goto \(k + 1)").text.contains("claim \(k + 1) of 4 · \(claim.id)"), "goto \(k + 1)")
        }
        // The CLI table numbers them the same.
        #expect(
            ClaimTable().render(loaded.claims).split(separator: "\n").dropFirst().map { $0.split(separator: " ")[0] }
                == ["1", "2", "3", "4"])
        // A colleague's session opened earlier sees the same numbers after a move.
        let again = try tmp.store.importExtraction(
            slug: "doc", article: article, title: nil, url: nil, published: nil,
            extractorVersion: "test",
            claims: loaded.claims.filter { $0.manual != true }.map {
                ExtractedClaim(text: $0.text, span: $0.span, kinds: [.quantity], checkworthiness: 0.5, facts: [])
            }, by: "tester")
        #expect(
            again.summary.updated == 0 && again.summary.added == 0,
            "re-extraction keeps a manual claim's number without rewriting anyone: \(again.summary)")
        #expect(try tmp.store.load("doc").claims.map(\.ordinal) == [1, 2, 3, 4])
    }

    @Test func aColleaguesAddRenumbersEveryOpenSession() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(tmp, "ana")
        let bo = try open(tmp, "bo")
        _ = ana.handle("goto 3")
        #expect(!bo.handle("add \"the road cost $2 million\"").failed)
        #expect(ana.prompt.hasPrefix("[3/3 "), "nothing read yet")
        let list = ana.handle("list").text
        #expect(
            list
                == bo.handle("list").text.replacingOccurrences(of: "> ", with: "  ").replacingOccurrences(
                    of: "  4   ", with: "> 4   "),
            "ana's list numbers the claims as bo's does:\n\(list)")
        #expect(ana.prompt.hasPrefix("[4/4 "), "ana is still on the same claim, now number 4: \(ana.prompt)")
        #expect(ana.current?.id == doc.claims[2].id)
        #expect(ana.handle("goto 3").text == bo.handle("goto 3").text, "goto 3 reaches the same claim in both sessions")
        #expect(!ana.handle("verdict true").failed, "the added claim can be reviewed by the colleague")
    }

    @Test func theNumberingGenerationGrowsWithEveryRenumbering() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let first = tmp.store.numberingGeneration("doc")
        try tmp.store.update("doc", id: doc.claims[0].id) { _ in HistoryEntry(at: "t", by: "ana", action: .note) }
        #expect(tmp.store.numberingGeneration("doc") == first, "a review save does not renumber")
        let ana = try open(tmp, "ana")
        #expect(!ana.handle("add \"the road cost $2 million\"").failed)
        let added = tmp.store.numberingGeneration("doc")
        #expect(added != first)
        _ = try tmp.store.importExtraction(
            slug: "doc", article: article, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: doc.claims.map {
                ExtractedClaim(text: $0.text, span: $0.span, kinds: [.quantity], checkworthiness: 0.5, facts: [])
            },
            by: "tester")
        #expect(tmp.store.numberingGeneration("doc") == added, "a re-extraction that changes nothing writes nothing")
        _ = try tmp.store.importExtraction(
            slug: "doc", article: article, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: doc.claims.map {
                ExtractedClaim(text: $0.text, span: $0.span, kinds: [.casualty], checkworthiness: 0.5, facts: [])
            },
            by: "tester")
        #expect(tmp.store.numberingGeneration("doc") != added, "a re-extraction that changes claims renumbers")
        #expect(try tmp.store.load("doc").claims.count == 4, "the generation file is not a claim")
    }

    @Test func numberingIsArticleOrderThenOrphans() {
        func claim(_ id: String, at start: Int, ordinal: Int, manual: Bool = false, orphaned: Bool = false) -> Claim {
            Claim(
                id: id, document: "d", ordinal: ordinal, text: id, span: Span(start: start, end: start + 1), kinds: [],
                checkworthiness: 0, facts: [], manual: manual ? true : nil
            ).with(orphaned: orphaned)
        }
        let claims = [
            claim("z-orphan", at: 0, ordinal: 1, orphaned: true), claim("late", at: 90, ordinal: 2),
            claim("m-phrase", at: 40, ordinal: 2, manual: true), claim("sentence", at: 40, ordinal: 3),
            claim("a-orphan", at: 5, ordinal: 7, orphaned: true), claim("first", at: 10, ordinal: 9),
        ]
        #expect(
            ClaimNumbering.ordinals(claims) == [
                "first": 1, "sentence": 2, "m-phrase": 3, "late": 4, "z-orphan": 5, "a-orphan": 6,
            ],
            "by start in the article, an extracted claim before a manual one at the same byte, orphans last in their old order"
        )
    }

    @Test func reextractionInsertingASentenceRenumbersInArticleOrder() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let edited = "Officials said 3 roads were closed.\n" + article
        let claims = (["Officials said 3 roads were closed."] + sentences).map { s in
            ExtractedClaim(
                text: s, span: ClaimStore.locate(s, in: edited)!, kinds: [.quantity], checkworthiness: 0.5, facts: [])
        }
        _ = try tmp.store.importExtraction(
            slug: "doc", article: edited, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: claims, by: "tester")
        let loaded = try tmp.store.load("doc")
        #expect(loaded.claims.map(\.ordinal) == [1, 2, 3, 4])
        #expect(Array(loaded.claims.map(\.id).dropFirst()) == doc.claims.map(\.id))
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.isEmpty)
    }

    @Test func theReportNumbersClaimsAsTheReviewDoes() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(tmp, "ana")
        #expect(!ana.handle("add \"the road cost $2 million\"").failed)
        try "{ broken".write(
            to: tmp.workspace.claimFile("doc", id: doc.claims[0].id), atomically: true, encoding: .utf8)
        let reopened = try open(tmp, "ana")
        #expect(!reopened.handle("report").failed)
        let html = try String(
            contentsOf: tmp.workspace.reportsFolder.appendingPathComponent("doc.html"), encoding: .utf8)
        for claim in try tmp.store.load("doc").claims {
            #expect(
                html.contains("id=\"claim-\(claim.id)\">\n<header><span class=\"num\">\(claim.ordinal)<"),
                "the report's card of \(claim.id) has number \(claim.ordinal), as 'list' shows it, with claim 1 broken")
            #expect(reopened.handle("goto #\(claim.ordinal)").text.contains(claim.id))
        }
    }

    @Test func addIsRefusedWhileAFileIsBroken() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(tmp, "ana")
        try "{ broken".write(
            to: tmp.workspace.claimFile("doc", id: doc.claims[0].id), atomically: true, encoding: .utf8)
        let reply = ana.handle("add \"the road cost $2 million\"")
        #expect(reply.failed && reply.text.contains("claim numbers cannot be kept"), "\(reply.text)")
        #expect(try tmp.store.load("doc").claims.count == 2, "nothing was written")
    }

    @Test func allDigitIDsAreReachableAndNumbersNeverGuessed() throws {
        let tmp = TemporaryWorkspace()
        // A sentence whose id is all digits, like the sample's 258735.
        let digits = try #require(
            (1...2000).lazy.map { "Officials said \($0) people were hurt." }.first { s in
                ClaimIdentity.assign([s])[0].allSatisfy(\.isNumber)
            })
        let text = sentences + [digits]
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: text.joined(separator: "\n"), sentences: text)
        let ana = try open(tmp, "ana")
        let id = ClaimIdentity.assign([digits])[0]
        #expect(
            ana.handle("goto \(id)").text.contains("claim 4 of 4 · \(id)"), "goto 258735 reaches the claim with that id"
        )
        #expect(ana.handle("goto 2").text.contains("claim 2 of 4"))
        #expect(ana.handle("goto #4").text.contains("claim 4 of 4"))
        #expect(ana.handle("goto id:\(id.prefix(5))").text.contains(id))
        #expect(ana.handle("goto #9").text.contains("no claim #9"))
        #expect(
            ana.handle("goto 9").text == "no claim 9: claims are numbered 1–4 (for an id starting with 9, type 'id:9')")
        #expect(
            ana.handle("goto 98765").text
                == "no claim 98765: claims are numbered 1–4, and no id starts with '98765' ('list' shows both)"
                || ana.current?.id.hasPrefix("98765") == true)

        // Both readings possible: refused, with the two unambiguous spellings.
        let claims = (1...1500).map { n in
            Claim(
                id: n == 7 ? "123456" : String(format: "c%05d", n), document: "d", ordinal: n, text: "",
                span: Span(start: n, end: n + 1),
                kinds: [], checkworthiness: 0, facts: [])
        }
        let ambiguous = ClaimAddress.resolve("1234", in: claims, total: 1500)
        #expect(
            ambiguous
                == .failed(
                    "'1234' is both claim number 1234 and the start of id 123456: type '#1234' for the number or 'id:1234' for the id"
                ))
        #expect(ClaimAddress.resolve("#1234", in: claims, total: 1500) == .found(1233))
        #expect(ClaimAddress.resolve("id:1234", in: claims, total: 1500) == .found(6))
        #expect(ClaimAddress.resolve("123456", in: claims, total: 1500) == .found(6), "beyond the count: an id")
        #expect(ClaimAddress.resolve("12", in: claims, total: 1500) == .found(11), "short numbers are numbers")
        #expect(ana.handle("help goto").text.contains("'#N' always means number N"), "help documents it")
    }

    // MARK: 4. control characters

    @Test func theSanitiserShowsEveryUnsafeCharacterVisibly() {
        let cases: [(String, String)] = [
            ("clear \u{1B}[2J screen", "clear ␛[2J screen"),  // CSI via ESC
            ("title \u{1B}]0;pwned\u{07}", "title ␛]0;pwned␇"),  // OSC, BEL-terminated
            ("c1 \u{9B}31m red", "c1 ⟨U+009B⟩31m red"),  // C1 CSI
            ("abc\u{202E}fed", "abc⟨U+202E⟩fed"),  // right-to-left override
            ("\u{2066}isolate\u{2069}", "⟨U+2066⟩isolate⟨U+2069⟩"),
            ("back\u{08}space\u{7F}", "back␈space␡"),
            ("tab\tand\nnewline", "tab\tand\nnewline"),  // kept
            ("café “quoted” — ok", "café “quoted” — ok"),
        ]
        for (raw, shown) in cases { #expect(ControlCharacters.visible(raw) == shown, "\(shown)") }
        #expect(ControlCharacters.first(in: "ab\u{1B}") ?? (0, "x") == (2, "\u{1B}"))
        #expect(ControlCharacters.first(in: "é\u{202E}")?.offset == 2, "a byte offset")
    }

    @Test func extractRefusesControlCharactersWithTheirByteOffset() {
        for (text, offset, name) in [
            ("Police said \u{1B}[2J 12 people died.", 12, "U+001B (ESC)"),
            ("Prix: 12 €\u{202E} ou 21.", 12, "U+202E (RLO)"),
            ("Line\u{9B}2", 4, "U+009B (CSI)"),
        ] {
            #expect(
                throws: ClaimCheckError.badInput(
                    "a.txt",
                    reason:
                        "holds the control character \(name) at byte offset \(offset); terminal escapes and direction overrides are not article text, remove them"
                )
            ) {
                _ = try ArticleText.decode(Data(text.utf8), source: "a.txt")
            }
        }
        #expect(
            (try? ArticleText.decode(Data("Tabs\tand\r\nCRLF are fine.".utf8), source: "a.txt"))
                == "Tabs\tand\nCRLF are fine.")
    }

    @Test func extractRefusesAnEscapeSequenceInOneLineAndWritesNothing() throws {
        let tmp = TemporaryWorkspace()
        let file = tmp.root.appendingPathComponent("esc.txt")
        try Data("Police said 12 people died.\n\u{1B}[2J Officials said 40 were hurt.".utf8).write(to: file)
        let result = try CommandLineTool.run(["extract", "esc.txt"], in: tmp.root)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("esc.txt: holds the control character U+001B (ESC) at byte offset 28"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}["), "the message itself carries no escape")
        #expect(tmp.workspace.documentSlugs().isEmpty, "no document, so no '2 J' facts")
    }

    @Test func storedAndFetchedTextReachesTheTerminalSanitised() throws {
        let server = try LoopbackServer { _ in
            .html("<html><head><title>Evil \u{1B}[2J title\u{202E}</title></head><body><p>12 people.</p></body></html>")
        }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        // A claim file edited by hand (or written before the refusal existed) with an escape in its text.
        try tmp.store.update("doc", id: doc.claims[0].id) { claim in
            claim.text += "\u{1B}]0;x\u{07}"
            claim.verdict.reviewer = "m\u{1B}[31mallory"
            return HistoryEntry(at: "t", by: "m\u{1B}[31mallory", action: .note)
        }
        let ana = try open(
            tmp, "ana", desk: EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 5)))
        let added = ana.handle("evidence \(server.url("/e")) supports")
        let replies = [
            added.text, ana.handle("show").text, ana.handle("list").text, ana.handle("goto 1").text,
            ana.handle("status").text,
        ]
        for text in replies {
            #expect(
                !text.unicodeScalars.contains { ControlCharacters.isUnsafe($0) },
                "nothing unsafe reaches the terminal: \(text.debugDescription)")
        }
        #expect(
            replies[1].contains("␛]0;x␇") && replies[1].contains("m␛[31mallory")
                && replies[1].contains("title⟨U+202E⟩”"), "\(replies[1])")
        let typed = ana.handle("note hello \u{1B}[2J")
        #expect(typed.failed && typed.text.contains("U+001B (ESC) at byte 11"), "\(typed.text)")
        #expect(!typed.text.unicodeScalars.contains { ControlCharacters.isUnsafe($0) })
    }

    // MARK: 6. what the reviewer sees

    @Test func consistencyNotesAndDiscrepanciesAreShownWhileReviewing() throws {
        let tmp = TemporaryWorkspace()
        let text =
            "A bridgehead just 300km (120 miles) from Europe was taken.\nPolice said 12 people were injured on Friday."
        let extracted = Extractor().extract(text, published: CalendarDay(iso: "2016-02-24"))
        _ = try tmp.store.importExtraction(
            slug: "doc", article: text, title: nil, url: nil, published: "2016-02-24",
            extractorVersion: "test", claims: extracted, by: "tester")
        let loaded = try tmp.store.load("doc")
        try #require(
            !ConsistencyChecker().check(loaded.claims, article: text).isEmpty, "the fixture has a unit mismatch")
        // A discrepancy found in evidence on the second claim.
        try tmp.store.update("doc", id: loaded.claims[1].id) { claim in
            claim.evidence = [
                Evidence(
                    url: "https://example.org/log", stance: .refutes, addedBy: "bo", addedAt: "t",
                    matches: [
                        EvidenceMatch(
                            passage: "14 people were injured", score: 0.8, numbers: [],
                            discrepancies: [
                                NumberDiscrepancy(
                                    claimed: "12", found: "14", noun: "people", context: "14 people were injured")
                            ])
                    ])
            ]
            return HistoryEntry(at: "t", by: "bo", action: .evidenceAdd)
        }
        let ana = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "ana")
        let first = ana.handle("goto 1").text
        #expect(
            first.contains("unit-mismatch: “300km” and “120 miles” should be the same distance"), "on arrival: \(first)"
        )
        #expect(ana.handle("show").text.contains("Consistency notes and discrepancies"))
        #expect(ana.handle("goto 2").text.contains("evidence #1: source says 14 people, claim says 12"))
        #expect(ana.handle("status").text.contains("1 claim with consistency notes, 1 with number discrepancies"))
        #expect(ana.handle("list --flagged").text.split(separator: "\n").count == 2)
        #expect(ana.handle("list").text.contains(" ⚠"))
    }

    @Test func theSessionReopensWhereThisReviewerStopped() throws {
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        do {
            let ana = try open(tmp, "ana")
            #expect(ana.startNote == "at claim 1, the first unreviewed one")
            _ = ana.handle("goto 3")
        }  // the session ends here and records where it stopped
        let again = try open(tmp, "ana")
        #expect(again.current?.id == doc.claims[2].id)
        #expect(again.startNote == "back at claim 3, where ana stopped")
        #expect(try open(tmp, "bo").current?.id == doc.claims[0].id, "bookmarks are per reviewer")
    }

    // MARK: 5. cancelling a fetch

    @Test func aCancelledFetchSavesNothing() throws {
        let server = try LoopbackServer { _ in LoopbackResponse(hang: true) }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let doc = try document(tmp)
        let ana = try open(
            tmp, "ana", desk: EvidenceDesk(workspace: tmp.workspace, policy: FetchPolicy(totalTimeout: 20)))
        let sawProgress = CancelFlag()
        // Ctrl-C arrives once the request is in flight.
        ana.waiter = ThreadWaiter(
            tick: 0.02, interrupted: { !server.requests.isEmpty }, progress: { _, _ in sawProgress.set() })
        let reply = ana.handle("evidence \(server.url("/stall")) supports")
        #expect(reply.failed && reply.text.contains("cancelled"), "\(reply.text)")
        server.stop()  // the abandoned transfer ends now; it must not save
        for _ in 0..<50 { usleep(20_000) }
        #expect(
            try tmp.store.loadClaim("doc", id: doc.claims[0].id).evidence.isEmpty, "a cancelled fetch attaches nothing")
        #expect(try tmp.store.loadClaim("doc", id: doc.claims[0].id).revision == 1)
        #expect(ana.handle("undo").text.contains("nothing of yours to undo"))
        #expect(!ana.handle("status").failed, "the session goes on")
    }
}

extension Claim {
    fileprivate func with(orphaned: Bool) -> Claim {
        var copy = self
        copy.orphaned = orphaned ? true : nil
        return copy
    }
}
