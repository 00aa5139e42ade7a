import ClaimCore
import Foundation

/// Builds report test documents in a temporary workspace with hand-made claims (the extractor is not
/// what these tests check): `importExtraction` with hand-built `ExtractedClaim`s, then `update` for
/// verdicts and evidence, exactly as the review workflow writes them.
public enum SampleDocuments {
    /// The package root (samples/ and Tests/Fixtures/ are read from it).
    public static let repository = CommandLineTool.packageRoot
    /// The time stamp every sample write uses, so reports are byte-for-byte reproducible.
    public static let fixedTime = "2026-11-25T10:00:00Z"

    /// The bundled sample article (samples/benghazi.txt) with one claim per gold "claim" paragraph
    /// (Tests/Fixtures/gold.json), its gold facts, and a realistic mix of verdicts and evidence.
    /// Returns the ids in article order.
    @discardableResult
    public static func benghazi(_ tw: TemporaryWorkspace, slug: String = "benghazi") throws -> [String] {
        let article = try String(contentsOf: repository.appendingPathComponent("samples/benghazi.txt"), encoding: .utf8)
        let goldData = try Data(contentsOf: repository.appendingPathComponent("Tests/Fixtures/gold.json"))
        let gold = try JSONSerialization.jsonObject(with: goldData) as! [String: Any]
        let lines = article.split(separator: "\n").map(String.init)
        var extracted: [ExtractedClaim] = []
        for paragraph in gold["paragraphs"] as! [[String: Any]] where paragraph["expect"] as? String == "claim" {
            let sentence = lines.first { $0.contains(paragraph["match"] as! String) }!
            let span = ClaimStore.locate(sentence, in: article)!
            let facts = (paragraph["facts"] as! [[String: Any]]).map {
                fact(from: $0, sentence: sentence, sentenceSpan: span)
            }
            let kinds = (paragraph["kinds"] as! [String]).compactMap(ClaimKind.init(rawValue:))
            extracted.append(
                ExtractedClaim(text: sentence, span: span, kinds: kinds, checkworthiness: 0.8, facts: facts))
        }
        _ = try tw.store.importExtraction(
            slug: slug, article: article, title: "Libyan forces seize key Benghazi district from Islamists",
            url: "https://www.example-news.com/world/libya-benghazi-lithi", published: "2016-02-24",
            extractorVersion: "0.1.0", claims: extracted, by: "extractor", now: fixedTime)
        let ids = try tw.store.load(slug).claims.map(\.id)
        let byText = { (needle: String) in try tw.store.load(slug).claims.first { $0.text.contains(needle) }!.id }
        try setVerdict(
            tw, slug, try byText("300km (190 miles)"), .true, note: "Sicily–Libya coast distance checks out.",
            by: "Amira Haddad",
            evidence: [
                Evidence(
                    url: "https://www.example-atlas.org/distances/libya-europe", stance: .supports,
                    addedBy: "Amira Haddad", addedAt: fixedTime,
                    snapshot: String(repeating: "ab", count: 32), status: 200, fetchedAt: fixedTime,
                    title: "Mediterranean distances",
                    matches: [
                        EvidenceMatch(
                            passage: "Libya’s coast lies roughly 300 km (190 mi) from the Italian island of Lampedusa.",
                            score: 0.82, numbers: ["300", "190"])
                    ])
            ])
        try setVerdict(
            tw, slug, try byText("89 members of parliament"), .mostlyFalse,
            note: "The quorum is 89, but the chamber’s own minutes count 98 members present.", by: "Jonas Weber",
            evidence: [
                Evidence(
                    url: "https://parliament.example.ly/minutes/2016-02-23", stance: .refutes,
                    note: "Official minutes.", addedBy: "Jonas Weber", addedAt: fixedTime,
                    snapshot: String(repeating: "c0", count: 32), status: 200, fetchedAt: fixedTime,
                    matches: [
                        EvidenceMatch(
                            passage: "A quorum of 89 members is required; 98 members were recorded as present.",
                            score: 0.74, numbers: ["89"],
                            quoteFound: false,
                            discrepancies: [
                                NumberDiscrepancy(
                                    claimed: "89", found: "98", noun: "members",
                                    context: "98 members were recorded as present")
                            ])
                    ]),
                Evidence(
                    url: "https://archive.example.org/unreachable", stance: .context, addedBy: "Jonas Weber",
                    addedAt: fixedTime,
                    fetchedAt: fixedTime, fetchError: "could not connect to archive.example.org (timed out after 20 s)"),
            ])
        try setVerdict(
            tw, slug, try byText("killing more than 40 people"), .mixed,
            note: "Death toll confirmed by two agencies; the hostages’ nationality is disputed.", by: "Amira Haddad")
        try setVerdict(
            tw, slug, try byText("Fadel al-Hassi"), .unverifiable,
            note: "No recording of the statement could be found.", by: "Amira Haddad")
        try setVerdict(
            tw, slug, try byText("three army bases"), .false,
            note: "Only two bases were retaken, per the army’s own statement.", by: "Jonas Weber")
        try setVerdict(
            tw, slug, try byText("Kobler tweeted"), .true, note: "", by: "Jonas Weber",
            evidence: [
                Evidence(
                    url: "https://twitter.example.com/kobler/status/1", stance: .supports, addedBy: "Jonas Weber",
                    addedAt: fixedTime,
                    snapshot: String(repeating: "9f", count: 32), status: 200, fetchedAt: fixedTime,
                    matches: [
                        EvidenceMatch(
                            passage:
                                "Concerned by slowness of (political) process in #Libya, overtaken by military events",
                            score: 0.66, numbers: [], quoteFound: false)
                    ])
            ])
        try setVerdict(
            tw, slug, try byText("denounced the Benghazi"), .notAClaim, note: "Opinion, not a checkable fact.",
            by: "Amira Haddad")
        return ids
    }

