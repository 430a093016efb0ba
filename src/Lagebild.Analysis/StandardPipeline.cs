using System.Runtime.ExceptionServices;
using Lagebild.Analysis.Dating;
using Lagebild.Core.Data;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis;

/// <summary>The stages Lagebild runs by default, in order, built once from a data folder.</summary>
public static class StandardPipeline
{
    /// <summary>The stage names, in pipeline order, as accepted by <c>--skip</c>.</summary>
    public static IReadOnlyList<string> StageNames { get; } = ["text", "timex", "entities", OfficeDatingStage.StageName, "quotes", "events"];

    public static AnalysisPipeline Build(DataDirectory data, IEnumerable<string>? skip = null)
    {
        var skipped = new HashSet<string>(skip ?? [], StringComparer.OrdinalIgnoreCase);

        // Dating redoes the time and actor stages, so it runs only when both do.
        if (skipped.Contains("timex") || skipped.Contains("entities")) skipped.Add(OfficeDatingStage.StageName);

        // The stages load their data independently of each other: on several cores they load side by side (this
        // thread included), which shortens the start-up of a short run. The first failing stage in pipeline order
        // reports its error, as if they had loaded one after the other.
        var factories = StageFactories(data, skipped).ToArray();
        var stages = new IStage?[factories.Length];
        var failures = new Exception?[factories.Length];
        using (LoadingWithoutCollections())
        {
            Parallel.For(0, factories.Length, i =>
            {
                try
                {
                    stages[i] = factories[i]();
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                }
            });
        }

        var builder = new PipelineBuilder();
        for (int i = 0; i < factories.Length; i++)
        {
            if (failures[i] is { } failure) ExceptionDispatchInfo.Capture(failure).Throw();
            builder.Add(stages[i]!);
            if (stages[i] is Entities.EntityStage or DeclaredStage { Name: "entities" }) builder.Add(DatingStage(stages, skipped));
        }

        return builder.Disable(skipped).Build();
    }

    /// <summary>
    /// Loading builds about 26 MB of tables that live as long as the pipeline; a garbage collection in the middle of it
    /// would only copy them from one generation to the next (three or four collections, tens of milliseconds of a
    /// short run's start-up). So the collector is asked to stand still while the stages load, within a budget well
    /// above what the bundled data needs; larger data simply collects as usual once the budget is spent.
    /// </summary>
    private static IDisposable LoadingWithoutCollections() => new NoCollectionRegion(LoadingBudgetBytes);

    private const long LoadingBudgetBytes = 48L * 1024 * 1024;

    private sealed class NoCollectionRegion : IDisposable
    {
        private readonly bool _started;

        public NoCollectionRegion(long bytes)
        {
            try
            {
                _started = GC.TryStartNoGCRegion(bytes);
            }
            catch (InvalidOperationException)
            {
                // already in such a region (a caller's own): nothing to do
            }
            catch (ArgumentOutOfRangeException)
            {
                // more than this runtime's heap allows at once: load as usual
            }
        }

        public void Dispose()
        {
            // The region ends by itself once its budget is spent.
            if (_started && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    /// <summary>The dating stage, built on the loaded time and actor stages (declared only when one of them is off).</summary>
    private static IStage DatingStage(IStage?[] stages, HashSet<string> skipped)
    {
        var timex = stages.OfType<Timex.TimexStage>().FirstOrDefault();
        var entities = stages.OfType<Entities.EntityStage>().FirstOrDefault();
        return timex is null || entities is null || skipped.Contains(OfficeDatingStage.StageName)
            ? new DeclaredStage(OfficeDatingStage.StageName, [], [Layers.Dct])
            : new OfficeDatingStage(timex, entities);
    }

    private static IEnumerable<Func<IStage>> StageFactories(DataDirectory data, HashSet<string> skip)
    {
        // Skipped stages are still declared (so the order check knows their layers) but their data is not loaded.
        yield return skip.Contains("text") ? () => new DeclaredStage("text", [Layers.Text], [Layers.Language, Layers.Tokens, Layers.Sentences]) : () => new Text.SegmentationStage(data);
        yield return skip.Contains("timex") ? () => new DeclaredStage("timex", [Layers.Text, Layers.Sentences], [Layers.Timexes, Layers.Dct]) : () => new Timex.TimexStage(data);
        yield return skip.Contains("entities")
            ? () => new DeclaredStage("entities", [Layers.Tokens, Layers.Sentences, Layers.Dct], [Layers.Entities, Layers.ActorReferences])
            : () => new Entities.EntityStage(data);
        yield return skip.Contains("quotes")
            ? () => new DeclaredStage("quotes", [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences], [Layers.Quotes])
            : () => new Quotes.QuoteStage(data);
        yield return skip.Contains("events")
            ? () => new DeclaredStage("events", [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences, Layers.Timexes, Layers.Quotes], [Layers.Events])
            : () => new Events.EventStage(data);
    }

    /// <summary>A stage switched off on the command line: it declares its layers and is never run.</summary>
    private sealed class DeclaredStage(string name, IReadOnlyList<string> reads, IReadOnlyList<string> writes) : IStage
    {
        public string Name => name;

        public IReadOnlyList<string> Reads => reads;

        public IReadOnlyList<string> Writes => writes;

        public void Process(Core.Model.Document document) => throw new InvalidOperationException($"stage '{name}' is switched off");
    }
}
