import ClaimCore

// The claim vocabulary the executable names as argument values, given as Workbench's own so that the
// executable imports Workbench alone (as `Support/CoreTypes.swift` does for the other option values).

/// What kind of checkable statement a claim is (`--kind`).
public typealias ClaimKind = ClaimCore.ClaimKind
/// A reviewer's rating of a claim (`--verdict`).
public typealias VerdictLabel = ClaimCore.VerdictLabel
