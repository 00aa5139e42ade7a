import ClaimCore

/// The compact table `extract` and `list` print: ordinal, id, kinds, verdict and the key facts.
public struct ClaimTable: Sendable {
    /// Colours, or none.
    public let style: TextStyle
    /// Characters available for a row (the terminal width, or 120 when piped).
    public let width: Int

    /// A table `width` characters wide (at least 60).
    public init(style: TextStyle = .plain, width: Int = 120) {
        self.style = style
        self.width = max(60, width)
    }

    static let kindAbbreviation: [ClaimKind: String] = [
        .casualty: "cas", .quantity: "qty", .date: "date", .attribution: "attr", .quote: "quote",
    ]

    /// One header line and one line per claim; the verdict column only when `showVerdict`.
    public func render(_ claims: [Claim], showVerdict: Bool = true) -> String {
        guard !claims.isEmpty else { return "" }
        let ordinalWidth = max(1, String(claims.map(\.ordinal).max() ?? 0).count)
        let idWidth = claims.map(\.id.count).max() ?? 6
        let kindsWidth = 15
        let verdictWidth = showVerdict ? 13 : 0
        var out = ""
        let header =
            pad("#", ordinalWidth, right: true) + "  " + pad("id", idWidth) + "  " + pad("kinds", kindsWidth) + "  "
            + (showVerdict ? pad("verdict", verdictWidth) + "  " : "") + "facts"
        out += style.bold(header) + "\n"
        let factWidth = max(20, width - header.count + 5)
        for claim in claims {
            let kinds = claim.kinds.map { Self.kindAbbreviation[$0]! }.joined(separator: ",")
            var facts = claim.facts.filter { $0.kind != .quote }.map(\.summary)
            if claim.facts.contains(where: { $0.kind == .quote }) { facts.append("quote") }
            var factText =
                facts.isEmpty
                ? Self.truncate(claim.text, factWidth) : Self.truncate(facts.joined(separator: "; "), factWidth)
            if claim.isOrphaned { factText = "(orphaned) " + factText }
            if let recheck = claim.recheck, !claim.isOrphaned {
                factText = Self.truncate("(re-check: \(recheck.reason)) ", factWidth) + factText
            }
            if let dispute = claim.dispute, !dispute.isEmpty {
                factText =
                    ControlCharacters.visible("(disputed: \(dispute.map(\.summary).joined(separator: ", "))) ")
                    + factText
            }
            var line =
                pad(String(claim.ordinal), ordinalWidth, right: true) + "  " + pad(claim.id, idWidth) + "  "
                + pad(kinds.isEmpty ? "-" : kinds, kindsWidth) + "  "
            if showVerdict {
                line += verdictCell(claim, width: verdictWidth) + "  "
            }
            out += line + factText + "\n"
        }
        return out
    }

    /// The verdict column of `claim`, `width` wide: its label coloured, or "re-check" (yellow) while the verdict waits
    /// for a reviewer to confirm it after an edit changed its facts.
    public func verdictCell(_ claim: Claim, width: Int) -> String {
        claim.needsRecheck
            ? style.yellow(pad("re-check", width))
            : colour(pad(claim.verdict.label.rawValue, width), claim.verdict.label)
    }

    /// Colours a verdict label: green for true, red for false, yellow between, dim when unreviewed.
    public func colour(_ text: String, _ label: VerdictLabel) -> String {
        switch label {
        case .true, .mostlyTrue: style.green(text)
        case .false, .mostlyFalse: style.red(text)
        case .mixed: style.yellow(text)
        case .unverifiable: style.blue(text)
        case .unreviewed, .notAClaim: style.dim(text)
        }
    }

    private func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, n - s.count))
        return right ? fill + s : s + fill
    }

    /// One line of at most `n` characters, with terminal control characters shown visibly (see `ControlCharacters`).
    static func truncate(_ s: String, _ n: Int) -> String {
        let flat = ControlCharacters.visible(s.split(whereSeparator: \.isNewline).joined(separator: " "))
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}
