/// Where the charts of a Markdown document go: beside it, named after it.
enum ChartFiles {
    /// For `reports/briefing.md`: the folder `reports/` and the prefix `briefing`.
    static func location(beside markdownPath: String) -> (folder: String, prefix: String) {
        let parts = markdownPath.split(separator: "/", omittingEmptySubsequences: false)
        let folder = parts.dropLast().joined(separator: "/")
        var name = String(parts.last ?? "briefing")
        if name.hasSuffix(".md") { name.removeLast(3) }
        return (folder.isEmpty ? "" : folder + "/", name.isEmpty ? "briefing" : name)
    }
}