    /// A gold fact (Tests/Fixtures/gold.json) as a `Fact` placed inside its sentence.
    public static func fact(from gold: [String: Any], sentence: String, sentenceSpan: Span) -> Fact {
        let kind = ClaimKind(rawValue: gold["kind"] as! String)!
        let words = ["1": "one", "2": "two", "3": "three", "6": "six"]
        var text = gold["text"] as? String ?? gold["speaker"] as? String ?? ""
        var value: Double?
        if let v = gold["value"] as? Double {
            value = v
            let digits = Fact.format(number: v)
            text = sentence.contains(digits) ? digits : words[digits] ?? digits
        }
        let local = ClaimStore.locate(text, in: sentence) ?? Span(start: 0, end: 0)
        let span = Span(start: sentenceSpan.start + local.start, end: sentenceSpan.start + local.end)
        let qualifier = (gold["qualifier"] as? String).flatMap {
            Qualifier(rawValue: $0.replacingOccurrences(of: " ", with: "-"))
        }
        return Fact(
            kind: kind, text: text, span: span, value: value, qualifier: qualifier ?? (value != nil ? .exact : nil),
            noun: gold["noun"] as? String, resolved: gold["resolved"] as? String, speaker: gold["speaker"] as? String,
            verb: gold["verb"] as? String)
    }

    /// A document of the given sentences (one per line), each one claim with the given facts.
    @discardableResult
    public static func document(
        _ tw: TemporaryWorkspace, slug: String, title: String? = "Test article",
        url: String? = "https://news.example.com/a",
        published: String? = "2016-02-24", sentences: [(text: String, facts: [Fact])]
    ) throws -> [Claim] {
        let article = sentences.map(\.text).joined(separator: "\n") + "\n"
        let extracted = sentences.map { sentence -> ExtractedClaim in
            let span = ClaimStore.locate(sentence.text, in: article)!
            let facts = sentence.facts.map { fact -> Fact in
                var f = fact
                let local = ClaimStore.locate(fact.text, in: sentence.text) ?? Span(start: 0, end: 0)
                f.span = Span(start: span.start + local.start, end: span.start + local.end)
                return f
            }
            return ExtractedClaim(
                text: sentence.text, span: span, kinds: Array(Set(facts.map(\.kind))).sorted(), checkworthiness: 0.5,
                facts: facts)
        }
        _ = try tw.store.importExtraction(
            slug: slug, article: article, title: title, url: url, published: published,
            extractorVersion: "0.1.0", claims: extracted, by: "extractor", now: fixedTime)
        return try tw.store.load(slug).claims
    }

    /// Gives claim `id` a verdict (and optional evidence), with the history entry the review workflow writes.
    public static func setVerdict(
        _ tw: TemporaryWorkspace, _ slug: String, _ id: String, _ label: VerdictLabel, note: String, by: String,
        evidence: [Evidence] = []
    ) throws {
        try tw.store.update(slug, id: id) { claim in
            let from = claim.verdict.label.rawValue
            claim.verdict = Verdict(label: label, note: note, reviewer: by, at: fixedTime)
            claim.evidence += evidence
            return HistoryEntry(at: fixedTime, by: by, action: .verdict, from: from, to: label.rawValue)
        }
    }
}
