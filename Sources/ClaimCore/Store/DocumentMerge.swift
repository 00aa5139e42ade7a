/// The three-way merge of a document's `document.json` (`claimcheck merge-file`): title, URL and published
/// date from the side that changed them, the article's checksum and extractor version as a pair, the earliest
/// `created` and the latest `updated`. Two sides that extracted different article texts are refused: their
/// claims cannot be merged file by file.
public enum DocumentMerge {
    /// Merges two versions of one document.json against `base` (nil when both sides added it).
    public static func merge(base: DocumentInfo?, ours: DocumentInfo, theirs: DocumentInfo) throws -> DocumentInfo {
        guard ours.slug == theirs.slug else {
            throw ClaimCheckError.refused("cannot merge document '\(ours.slug)' with document '\(theirs.slug)'")
        }
        var merged = ours
        merged.title = ClaimMerge.pick(base?.title, ours.title, theirs.title)
        merged.url = ClaimMerge.pick(base?.url, ours.url, theirs.url)
        merged.published = ClaimMerge.pick(base?.published, ours.published, theirs.published)
        if ours.sha256 != theirs.sha256 {
            if base?.sha256 == ours.sha256 {
                merged.sha256 = theirs.sha256
                merged.extractorVersion = theirs.extractorVersion
            } else if base?.sha256 != theirs.sha256 {
                throw ClaimCheckError.refused(
                    "document '\(ours.slug)': both sides changed the article text; merge article.txt by hand, then run 'claimcheck extract' again"
                )
            }
        } else {
            merged.extractorVersion = ClaimMerge.pick(
                base?.extractorVersion, ours.extractorVersion, theirs.extractorVersion)
        }
        merged.created = min(ours.created, theirs.created)
        merged.updated = max(ours.updated, theirs.updated)
        return merged
    }
}
