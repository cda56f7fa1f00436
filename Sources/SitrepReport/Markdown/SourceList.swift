/// How documents name their source files: the file names only, in code spans, comma-separated.
public enum SourceList {
    public static func markdown(_ paths: [String]) -> String {
        paths.map { "`\($0.split(separator: "/").last.map(String.init) ?? $0)`" }.joined(separator: ", ")
    }
}
