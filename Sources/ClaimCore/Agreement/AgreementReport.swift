/// `claimcheck agreement`: how far reviewers agree on one document's claims, from each reviewer's latest verdict
/// (`ReviewerRatings`). Cohen's κ, weighted κ and the confusion matrix need exactly two reviewers and count the
/// claims both rated; Krippendorff's α takes any number and every claim at least two of them rated. The ordered
/// scale is true … false (ratingValue 5 … 1); unverifiable and not-a-claim are outside it (left out of weighted κ
/// and ordinal α, counted by κ, nominal α and observed agreement).
public struct AgreementReport: Codable, Sendable, Equatable {
    /// One claim the reviewers rated differently.
    public struct Disagreement: Codable, Sendable, Equatable {
        /// The claim's id.
        public var id: String
        /// Its number in article order.
        public var number: Int
        /// Reviewer → label, for every selected reviewer who rated it.
        public var ratings: [String: String]
        /// The claim's sentence.
        public var text: String
    }

    /// The reviewers compared.
    public var reviewers: [String]
    /// Claims rated by at least two of them (for two reviewers: by both).
    public var claims: Int
    /// The share of agreeing pairs of ratings (for two reviewers: of claims rated the same).
    public var observedAgreement: Double?
    /// Cohen's κ (two reviewers only).
    public var cohenKappa: Double?
    /// Weighted κ with linear weights on the true … false scale (two reviewers only).
    public var weightedKappaLinear: Double?
    /// Weighted κ with quadratic weights on the true … false scale (two reviewers only).
    public var weightedKappaQuadratic: Double?
    /// Krippendorff's α, ordinal, on the true … false scale.
    public var alphaOrdinal: Double?
    /// Krippendorff's α, nominal, over every label.
    public var alphaNominal: Double?
    /// Labels in scale order, naming the rows (first reviewer) and columns (second) of `confusion`.
    public var labels: [String]
    /// Counts of (first reviewer's label, second reviewer's label) (two reviewers only; else empty).
    public var confusion: [[Int]]
    /// The claims rated differently, in article order.
    public var disagreements: [Disagreement]

    /// Compares `reviewers` (nil: everyone who rated a claim) over `claims` (numbered by `number`).
    public init(claims all: [Claim], reviewers chosen: [String]?, number: (Claim) -> Int) throws {
        let reviewers = chosen ?? ReviewerRatings.reviewers(all)
        guard reviewers.count >= 2 else {
            throw ClaimCheckError.badInput(
                "--reviewers",
                reason: reviewers.isEmpty
                    ? "no reviewer has rated a claim yet"
                    : "agreement needs two reviewers or more; only \(reviewers.joined(separator: ", ")) rated claims")
        }
        guard Set(reviewers).count == reviewers.count else {
            throw ClaimCheckError.badInput("--reviewers", reason: "a reviewer is named twice")
        }
        self.reviewers = reviewers
        let rated = all.compactMap { claim -> (Claim, [VerdictLabel?])? in
            let latest = ReviewerRatings.latest(claim)
            let row = reviewers.map { latest[$0] }
            return row.compactMap { $0 }.count >= 2 ? (claim, row) : nil
        }
        claims = rated.count
        let scale = VerdictLabel.allCases.filter { $0 != .unreviewed }
        let position = Dictionary(uniqueKeysWithValues: scale.enumerated().map { ($1, $0) })
        let units = rated.map { $0.1.compactMap { $0 } }
        var agreeing = 0.0
        var pairs = 0.0
        for unit in units {
            for i in unit.indices {
                for j in unit.indices where i < j {
                    pairs += 1
                    if unit[i] == unit[j] { agreeing += 1 }
                }
            }
        }
        observedAgreement = pairs > 0 ? agreeing / pairs : nil
        alphaNominal = AgreementStatistics.krippendorffAlpha(units.map { $0.map { position[$0]! } }, level: .nominal)
        alphaOrdinal = AgreementStatistics.krippendorffAlpha(
            units.map { $0.compactMap(\.ratingValue) }, level: .ordinal)
        labels = scale.map(\.rawValue)
        if reviewers.count == 2 {
            let both = rated.map { ($0.1[0]!, $0.1[1]!) }
            cohenKappa = AgreementStatistics.cohenKappa(both)
            let ordered = both.compactMap { a, b in
                a.ratingValue.flatMap { x in b.ratingValue.map { y in (5 - x, 5 - y) } }
            }
            weightedKappaLinear = AgreementStatistics.weightedKappa(ordered, categories: 5, weighting: .linear)
            weightedKappaQuadratic = AgreementStatistics.weightedKappa(ordered, categories: 5, weighting: .quadratic)
            var matrix = [[Int]](repeating: [Int](repeating: 0, count: scale.count), count: scale.count)
            for (a, b) in both { matrix[position[a]!][position[b]!] += 1 }
            confusion = matrix
        } else {
            confusion = []
        }
        disagreements = rated.filter { Set($0.1.compactMap { $0 }).count > 1 }.map { claim, row in
            var ratings: [String: String] = [:]
            for (name, label) in zip(reviewers, row) { ratings[name] = label?.rawValue }
            return Disagreement(id: claim.id, number: number(claim), ratings: ratings, text: claim.text)
        }
    }
}
