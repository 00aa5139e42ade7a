/// What a date fact without a calendar value refers to: "now" and "currently" (present), "recently" and
/// "in the past" (past), "soon" and "the future" (future) — TempEval's PRESENT_REF, PAST_REF and FUTURE_REF.
public enum DateReference: String, Codable, Hashable, Sendable {
    case present, past, future
}
