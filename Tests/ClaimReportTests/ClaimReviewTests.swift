import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

/// The ClaimReview JSON-LD against Google's ClaimReview documentation, and the report-header faults of
/// issue 16: claim authors, publisher, orphaned claims, page title, "Reviewed by", relative urls.
@Suite struct ClaimReviewTests {
    static let base = "https://checks.example.org/reports/"
    let options = ReportOptions(
        publicBaseURL: ClaimReviewTests.base, organization: "Libya Desk", generatedAt: SampleDocuments.fixedTime)

    func page(_ tw: TemporaryWorkspace, _ slug: String, options: ReportOptions? = nil) throws -> ReportHTML {
        ReportHTML(
            html: try ReportRenderer(workspace: tw.workspace, options: options ?? self.options).html(
                for: try tw.store.load(slug)))
    }

    func claimID(_ tw: TemporaryWorkspace, _ slug: String, containing needle: String) throws -> String {
        try tw.store.load(slug).claims.first { $0.text.contains(needle) }!.id
    }

    @Test(arguments: [
        ("Fadel al-Hassi", SpeakerKind?.some(.person)), ("Kobler", .person), ("Khalifa Haftar", .person),
        ("Roberta Pinotti", .person),
        ("a local official", nil), ("local official", nil), ("Medical sources in Benghazi", nil),
        ("Medical sources", nil),
        ("security forces", nil), ("AFP reporter", nil), ("", nil),
        ("foreign ministry", .organization), ("Libya’s foreign ministry", .organization),
        ("the military", .organization),
        ("UNHCR", .organization), ("Italy", .organization), ("United Nations Security Council", .organization),
        ("United States", .organization), ("The foreign ministry in Tripoli", .organization),
        ("Human Rights Watch", .organization),
        ("Amnesty International", .organization), ("an AFP reporter", nil), ("Medical sources in New York", nil),
        ("Fadel al-Hassi of Libya’s special forces", .person), ("UN envoy Martin Kobler", .person),
        ("spokesman Ahmed al-Mismari", .person), ("Prime Minister Fayez al-Sarraj", .person), ("Ali al-Qaidi", .person),
    ])
    func speakersAreTypedPersonOnlyWhenNamed(speaker: String, expected: SpeakerKind?) {
        #expect(SpeakerKind.classify(speaker) == expected, "\(speaker)")
    }

