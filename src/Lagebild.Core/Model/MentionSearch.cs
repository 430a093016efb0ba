namespace Lagebild.Core.Model;

/// <summary>Finding a place in a list of entity mentions kept in text order (sorted by start).</summary>
public static class MentionSearch
{
    /// <summary>The index of the first mention starting at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstStartingAtOrAfter(List<EntityMention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
