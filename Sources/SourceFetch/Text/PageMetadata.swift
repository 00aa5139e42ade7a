import Foundation

/// A page's title and publication date, from what the page says about itself.
struct PageMetadata {
    var title: String?
    /// The publication day, `YYYY-MM-DD`.
    var published: String?

    /// Title: og:title, else `<title>`, else the first `<h1>`. Date: meta tags (article:published_time,
    /// date, pubdate, DC.date, itemprop datePublished…), else JSON-LD `datePublished`, else `<time datetime>`.
    init(tree: HTMLTree, reader: ReadableText) {
        title = [tree.meta["og:title"], tree.meta["twitter:title"], tree.titleTag, reader.firstHeading()]
            .compactMap { $0.map(PageMetadata.collapse) }.first { !$0.isEmpty }
        let metaKeys = [
            "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
        ]
        let fromMeta = metaKeys.lazy.compactMap { tree.meta[$0].flatMap(PageMetadata.day) }.first
        published =
            fromMeta ?? tree.jsonLD.lazy.compactMap(PageMetadata.jsonLDDate).first ?? PageMetadata.timeElementDate(tree)
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `datePublished` of the first JSON-LD object that has one (inside arrays and `@graph` too).
    static func jsonLDDate(_ source: String) -> String? {
        guard let data = source.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var pending: [Any] = [json]
        while let item = pending.popLast() {
            if let object = item as? [String: Any] {
                if let date = (object["datePublished"] as? String).flatMap(day) { return date }
                pending.append(contentsOf: object.values.reversed())
            } else if let array = item as? [Any] {
                pending.append(contentsOf: array.reversed())
            }
        }
        return nil
    }

    /// `<time datetime>`: one marked as the publication date if any, else the first.
    static func timeElementDate(_ tree: HTMLTree) -> String? {
        var first: String?
        for (i, a) in tree.attributes.sorted(by: { $0.key < $1.key }) {
            guard let value = a["datetime"] ?? (a["itemprop"]?.lowercased() == "datepublished" ? a["content"] : nil),
                let date = day(value)
            else { continue }
            if a["pubdate"] != nil || a["itemprop"]?.lowercased() == "datepublished" { return date }
            if first == nil, tree.name[i] == "time" { first = date }
        }
        return first
    }

    /// The calendar day of a date as pages write it: ISO 8601 (`2016-02-24T10:00:00+01:00`), `20160224`,
    /// `2016/02/24`, or an English date (`24 February 2016`, `February 24, 2016`, `Wed, 24 Feb 2016 …`).
    static func day(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = Array(s.utf8.prefix(10))
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if digits.count == 10, digits[0..<4].allSatisfy(isDigit), digits[5..<7].allSatisfy(isDigit),
            digits[8..<10].allSatisfy(isDigit),
            (digits[4] == UInt8(ascii: "-") || digits[4] == UInt8(ascii: "/")) && digits[7] == digits[4]
        {
            return valid(
                Int(String(decoding: digits[0..<4], as: UTF8.self))!,
                Int(String(decoding: digits[5..<7], as: UTF8.self))!,
                Int(String(decoding: digits[8..<10], as: UTF8.self))!)
        }
        if s.utf8.count >= 8, Array(s.utf8.prefix(8)).allSatisfy(isDigit),
            s.utf8.count == 8 || !isDigit(Array(s.utf8)[8])
        {
            let d = Array(s.utf8.prefix(8))
            return valid(
                Int(String(decoding: d[0..<4], as: UTF8.self))!, Int(String(decoding: d[4..<6], as: UTF8.self))!,
                Int(String(decoding: d[6..<8], as: UTF8.self))!)
        }
        return englishDate(s)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func englishDate(_ s: String) -> String? {
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var day: Int?
        var month: Int?
        var year: Int?
        for w in words {
            if let n = Int(w) {
                if n >= 1000 && n <= 2999 && year == nil {
                    year = n
                } else if n >= 1 && n <= 31 && day == nil {
                    day = n
                }
            } else if month == nil, w.count >= 3, let m = months.firstIndex(of: String(w.prefix(3))) {
                month = m + 1
            }
        }
        guard let y = year, let m = month, let d = day else { return nil }
        return valid(y, m, d)
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...2999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
