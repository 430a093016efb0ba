using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis;

/// <summary>
/// Analyses a stream of documents on several cores and hands them back in input order.
/// The caller's thread reads the input and consumes the results while worker threads analyse: no core waits for a
/// batch to fill or drain. At most <see cref="DefaultBatchSize"/> documents (or the given window) are in flight, so
/// memory stays flat however long the stream is. The workers live as long as the analyser, so what the stages keep
/// per thread (working memory, word caches) stays warm from one call to the next; dispose the analyser to end them.
/// </summary>
public sealed class ParallelAnalyzer(AnalysisPipeline pipeline, int degreeOfParallelism, int batchSize = ParallelAnalyzer.DefaultBatchSize)
    : IDisposable
{
    /// <summary>Documents in flight at a time (read ahead, being analysed, or waiting to be handed back in order).</summary>
    public const int DefaultBatchSize = 64;

    /// <summary>Documents of a first call analysed on the calling thread before any worker starts.</summary>
    private const int AnalysedBeforeWorkersStart = 8;

    private readonly BlockingCollection<Action> _jobs = new();
    private Thread[]? _workers;

    /// <summary>
    /// Analyses the items' documents and hands the items back in input order. <paramref name="afterEach"/>, when given,
    /// runs on the analysing thread right after an item's document is done (to serialise it there, say).
    /// An exception thrown while analysing an item is rethrown when that item's turn comes.
    /// </summary>
    public IEnumerable<T> Analyze<T>(IEnumerable<T> items, Func<T, Document?> documentOf, Action<T>? afterEach = null)
    {
        return degreeOfParallelism <= 1 ? AnalyzeHere(items, documentOf, afterEach) : AnalyzeOnWorkers(items, documentOf, afterEach);
    }

    public void Dispose()
    {
        _jobs.CompleteAdding();
        foreach (var worker in _workers ?? []) worker.Join();
        _jobs.Dispose();
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
        var inOrder = new Queue<Slot<T>>(window);
        int analysedHere = 0;
        try
        {
            foreach (var item in items)
            {
                // The first few documents are analysed on this thread: for a handful of documents, starting the
                // workers (and warming what they keep per thread) costs more than it saves.
                if (_workers is null && analysedHere < AnalysedBeforeWorkersStart)
                {
                    analysedHere++;
                    ProcessOne(item, documentOf, afterEach);
                    yield return item;
                    continue;
                }

                StartWorkers();
                // Hand back what is done at the head; when the window is full, wait for the head.
                while (inOrder.Count > 0 && (inOrder.Count >= window || inOrder.Peek().IsDone)) yield return inOrder.Dequeue().Result();
                var slot = new Slot<T>(item);
                inOrder.Enqueue(slot);
                _jobs.Add(() => Run(slot, documentOf, afterEach));
            }

            while (inOrder.Count > 0) yield return inOrder.Dequeue().Result();
        }
        finally
        {
            // Also when the caller stops early: what was handed to the workers is finished before this call returns.
            while (inOrder.Count > 0) inOrder.Dequeue().Wait();
        }
    }

    private void StartWorkers()
    {
        if (_workers is not null) return;
        _workers = new Thread[degreeOfParallelism];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"analysis {i + 1}" };
            _workers[i].Start();
        }
    }

    private void Work()
    {
        foreach (var job in _jobs.GetConsumingEnumerable()) job();
    }

    private void Run<T>(Slot<T> slot, Func<T, Document?> documentOf, Action<T>? afterEach)
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

        public void Wait() => _done.Wait();

        /// <summary>The item once analysed (waiting for it if need be), or the exception its analysis threw.</summary>
        public T Result()
        {
            _done.Wait();
            _failure?.Throw();
            return item;
        }
    }
}
