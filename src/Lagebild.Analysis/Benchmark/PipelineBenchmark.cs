using System.Diagnostics;
using System.Text;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis.Benchmark;

/// <summary>Throughput of one stage or of the whole pipeline on a corpus.</summary>
public sealed record StageFigures(string Stage, double MegabytesPerSecond, double DocumentsPerSecond, double AllocatedBytesPerDocument);

/// <summary>Garbage collections during a pass, by generation, and the time the program stood still for them.</summary>
public sealed record CollectionFigures(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static CollectionFigures Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public CollectionFigures Since(CollectionFigures before) => new(Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Paused - before.Paused);
}

/// <summary>What one benchmark pass measured.</summary>
public sealed record PipelineFigures(
    IReadOnlyList<StageFigures> Stages, StageFigures Whole, int Documents, long Bytes, TimeSpan Elapsed, long PeakWorkingSetBytes)
{
    /// <summary>The collections of the pass (null when not taken).</summary>
    public CollectionFigures? Collections { get; init; }

    /// <summary>Processor time of the whole process over the timed part of the pass: every thread, the runtime's own
    /// (compiler, collector) included.</summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>How many cores the process kept busy on average while the pass was timed.</summary>
    public double CoresUsed => ProcessorTime / Elapsed;
}

/// <summary>
/// Runs the pipeline over a generated corpus, streamed, and measures per-stage time on one core, allocations per
/// document, and whole-pipeline throughput on one or more cores. Figures only: nothing here passes or fails.
/// </summary>
public sealed class PipelineBenchmark(AnalysisPipeline pipeline)
{
    /// <summary>One core: time and allocations of each stage, in pipeline order.</summary>
    public PipelineFigures RunSingleCore(IEnumerable<Document> corpus)
    {
        var stages = pipeline.Stages;
        var ticks = new long[stages.Count];
        var allocated = new long[stages.Count];
        int documents = 0;
        long bytes = 0;
        var collections = CollectionFigures.Now();
        var processorBefore = ProcessorTimeNow();
        var clock = Stopwatch.StartNew();
        foreach (var document in corpus)
        {
            for (int i = 0; i < stages.Count; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                long started = Stopwatch.GetTimestamp();
                stages[i].Process(document);
                ticks[i] += Stopwatch.GetTimestamp() - started;
                allocated[i] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            documents++;
            bytes += Encoding.UTF8.GetByteCount(document.Text);
        }

        clock.Stop();
        var processorTime = ProcessorTimeNow() - processorBefore;
        var figures = new List<StageFigures>();
        for (int i = 0; i < stages.Count; i++)
        {
            figures.Add(Figures(stages[i].Name, bytes, documents, TimeSpan.FromSeconds((double)ticks[i] / Stopwatch.Frequency), allocated[i]));
        }

        var whole = Figures("pipeline", bytes, documents, TimeSpan.FromSeconds((double)ticks.Sum() / Stopwatch.Frequency), allocated.Sum());
        return new PipelineFigures(figures, whole, documents, bytes, clock.Elapsed, Process.GetCurrentProcess().PeakWorkingSet64)
        {
            Collections = CollectionFigures.Now().Since(collections),
            ProcessorTime = processorTime,
        };
    }

    /// <summary>
    /// Several cores: whole-pipeline throughput of the parallel analyser that the analyse and ingest commands use. The
    /// corpus is generated in chunks outside the clock, so the figure is the pipeline's, not the generator's; a document
    /// leaves its chunk when it is handed to the analyser, so its analysis dies young, as in those commands.
    /// </summary>
    public PipelineFigures RunParallel(IEnumerable<Document> corpus, int cores, int chunkSize = 256)
    {
        int documents = 0;
        long bytes = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes();
        var collections = CollectionFigures.Now();
        var elapsed = TimeSpan.Zero;
        var processorTime = TimeSpan.Zero;
        using var analyzer = new ParallelAnalyzer(pipeline, cores);
        var chunk = new Queue<Document>(chunkSize);
        using var source = corpus.GetEnumerator();
        while (true)
        {
            while (chunk.Count < chunkSize && source.MoveNext())
            {
                chunk.Enqueue(source.Current);
                bytes += Encoding.UTF8.GetByteCount(source.Current.Text);
                documents++;
            }

            if (chunk.Count == 0) break;
            var processorBefore = ProcessorTimeNow();
            long started = Stopwatch.GetTimestamp();
            foreach (var _ in analyzer.Analyze(Drain(chunk), d => d))
            {
            }

            elapsed += Stopwatch.GetElapsedTime(started);
            processorTime += ProcessorTimeNow() - processorBefore;
        }

        var whole = Figures($"pipeline ×{cores}", bytes, documents, elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore);
        return new PipelineFigures([], whole, documents, bytes, elapsed, Process.GetCurrentProcess().PeakWorkingSet64)
        {
            Collections = CollectionFigures.Now().Since(collections),
            ProcessorTime = processorTime,
        };
    }

    /// <summary>The queued documents, each let go by the queue as it is taken.</summary>
    private static IEnumerable<Document> Drain(Queue<Document> queue)
    {
        while (queue.TryDequeue(out var document)) yield return document;
    }

    private static TimeSpan ProcessorTimeNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static StageFigures Figures(string name, long bytes, int documents, TimeSpan elapsed, long allocatedBytes)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return new StageFigures(name, bytes / 1_000_000.0 / seconds, documents / seconds, documents == 0 ? 0 : (double)allocatedBytes / documents);
    }
}
