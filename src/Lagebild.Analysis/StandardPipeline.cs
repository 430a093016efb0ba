using Lagebild.Core.Data;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis;

/// <summary>The stages Lagebild runs by default, in order, built once from a data folder.</summary>
public static class StandardPipeline
{
    /// <summary>The stage names, in pipeline order, as accepted by <c>--skip</c>.</summary>
    public static IReadOnlyList<string> StageNames { get; } = ["text", "timex", "entities", "quotes", "events"];

    public static AnalysisPipeline Build(DataDirectory data, IEnumerable<string>? skip = null)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in CreateStages(data, new HashSet<string>(skip ?? [], StringComparer.OrdinalIgnoreCase)))
        {
            builder.Add(stage);
        }

        return builder.Disable(skip ?? []).Build();
    }

    private static IEnumerable<IStage> CreateStages(DataDirectory data, HashSet<string> skip)
    {
        // Skipped stages are still declared (so the order check knows their layers) but their data is not loaded.
        yield return skip.Contains("text") ? new DeclaredStage("text", [Layers.Text], [Layers.Language, Layers.Tokens, Layers.Sentences]) : new Text.SegmentationStage(data);
        yield return skip.Contains("timex") ? new DeclaredStage("timex", [Layers.Text, Layers.Sentences], [Layers.Timexes, Layers.Dct]) : new Timex.TimexStage(data);
        yield return skip.Contains("entities")
            ? new DeclaredStage("entities", [Layers.Tokens, Layers.Sentences, Layers.Dct], [Layers.Entities, Layers.ActorReferences])
            : new Entities.EntityStage(data);
        yield return skip.Contains("quotes")
            ? new DeclaredStage("quotes", [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences], [Layers.Quotes])
            : new Quotes.QuoteStage(data);
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
