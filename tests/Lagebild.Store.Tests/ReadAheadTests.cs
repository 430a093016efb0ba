using Lagebild.Store.Ingest;

namespace Lagebild.Store.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Batches_hold_the_counted_items_a_plain_loop_would_group_with_the_uncounted_ones_between_them()
    {
        // Negative numbers stand for unreadable inputs: they travel with the batch but do not fill it.
        int[] items = [1, -1, 2, 3, -2, -3, 4, 5, -4];
        var batches = new List<List<int>>();
        await foreach (var batch in ReadAhead.BatchesAsync(items, i => i > 0, 2)) batches.Add(batch);
        Assert.Equal([[1, -1, 2], [3, -2, -3, 4], [5, -4]], batches);
    }

    [Fact]
    public async Task An_empty_stream_gives_no_batch()
    {
        await foreach (var _ in ReadAhead.BatchesAsync(Array.Empty<int>(), _ => true, 3)) Assert.Fail("no batch expected");
    }

    [Fact]
    public async Task A_failure_while_reading_reaches_the_caller_after_the_batches_before_it()
    {
        var seen = new List<int>();
        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var batch in ReadAhead.BatchesAsync(Failing(), _ => true, 2)) seen.AddRange(batch);
        });
        Assert.Equal("bad input", error.Message);
        Assert.Equal([1, 2], seen);

        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            yield return 3;
            throw new InvalidDataException("bad input");
        }
    }

    [Fact]
    public async Task Leaving_the_loop_early_stops_reading_the_stream()
    {
        int read = 0;
        await foreach (var _ in ReadAhead.BatchesAsync(Endless(), _ => true, 4)) break;
        int after = Volatile.Read(ref read);
        await Task.Delay(50);
        Assert.Equal(after, Volatile.Read(ref read));
        Assert.True(after <= 3 * 4 + 1, $"read {after} items for one batch");

        IEnumerable<int> Endless()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return i;
            }
        }
    }
}