    @Test func sampleReviewsCarryEveryRequiredAndRecommendedGoogleField() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let reviews = try page(tw, "benghazi").jsonLD()
        #expect(reviews.count == 6)
        for review in reviews {
            #expect(missingClaimReviewFields(review, absoluteURL: true) == [], "\(review["claimReviewed"] ?? "")")
            #expect((review["url"] as? String)?.hasPrefix(Self.base + "benghazi.html#claim-") == true)
            let item = review["itemReviewed"] as! [String: Any]
            #expect(
                ((item["appearance"] as! [[String: Any]])[0]["url"] as? String)
                    == "https://www.example-news.com/world/libya-benghazi-lithi")
        }
        let hassi = reviews.first { ($0["claimReviewed"] as! String).contains("Fadel al-Hassi") }!
        #expect(
            ((hassi["itemReviewed"] as! [String: Any])["author"] as? [String: Any])?["@type"] as? String == "Person")
        #expect(
            ((hassi["itemReviewed"] as! [String: Any])["author"] as? [String: Any])?["name"] as? String
                == "Fadel al-Hassi")
    }

    @Test func unnamedSourcesAndUnattributedClaimsGetNoClaimAuthor() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let official = try claimID(tw, "benghazi", containing: "a local official said")
        let medical = try claimID(tw, "benghazi", containing: "Medical sources in Benghazi")
        try SampleDocuments.setVerdict(tw, "benghazi", official, .true, note: "", by: "Amira Haddad")
        try SampleDocuments.setVerdict(tw, "benghazi", medical, .mixed, note: "", by: "Amira Haddad")
        let reviews = try page(tw, "benghazi").jsonLD()
        for needle in ["a local official said", "Medical sources in Benghazi", "300km (190 miles)"] {
            let review = reviews.first { ($0["claimReviewed"] as! String).contains(needle) }!
            let item = review["itemReviewed"] as! [String: Any]
            #expect(item["author"] == nil, "\(needle): no author rather than a made-up Person or the document's slug")
            #expect(missingClaimReviewFields(review, absoluteURL: true) == [])
        }
    }

    @Test func organisationIsPublisherAndAuthorWithOrWithoutAReviewer() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "org",
            sentences: [
                (
                    "Kobler said 40 people died.",
                    [
                        Fact(
                            kind: .attribution, text: "Kobler", span: Span(start: 0, end: 0), speaker: "Kobler",
                            verb: "said")
                    ]
                ),
                (
                    "The ministry said 12 people died.",
                    [
                        Fact(
                            kind: .attribution, text: "The ministry", span: Span(start: 0, end: 0),
                            speaker: "The ministry", verb: "said")
                    ]
                ),
            ])
        try SampleDocuments.setVerdict(tw, "org", claims[0].id, .false, note: "", by: "Jonas Weber")
        try tw.store.update("org", id: claims[1].id) { claim in
            claim.verdict = Verdict(label: .true, note: "", reviewer: nil, at: SampleDocuments.fixedTime)
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "", action: .verdict, from: "unreviewed", to: "true")
        }
        let reviews = try page(tw, "org").jsonLD()
        #expect(reviews.count == 2)
        for review in reviews {
            #expect((review["publisher"] as? [String: Any])?["name"] as? String == "Libya Desk")
            #expect((review["publisher"] as? [String: Any])?["@type"] as? String == "Organization")
            #expect(missingClaimReviewFields(review, absoluteURL: true) == [])
        }
        let reviewed = reviews[0]["author"] as! [[String: Any]]
        #expect(reviewed.map { $0["@type"] as? String } == ["Organization", "Person"])
        #expect(reviewed.map { $0["name"] as? String } == ["Libya Desk", "Jonas Weber"])
        #expect(
            (reviews[0]["itemReviewed"] as! [String: Any])["author"] as? [String: String] == [
                "@type": "Person", "name": "Kobler",
            ])
        let anonymous = reviews[1]["author"] as! [String: Any]
        #expect(anonymous["@type"] as? String == "Organization" && anonymous["name"] as? String == "Libya Desk")
        #expect(
            (reviews[1]["itemReviewed"] as! [String: Any])["author"] as? [String: String] == [
                "@type": "Organization", "name": "The ministry",
            ])
    }

    @Test func orphanedClaimsGetNoClaimReview() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "orphan", sentences: [("The army retook 3 bases.", []), ("The council met 4 times.", [])])
        for claim in claims {
            try SampleDocuments.setVerdict(tw, "orphan", claim.id, .false, note: "", by: "Amira Haddad")
        }
        try tw.store.update("orphan", id: claims[1].id) { claim in
            claim.orphaned = true
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "extractor", action: .orphaned)
        }
        let page = try page(tw, "orphan")
        let reviews = try page.jsonLD()
        #expect(
            reviews.map { $0["claimReviewed"] as? String } == [claims[0].text], "only the claim still in the article")
        #expect(page.cardIDs.contains(claims[1].id), "the orphaned claim is still shown to the newsroom")
    }

    @Test func aDisputedClaimGetsNoClaimReviewButItsCardShowsBothVerdicts() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "dispute", sentences: [("The army retook 3 bases.", []), ("The council met 4 times.", [])])
        for claim in claims {
            try SampleDocuments.setVerdict(tw, "dispute", claim.id, .mixed, note: "", by: "Amira Haddad")
        }
        try tw.store.update("dispute", id: claims[1].id) { claim in
            claim.dispute = [
                ReviewRecord(reviewer: "ana", label: .true, note: "", at: SampleDocuments.fixedTime),
                ReviewRecord(reviewer: "bo <b>", label: .false, note: "", at: SampleDocuments.fixedTime),
            ]
            return HistoryEntry(at: SampleDocuments.fixedTime, by: "claimcheck merge", action: .dispute)
        }
        let page = try page(tw, "dispute")
        #expect(try page.jsonLD().map { $0["claimReviewed"] as? String } == [claims[0].text])
        #expect(page.html.contains("disputed: ana says True, bo &lt;b&gt; says False"))
    }

    @Test func reviewedByListsOnlyThoseWhoGaveVerdicts() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "who", sentences: [("The army retook 3 bases.", []), ("The council met 4 times.", [])])
        try SampleDocuments.setVerdict(tw, "who", claims[0].id, .true, note: "", by: "Amira Haddad")
        try tw.store.update("who", id: claims[1].id) { claim in
            claim.evidence.append(
                Evidence(
                    url: "https://example.org/x", stance: .context, addedBy: "git-user",
                    addedAt: SampleDocuments.fixedTime))
            return HistoryEntry(
                at: SampleDocuments.fixedTime, by: "git-user", action: .evidenceAdd, to: "https://example.org/x")
        }
        try tw.store.update("who", id: claims[1].id) { _ in
            HistoryEntry(at: SampleDocuments.fixedTime, by: "Note Writer", action: .note, to: "checking")
        }
        let html = try page(tw, "who").html
        #expect(html.contains("<dt>Reviewed by</dt><dd>Amira Haddad</dd>"))
        #expect(!html.contains("git-user</dd>") && !html.contains("Note Writer"))
        #expect(DocumentViewModel.reviewers(try tw.store.load("who").claims) == ["Amira Haddad"])
    }

    @Test func pageTitleIsTheArticlesHeadlineWhenNoTitleWasGiven() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(
            tw, slug: "headline", title: nil,
            sentences: [
                ("Parliament fails again to vote on unity government", []), ("The army retook 3 bases.", []),
            ])
        let html = try page(tw, "headline").html
        #expect(html.contains("<title>Verification report: Parliament fails again to vote on unity government</title>"))
        try SampleDocuments.document(
            tw, slug: "plain", title: nil,
            sentences: [("The army retook 3 bases.", []), ("The council met 4 times.", [])])
        #expect(
            try page(tw, "plain").html.contains("<title>Verification report: plain</title>"), "no headline: the slug")
        try SampleDocuments.document(
            tw, slug: "given", title: "Given title",
            sentences: [("Parliament fails again", []), ("The army retook 3 bases.", [])])
        #expect(try page(tw, "given").html.contains("<title>Verification report: Given title</title>"), "--title wins")
        #expect(ArticleHeadline.find(in: "One sentence only") == nil)
        #expect(ArticleHeadline.find(in: "Is Libya’s parliament stuck?\nBody.") == "Is Libya’s parliament stuck?")
    }

    @Test func relativeURLsAreWarnedAboutOnlyWithoutABaseURL() throws {
        #expect(ReportOptions().relativeURLWarning?.hasPrefix("warning: ClaimReview urls are relative") == true)
        #expect(ReportOptions().relativeURLWarning?.contains("\n") == false, "one line")
        #expect(ReportOptions(publicBaseURL: Self.base).relativeURLWarning == nil)
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let relative = try page(tw, "benghazi", options: ReportOptions(generatedAt: SampleDocuments.fixedTime)).jsonLD()
        #expect(relative.allSatisfy { ($0["url"] as? String)?.hasPrefix("benghazi.html#claim-") == true })
        #expect(
            relative.allSatisfy { !missingClaimReviewFields($0, absoluteURL: true).isEmpty },
            "the validator catches a relative url")
    }

    @Test func aCardShowsWhenALinkWasLastCheckedWhenThatIsAfterItsFetch() {
        func card(_ evidence: Evidence) -> String {
            let claim = Claim(
                id: "c1", document: "doc", ordinal: 1, text: "40 people died.", span: Span(start: 0, end: 15),
                kinds: [.casualty],
                checkworthiness: 0.5, facts: [], verdict: Verdict(label: .false), evidence: [evidence], history: [],
                revision: 1)
            var out = HTMLWriter()
            ClaimCardMarkup.write(ClaimCard(claim: claim, number: 1, isPlaced: true, documentSlug: "doc"), to: &out)
            return out.html
        }
        var evidence = Evidence(
            url: "https://example.org/a", stance: .supports, addedBy: "a", addedAt: "t", status: 200,
            fetchedAt: "2026-11-25T10:00:00Z", checkedAt: "2026-12-02T01:00:00Z")
        #expect(card(evidence).contains("last checked 2026-12-02T01:00:00Z"))
        evidence.checkedAt = evidence.fetchedAt
        #expect(!card(evidence).contains("last checked"), "nothing to add when the check was the fetch")
    }

    /// The faults issue 16 found with the real extractor's speakers: every claim of the sample extracted and
    /// rated, then no unnamed source is an author, no author is the document's slug, and every Person is a name.
    @Test func theExtractorsSpeakersOnTheSampleAreTypedAsIssue16Asks() throws {
        let tw = TemporaryWorkspace()
        let article = try String(
            contentsOf: SampleDocuments.repository.appendingPathComponent("samples/benghazi.txt"), encoding: .utf8)
        let extracted = Extractor().extract(article, published: CalendarDay(iso: "2016-02-24"))
        _ = try tw.store.importExtraction(
            slug: "benghazi", article: article, title: nil, url: "https://www.example-news.com/libya",
            published: "2016-02-24", extractorVersion: Extractor.version, claims: extracted, by: "extractor",
            now: SampleDocuments.fixedTime)
        let claims = try tw.store.load("benghazi").claims
        for claim in claims {
            try SampleDocuments.setVerdict(tw, "benghazi", claim.id, .mixed, note: "", by: "Amira Haddad")
        }
        let reviews = try page(tw, "benghazi").jsonLD()
        #expect(reviews.count == claims.count)
        let authors = reviews.compactMap { ($0["itemReviewed"] as! [String: Any])["author"] as? [String: Any] }
        let unnamed = ["local official", "medical sources", "security forces", "afp reporter"]
        for author in authors {
            let name = (author["name"] as? String ?? "").lowercased()
            #expect(!unnamed.contains { name.contains($0) }, "an unnamed source is no author: \(name)")
            #expect(name != "benghazi" && name != "example-news.com", "the slug or site is not the claim's author")
            if author["@type"] as? String == "Person" {
                #expect(SpeakerKind.classify(author["name"] as! String) == .person)
                #expect(!name.hasPrefix("a ") && !name.hasPrefix("the "), "\(name)")
            }
        }
        #expect(
            authors.contains { $0["name"] as? String == "Fadel al-Hassi" && $0["@type"] as? String == "Person" },
            "\(authors)")
        for review in reviews { #expect(missingClaimReviewFields(review, absoluteURL: true) == []) }
    }
}
