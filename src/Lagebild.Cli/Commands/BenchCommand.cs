using System.CommandLine;
using System.Diagnostics;
using Lagebild.Analysis;
using Lagebild.Analysis.Benchmark;
using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Input;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary>
/// <c>lagebild bench [PATH…]</c>: builds a varied corpus from the given articles (or the bundled samples) and prints
/// throughput per stage and for the whole pipeline, allocations, peak memory, start-up time, and a peer figure.
/// Figures only: it passes or fails nothing.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Separate processes timed for the start-up figure (its median is printed).</summary>
    private const int StartupRuns = 5;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Seed articles (default: the bundled samples).", Arity = ArgumentArity.ZeroOrMore };
        var size = new Option<int>("--size") { Description = "Corpus size in megabytes.", DefaultValueFactory = _ => 50 };
        var peerSize = new Option<int>("--peer-size") { Description = "Megabytes of the corpus given to the peer date parser.", DefaultValueFactory = _ => 5 };
        var noPeer = new Option<bool>("--no-peer") { Description = "Skip the chrono-node peer figure." };
        var threads = SharedOptions.Threads();
        var data = SharedOptions.DataFolder();
        var ingest = new Option<int>("--ingest") { Description = "Documents analysed and stored for the ingest figures (0 skips them).", DefaultValueFactory = _ => 2048 };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string for the ingest figures (default: env LAGEBILD_TEST_POSTGRES)." };
        var command = new Command("bench", "Measure the pipeline's speed and memory on a generated corpus.") { paths, size, peerSize, noPeer, threads, data, ingest, postgres };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [], parse.GetValue(size), parse.GetValue(peerSize), parse.GetValue(noPeer), parse.GetValue(threads), parse.GetValue(data),
            new IngestBenchOptions(parse.GetValue(ingest), parse.GetValue(postgres))));
        return command;
    }

    private static int Run(string[] paths, int sizeMegabytes, int peerMegabytes, bool noPeer, int threads, string? dataFolder, IngestBenchOptions ingest)
    {
        var data = DataDirectory.Locate(dataFolder);
        var seedPaths = paths.Length > 0 ? paths : [ProjectFolders.Samples(data)];
        var loadClock = Stopwatch.StartNew();
        var pipeline = StandardPipeline.Build(data);
        var startup = loadClock.Elapsed;

        var seeds = InputReader.Read(seedPaths).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        if (seeds.Count == 0)
        {
            System.Console.Error.WriteLine("error: no readable seed articles");
            return 2;
        }

        foreach (var seed in seeds) pipeline.Process(seed); // sets each seed's language; also warms up the code
        var corpus = new BenchmarkCorpus(seeds.Select(s => Fresh(s)).ToList(), BenchmarkCorpus.LoadSwaps(data));
        long size = sizeMegabytes * 1_000_000L;
        var benchmark = new PipelineBenchmark(pipeline);
        benchmark.RunSingleCore(corpus.Generate(2_000_000)); // warm-up

        AnsiConsole.MarkupLine($"[bold]Lagebild benchmark[/]: {seeds.Count} seed articles, corpus {sizeMegabytes} MB, {Environment.ProcessorCount} cores; pipeline built in {startup.TotalMilliseconds:F0} ms");
        var single = benchmark.RunSingleCore(corpus.Generate(size));
        var parallel = benchmark.RunParallel(corpus.Generate(size), Math.Max(1, threads));

        var table = new Table().AddColumns("stage", "MB/s", "documents/s", "allocated bytes/document");
        foreach (var stage in single.Stages.Append(single.Whole).Append(parallel.Whole))
        {
            table.AddRow(stage.Stage, $"{stage.MegabytesPerSecond:F2}", $"{stage.DocumentsPerSecond:F0}", $"{stage.AllocatedBytesPerDocument:N0}");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"documents: {single.Documents:N0}, {single.Bytes / 1e6:F1} MB; one core {single.Whole.MegabytesPerSecond:F2} MB/s, " +
                               $"{threads} cores {parallel.Whole.MegabytesPerSecond:F2} MB/s (×{parallel.Whole.MegabytesPerSecond / single.Whole.MegabytesPerSecond:F2})");
        AnsiConsole.MarkupLine($"garbage collection: one core {Describe(single)}; {threads} cores {Describe(parallel)}");
        AnsiConsole.MarkupLine($"cores kept busy (all threads, the runtime's compiler and collector included): one-core pass {single.CoresUsed:F2}, {threads}-core pass {parallel.CoresUsed:F2}");
        AnsiConsole.MarkupLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576.0:F0} MB");
        var startups = Enumerable.Range(0, StartupRuns).Select(_ => StartupMilliseconds(seedPaths[0])).Order().ToList();
        AnsiConsole.MarkupLine($"start-up of analyze on one file: {startups[StartupRuns / 2]:F0} ms (median of {StartupRuns} runs, {startups[0]:F0}–{startups[^1]:F0})");

        if (!noPeer) ReportPeer(data, corpus, benchmark, peerMegabytes * 1_000_000L);
        IngestBench.Report(pipeline, corpus, ingest);
        return 0;
    }

    private static void ReportPeer(DataDirectory data, BenchmarkCorpus corpus, PipelineBenchmark benchmark, long size)
    {
        var peerFolder = ProjectFolders.ChronoPeer(data);
        var (peer, problem) = peerFolder is null ? (null, "bench/chrono not found") : new ChronoPeer(peerFolder).Run(corpus.Generate(size));
        if (peer is null)
        {
            AnsiConsole.MarkupLine($"[yellow]peer not measured[/]: {Markup.Escape(problem ?? "")}");
            return;
        }

        var ours = benchmark.RunSingleCore(corpus.Generate(size)).Whole;
        AnsiConsole.MarkupLine($"peer chrono-node 2.10.3 (dates only, one core): {peer.MegabytesPerSecond:F2} MB/s on {peer.Bytes / 1e6:F1} MB, {peer.DatesFound:N0} dates");
        AnsiConsole.MarkupLine($"Lagebild whole pipeline on the same texts, one core: {ours.MegabytesPerSecond:F2} MB/s — ratio ×{ours.MegabytesPerSecond / peer.MegabytesPerSecond:F1}");
    }

    /// <summary>Wall-clock time of a separate <c>lagebild analyze</c> process on one file, start to exit.</summary>
    private static double StartupMilliseconds(string path)
    {
        var file = File.Exists(path) ? path : Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories).First(InputReader.IsReadable);
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var argument in new[] { "analyze", file, "-o", Path.Combine(Path.GetTempPath(), $"lagebild-startup-{Environment.ProcessId}.jsonl") }) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Describe(PipelineFigures figures) => figures.Collections is not { } c ? "not measured" :
        $"{c.Gen0:N0}/{c.Gen1:N0}/{c.Gen2:N0} collections (gen 0/1/2), paused {c.Paused.TotalMilliseconds:F0} ms ({c.Paused / figures.Elapsed:P0} of the pass)";

    private static Document Fresh(Document analysed) => new(analysed.Id, analysed.Text) { Language = analysed.Language, Dct = analysed.Dct };
}
