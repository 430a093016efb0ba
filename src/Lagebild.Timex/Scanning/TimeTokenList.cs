using System.Buffers;

namespace Lagebild.Timex.Scanning;

/// <summary>
/// The time tokens of one text, kept in an array rented from the shared pool: a document's tokens cost no new memory
/// once the pool is warm. Dispose hands the array back; the list is empty afterwards.
/// </summary>
public sealed class TimeTokenList : IDisposable
{
    private TimeToken[] _items;

    public TimeTokenList(int capacity) => _items = ArrayPool<TimeToken>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public TimeToken this[int index] => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(in TimeToken token)
    {
        if (Count == _items.Length) Grow();
        _items[Count++] = token;
    }

    public void Dispose()
    {
        if (_items.Length > 0) ArrayPool<TimeToken>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }

    private void Grow()
    {
        var larger = ArrayPool<TimeToken>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<TimeToken>.Shared.Return(_items);
        _items = larger;
    }
}
