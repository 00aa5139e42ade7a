import ClaimCore
import Foundation

/// The text of a bulk `extract`: the progress line and the closing summary.
public enum BulkReport {
    /// "298 new, 0 updated, 0 unchanged, 2 failed · 4512 claims · 300 articles in 1.21 s (248 articles/s, 0.3 MB/s)";
    /// with `--no-store`: "300 extracted, 2 failed · …".
    public static func summary(_ s: BulkExtractJob.Summary, style: TextStyle = .plain) -> String {
        let articles = s.new + s.updated + s.unchanged + s.extracted + s.failures.count
        let stored =
            s.stored
            ? ["\(s.new) new", "\(s.updated) updated", "\(s.unchanged) unchanged"] : ["\(s.extracted) extracted"]
        let failed = s.failures.isEmpty ? "0 failed" : style.red("\(s.failures.count) failed")
        let rate = s.seconds > 0 ? Double(articles) / s.seconds : 0
        var speed = String(format: "%.0f articles/s", rate)
        if s.bytes > 0, s.seconds > 0 {
            speed += String(format: ", %.1f MB/s", Double(s.bytes) / 1_000_000 / s.seconds)
        }
        return (stored + [failed]).joined(separator: ", ")
            + " · \(style.bold("\(s.claims) claim\(s.claims == 1 ? "" : "s")"))"
            + " · \(articles) article\(articles == 1 ? "" : "s") in \(String(format: "%.2f", s.seconds)) s (\(speed))"
    }

    /// "120/300 articles · 85/s · ETA 2 s" (a known total), "1200 articles · 85/s · 40% · ETA 9 s" (a file of
    /// known size), or "1200 articles · 85/s" (standard input); `fraction` is how far, 0…1, when known.
    public static func progress(_ p: BulkExtractJob.Progress) -> (text: String, fraction: Double?) {
        let rate = p.elapsed > 0 ? Double(p.done) / p.elapsed : 0
        var fraction: Double?
        var text: String
        if let total = p.total {
            text = "\(p.done)/\(total) articles"
            fraction = total > 0 ? Double(p.done) / Double(total) : 1
        } else {
            text = "\(p.done) articles"
            if let bytes = p.bytesTotal, bytes > 0 { fraction = min(1, Double(p.bytesRead) / Double(bytes)) }
        }
        text += String(format: " · %.0f/s", rate)
        if let fraction, fraction > 0, p.elapsed > 0.5 {
            text += " · ETA \(Int((p.elapsed / fraction - p.elapsed).rounded())) s"
        }
        return (text, fraction)
    }
}
