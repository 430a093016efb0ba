using Lagebild.Core.Data;
using Lagebild.Analysis.Dating;
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
        var builder = new PipelineBuilder();
        foreach (var stage in CreateStages(data, skipped))
        {
            builder.Add(stage);
        }

        return builder.Disable(skipped).Build();
    }

    private static IEnumerable<IStage> CreateStages(DataDirectory data, HashSet<string> skip)
    {
        // Skipped stages are still declared (so the order check knows their layers) but their data is not loaded.
        yield return skip.Contains("text") ? new DeclaredStage("text", [Layers.Text], [Layers.Language, Layers.Tokens, Layers.Sentences]) : new Text.SegmentationStage(data);
        var timex = skip.Contains("timex") ? null : new Timex.TimexStage(data);
        yield return timex ?? (IStage)new DeclaredStage("timex", [Layers.Text, Layers.Sentences], [Layers.Timexes, Layers.Dct]);
        var entities = skip.Contains("entities") ? null : new Entities.EntityStage(data);
        yield return entities ?? (IStage)new DeclaredStage("entities", [Layers.Tokens, Layers.Sentences, Layers.Dct], [Layers.Entities, Layers.ActorReferences]);
        yield return timex is null || entities is null || skip.Contains(OfficeDatingStage.StageName)
            ? new DeclaredStage(OfficeDatingStage.StageName, [], [Layers.Dct])
            : new OfficeDatingStage(timex, entities);
        yield return skip.Contains("quotes")
            ? new DeclaredStage("quotes", [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences], [Layers.Quotes])
            : new Quotes.QuoteStage(data);
        yield return skip.Contains("events")
            ? new DeclaredStage("events", [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences, Layers.Timexes, Layers.Quotes], [Layers.Events])
            : new Events.EventStage(data);
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
