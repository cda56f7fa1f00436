import SitrepCore

/// What decoding one row gives: an incident, or the issue that makes the row unusable.
enum RowOutcome {
    case incident(Incident)
    case issue(IngestIssue)
}
