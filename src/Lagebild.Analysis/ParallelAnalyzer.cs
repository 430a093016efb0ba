using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis;

/// <summary>
/// Analyses a stream of documents on several cores and hands them back in input order.
/// The caller's thread reads the input and consumes the results while worker threads analyse: no core waits for a
/// batch to fill or drain. At most <see cref="DefaultBatchSize"/> documents (or the given window) are in flight, so
/// memory stays flat however long the stream is.
/// </summary>
public sealed class ParallelAnalyzer(AnalysisPipeline pipeline, int degreeOfParallelism, int batchSize = ParallelAnalyzer.DefaultBatchSize)
{
    /// <summary>Documents in flight at a time (read ahead, being analysed, or waiting to be handed back in order).</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>
    /// Analyses the items' documents and hands the items back in input order. <paramref name="afterEach"/>, when given,
    /// runs on the analysing thread right after an item's document is done (to serialise it there, say).
    /// An exception thrown while analysing an item is rethrown when that item's turn comes.
    /// </summary>
    public IEnumerable<T> Analyze<T>(IEnumerable<T> items, Func<T, Document?> documentOf, Action<T>? afterEach = null)
    {
        return degreeOfParallelism <= 1 ? AnalyzeHere(items, documentOf, afterEach) : AnalyzeOnWorkers(items, documentOf, afterEach);
    }

    private IEnumerable<T> AnalyzeHere<T>(IEnumerable<T> items, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        foreach (var item in items)
        {
            ProcessOne(item, documentOf, afterEach);
            yield return item;
        }
    }

    private IEnumerable<T> AnalyzeOnWorkers<T>(IEnumerable<T> items, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        int window = Math.Max(batchSize, 2 * degreeOfParallelism);
        using var work = new BlockingCollection<Slot<T>>(window);
        var inOrder = new Queue<Slot<T>>(window);
        var workers = new Thread[degreeOfParallelism];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() => Work(work, documentOf, afterEach)) { IsBackground = true, Name = $"analysis {i + 1}" };
            workers[i].Start();
        }

        try
        {
            foreach (var item in items)
            {
                // Hand back what is done at the head; when the window is full, wait for the head.
                while (inOrder.Count > 0 && (inOrder.Count >= window || inOrder.Peek().IsDone)) yield return inOrder.Dequeue().Result();
                var slot = new Slot<T>(item);
                inOrder.Enqueue(slot);
                work.Add(slot);
            }

            work.CompleteAdding();
            while (inOrder.Count > 0) yield return inOrder.Dequeue().Result();
        }
        finally
        {
            // Also when the caller stops early: the workers finish what they hold and stop.
            if (!work.IsAddingCompleted) work.CompleteAdding();
            foreach (var worker in workers) worker.Join();
        }
    }

    private void Work<T>(BlockingCollection<Slot<T>> work, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        foreach (var slot in work.GetConsumingEnumerable())
        {
            try
            {
                ProcessOne(slot.Item, documentOf, afterEach);
                slot.Finish(null);
            }
            catch (Exception ex)
            {
                slot.Finish(ExceptionDispatchInfo.Capture(ex));
            }
        }
    }

    private void ProcessOne<T>(T item, Func<T, Document?> documentOf, Action<T>? afterEach)
    {
        if (documentOf(item) is not { } document) return;
        pipeline.Process(document);
        afterEach?.Invoke(item);
    }

    /// <summary>One item on its way through a worker; the reading thread waits on it in input order.</summary>
    private sealed class Slot<T>(T item)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private ExceptionDispatchInfo? _failure;

        public T Item => item;

        public bool IsDone => _done.IsSet;

        public void Finish(ExceptionDispatchInfo? failure)
        {
            _failure = failure;
            _done.Set();
        }

        /// <summary>The item once analysed (waiting for it if need be), or the exception its analysis threw.</summary>
        public T Result()
        {
            _done.Wait();
            _done.Dispose();
            _failure?.Throw();
            return item;
        }
    }
}
