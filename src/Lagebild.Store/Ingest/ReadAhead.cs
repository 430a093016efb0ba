using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Lagebild.Store.Ingest;

/// <summary>
/// Cuts a stream into batches on a thread of its own, so that the next batch is read and analysed while the caller
/// stores the current one. Batches come in stream order and are exactly those a plain loop would form.
/// </summary>
public static class ReadAhead
{
    /// <summary>Batches produced ahead of the one the caller works on.</summary>
    private const int BatchesAhead = 1;

    /// <summary>
    /// The items of <paramref name="items"/> in runs that each hold <paramref name="batchSize"/> items counted by
    /// <paramref name="counts"/> (and the uncounted ones among them); the last run holds the rest. The stream is
    /// enumerated on another thread, at most one run ahead of the caller; leaving the loop early stops it.
    /// </summary>
    public static async IAsyncEnumerable<List<T>> BatchesAsync<T>(
        IEnumerable<T> items, Func<T, bool> counts, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(items, counts, batchSize, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            // A failure of the stream surfaces here as it was thrown.
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                while (channel.Reader.TryRead(out var batch)) yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // Stopped because the caller left early.
            }
        }
    }

    private static async Task ProduceAsync<T>(IEnumerable<T> items, Func<T, bool> counts, int batchSize, ChannelWriter<List<T>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<T>(batchSize);
            int counted = 0;
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch.Add(item);
                if (counts(item) && ++counted == batchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = new List<T>(batchSize);
                    counted = 0;
                }
            }
            if (batch.Count > 0) await writer.WriteAsync(batch, cancellationToken);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            if (e is OperationCanceledException) throw;
        }
    }
}
