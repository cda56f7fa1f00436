import ArgumentParser
import SitrepCore
import SitrepIngest

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic ACLED-format export for Mali (deterministic for a seed).",
        discussion: """
            The data is invented but shaped like ACLED's: regional weights, event-type mix, negative-binomial
            fatalities, notes with materiel losses, and fuel-tanker attacks near Bamako from September 2025.
            Use it for demos, tests and benchmarks; it may be shared freely.
            """
    )

    @Option(help: "Number of events.") var events: Int
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "First date (YYYY-MM-DD).") var from = Day(year: 2018, month: 1, day: 1)!
    @Option(help: "Last date (YYYY-MM-DD).") var to = Day(year: 2025, month: 12, day: 31)!
    @Option(help: "Output file (default: standard output).") var out: String?

    func validate() throws {
        guard events >= 0 else { throw ValidationError("--events must be 0 or more.") }
        guard from <= to else { throw ValidationError("--from must not be after --to.") }
    }

    func run() throws {
        let generator = SyntheticACLED(events: events, seed: seed, from: from, through: to)
        let sink = try FileOutput(path: out)
        generator.generate { sink.write($0) }
        try sink.close()
    }
}
