/// Collects the rows a reader could not use.
///
/// Every issue is counted; the first `detailLimit` are kept in full so that a file with a million bad rows
/// does not hold a million messages.
public struct IssueLog: Sendable {
    public let detailLimit: Int
    public private(set) var details: [IngestIssue] = []
    public private(set) var count = 0

    public init(detailLimit: Int = 1000) { self.detailLimit = detailLimit }

    public mutating func record(_ issue: IngestIssue) {
        count += 1
        if details.count < detailLimit { details.append(issue) }
    }

    /// Appends the issues of a read that numbered its lines from `lineOffset` less than the true lines.
    public mutating func merge(_ other: IssueLog, lineOffset: Int = 0) {
        count += other.count
        for var issue in other.details where details.count < detailLimit {
            issue.line += lineOffset
            details.append(issue)
        }
    }

    public var isEmpty: Bool { count == 0 }
}
