using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis;

/// <summary>
/// Analyses a stream of documents on several cores and hands them back in input order.
/// Documents are taken in small batches, so memory stays flat however long the stream is.
/// </summary>
public sealed class ParallelAnalyzer(AnalysisPipeline pipeline, int degreeOfParallelism, int batchSize = ParallelAnalyzer.DefaultBatchSize)
{
    /// <summary>Documents analysed side by side before they are handed on: few enough that they die young.</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>
    /// Analyses the items' documents and hands the items back in input order. <paramref name="afterEach"/>, when given,
    /// runs on the analysing thread right after an item's document is done (to serialise it there, say).
    /// </summary>
    public IEnumerable<T> Analyze<T>(IEnumerable<T> items, Func<T, Document?> documentOf, Action<T>? afterEach = null)
    {
        var batch = new List<T>(batchSize);
        foreach (var item in items)
        {
            batch.Add(item);
            if (batch.Count < batchSize) continue;
            ProcessBatch(batch, documentOf, afterEach);
            foreach (var done in batch) yield return done;
            batch.Clear();
        }

        ProcessBatch(batch, documentOf, afterEach);
        foreach (var done in batch) yield return done;
    }

    private void ProcessBatch<T>(List<T> batch, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        if (batch.Count == 0) return;
        if (degreeOfParallelism <= 1 || batch.Count == 1)
        {
            foreach (var item in batch) ProcessOne(item, documentOf, afterEach);
            return;
        }

        Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, item => ProcessOne(item, documentOf, afterEach));
    }

    private void ProcessOne<T>(T item, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        if (documentOf(item) is not { } document) return;
        pipeline.Process(document);
        afterEach?.Invoke(item);
    }
}
