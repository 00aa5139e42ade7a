import ClaimCore
import ClaimReport

// The library types the executable names, given as Workbench's own so that the executable imports
// Workbench alone (argument parsing needs them as option values).

/// A workspace folder (`--workspace`, `$CLAIMCHECK_WORKSPACE` or the current directory).
public typealias Workspace = ClaimCore.Workspace
/// How a piece of evidence bears on a claim (`evidence add --stance`).
public typealias Stance = ClaimCore.Stance
/// The formats of `export --format`.
public typealias ExportFormat = ClaimReport.ExportFormat
/// The publication options of `report` and `export` (`--base-url`, `--organization`).
public typealias ReportOptions = ClaimReport.ReportOptions
