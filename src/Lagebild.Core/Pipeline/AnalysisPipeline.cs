using System.Diagnostics;
using Lagebild.Core.Model;

namespace Lagebild.Core.Pipeline;

/// <summary>Runs its stages in order on a document. A failing stage becomes a diagnostic; the rest still run.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IStage> stages) => Stages = stages;

    public IReadOnlyList<IStage> Stages { get; }

    public void Process(Document document)
    {
        foreach (var stage in Stages)
        {
            RunStage(stage, document);
        }
    }

    /// <summary>Runs the pipeline and reports the time each stage took (for the benchmark).</summary>
    public void Process(Document document, Span<long> elapsedTicksPerStage)
    {
        for (int i = 0; i < Stages.Count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            RunStage(Stages[i], document);
            elapsedTicksPerStage[i] += Stopwatch.GetTimestamp() - started;
        }
    }

    private static void RunStage(IStage stage, Document document)
    {
        try
        {
            stage.Process(document);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            document.Diagnostics.Add(new Diagnostic(
                DiagnosticCodes.StageFailed,
                Severity.Error,
                document.Origin ?? document.Id,
                $"stage '{stage.Name}' failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }
}
