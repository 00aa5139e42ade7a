import ClaimCore
import ClaimTestSupport
import Foundation

/// `claimcheck-bench extract [MB] [RUNS]`: extracts from a generated body of varied news-like text (default
/// 12 MB: wire copy, courts, disasters, economics, politics, with quotes, dates and numbers) RUNS times
/// (default 10: the machines are noisy) and prints the best run's MB/s and claims/s on one core, and a fingerprint of the output.
enum ExtractionBench {
    static func run(_ args: ArraySlice<String>) throws {
        let megabytes = args.first.flatMap(Double.init) ?? 12
        let text = corpus(bytes: Int(megabytes * 1_000_000))
        let published = CalendarDay(iso: "2020-03-11")
        _ = Extractor().extract(String(text.prefix(100_000)), published: published)  // warm-up
        var best = Double.infinity
        var claims: [ExtractedClaim] = []
        let runs = args.dropFirst().first.flatMap(Int.init) ?? 10
        for _ in 0..<max(1, runs) {
            claims = []  // the previous run's claims are freed outside the timed region
            let start = DispatchTime.now().uptimeNanoseconds
            let extracted = Extractor().extract(text, published: published)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            claims = extracted
        }
        let mb = Double(text.utf8.count) / 1_000_000
        print(
            String(
                format: "extract: %.1f MB, %d claims, best of %d: %.3f s → %.1f MB/s, %.0f claims/s",
                mb, claims.count, max(1, runs), best, mb / best, Double(claims.count) / best))
        print("output fingerprint: \(fingerprint(claims)) (changes whenever any claim or fact changes)")
    }

    /// A stable FNV-1a digest of every claim and fact, so that a speed-up that changes results shows.
    static func fingerprint(_ claims: [ExtractedClaim]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ s: String) {
            for byte in s.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0xff) &* 0x100_0000_01b3
        }
        for claim in claims {
            mix("\(claim.span.start)-\(claim.span.end) \(claim.kinds) \(claim.checkworthiness) \(claim.text)")
            for f in claim.facts {
                mix(
                    "\(f.kind.rawValue) \(f.span.start)-\(f.span.end) \(f.text) \(f.value ?? -1) \(f.qualifier?.rawValue ?? "")"
                )
                for field in [f.noun, f.unit, f.resolved, f.speaker, f.role, f.verb] { mix(field ?? "∅") }
            }
        }
        return String(hash, radix: 16)
    }

    /// Deterministic, varied news prose: templates filled from word lists by a fixed-seed generator.
    static func corpus(bytes: Int) -> String {
        var rng = SplitMix(seed: 42)
        let names = [
            "Mohamed al-Abbani", "Roberta Pinotti", "Martin Kobler", "Ali al-Qaidi", "Sri Mulyani Indrawati",
            "Anne Hidalgo", "John O'Neill", "Zoë Noël",
        ]
        let roles = ["MP", "UN envoy", "Defence minister", "spokesman", "Finance Minister", "Mayor", "police chief"]
        let places = ["Benghazi", "Sirte", "Tripoli", "Derna", "Mamuju", "Palu", "Kandahar", "Aleppo", "Mosul"]
        let nouns = ["people", "fighters", "civilians", "soldiers", "residents", "passengers", "workers", "protesters"]
        let things = ["army bases", "hospitals", "schools", "bridges", "homes", "villages"]
        let verbs = ["said", "told reporters", "confirmed", "announced", "warned", "added"]
        let days = [
            "on Friday", "yesterday", "at the weekend", "earlier this month", "last week", "on 24 February",
            "in March 2016", "three days ago",
        ]
        let qualifiers = ["more than", "at least", "about", "nearly", "up to", "fewer than", ""]
        let templates: [(inout SplitMix) -> String] = [
            { r in
                "\(r.pick(qualifiers)) \(r.int(2...900)) \(r.pick(nouns)) were killed in \(r.pick(places)) \(r.pick(days)), \(r.pick(["officials", "a local official", "medical sources"])) said."
            },
            { r in
                "“The situation in \(r.pick(places)) is \(r.pick(["dire", "improving", "under control"])),” \(r.pick(roles)) \(r.pick(names)) \(r.pick(verbs))."
            },
            { r in
                "Inflation rose to \(r.int(1...9)).\(r.int(0...9)) per cent in \(r.pick(["January", "February", "March"])), the statistics office said, while unemployment fell \(r.int(1...5)) percentage points."
            },
            { r in
                "The government will spend £\(r.int(1...9)).\(r.int(1...9))bn on \(r.int(3...60)) new \(r.pick(things)) over the next \(r.pick(["five", "ten", "three"])) years."
            },
            { r in
                "A \(r.int(18...80))-year-old man was sentenced to \(r.int(2...25)) years in prison and fined $\(r.int(1...9)).\(r.int(1...9)) million \(r.pick(days))."
            },
            { r in
                "Forces loyal to the government seized \(r.pick(["three", "six", "twenty-one", "a dozen"])) \(r.pick(things)) \(r.int(20...400))km (\(r.int(12...250)) miles) from \(r.pick(places))."
            },
            { r in "Residents celebrated in the streets of \(r.pick(places)) as the fighting eased." },
            { r in
                "Gen. \(r.pick(names)) met Mr. \(r.pick(names)) at 10 a.m. in the U.S. capital, according to \(r.pick(["the ministry", "diplomats", "Reuters"]))."
            },
            { r in
                "Since the summer of \(r.int(1990...2019)), rival administrations have ruled \(r.pick(places)), which he said was \(r.pick(["a disgrace", "inevitable"]))."
            },
        ]
        var out = ""
        out.reserveCapacity(bytes + 1000)
        while out.utf8.count < bytes {
            var paragraph: [String] = []
            for _ in 0..<rng.int(1...3) { paragraph.append(rng.pick(templates)(&rng)) }
            out += paragraph.joined(separator: " ").replacingOccurrences(of: "  ", with: " ") + "\n"
        }
        return out
    }
}
