namespace Lagebild.Core.Lookup;

/// <summary>Finding a place in a list of spans kept in text order (sorted by start): entity mentions, speaker candidates.</summary>
public static class StartOrder
{
    /// <summary>The index of the first item starting at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter<T>(List<T> items, int offset, Func<T, int> startOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (startOf(items[mid]) < offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
