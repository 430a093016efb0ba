namespace Lagebild.Store.Merging;

/// <summary>The attributes of an event or incident that decide whether two reports describe one real-world event.</summary>
public sealed record MergeKey(string Type, IReadOnlyList<string> Source, IReadOnlyList<string> Target, string? Date, string? Location);

/// <summary>Why an event was merged into an incident: the attributes that matched.</summary>
public sealed record MergeReason(string Type, string? Date, IReadOnlyList<string> SharedActors, string? Location)
{
    public override string ToString()
    {
        var parts = new List<string> { $"same type {Type}" };
        parts.Add(Date is null ? "no date on either side" : $"compatible date {Date}");
        if (SharedActors.Count > 0) parts.Add("shared actors " + string.Join("+", SharedActors));
        if (Location is not null) parts.Add($"same location {Location}");
        return string.Join("; ", parts);
    }
}

/// <summary>
/// Decides whether an event reports the same real-world event as an incident: same PLOVER category,
/// compatible dates (equal, or one a coarser prefix of the other), overlapping actors, and the same place where
/// both name one. Pure logic; the store looks up candidates and applies the verdict.
/// </summary>
public static class IncidentMerger
{
    /// <summary>The reason to merge <paramref name="evt"/> into <paramref name="incident"/>, or null when they differ.</summary>
    public static MergeReason? Match(MergeKey incident, MergeKey evt)
    {
        if (!string.Equals(incident.Type, evt.Type, StringComparison.OrdinalIgnoreCase)) return null;
        if (!DatesCompatible(incident.Date, evt.Date, out var date)) return null;
        if (incident.Location is not null && evt.Location is not null
            && !string.Equals(incident.Location, evt.Location, StringComparison.OrdinalIgnoreCase)) return null;

        var shared = SharedActors(incident, evt);
        if (shared.Count == 0)
        {
            // Without any actor on either side only an exact date makes two reports one event.
            bool noActors = incident.Source.Count + incident.Target.Count == 0 && evt.Source.Count + evt.Target.Count == 0;
            if (!noActors || date is null || incident.Date != evt.Date) return null;
        }

        var location = incident.Location is not null && evt.Location is not null ? incident.Location : null;
        return new MergeReason(incident.Type, date, shared, location);
    }

    /// <summary>Picks the best match among candidates: most shared actors, then the oldest incident.</summary>
    public static (long Id, MergeReason Reason)? Best(IEnumerable<(long Id, MergeKey Key)> candidates, MergeKey evt)
    {
        (long Id, MergeReason Reason)? best = null;
        foreach (var (id, key) in candidates)
        {
            if (Match(key, evt) is not { } reason) continue;
            if (best is null || reason.SharedActors.Count > best.Value.Reason.SharedActors.Count
                || (reason.SharedActors.Count == best.Value.Reason.SharedActors.Count && id < best.Value.Id))
                best = (id, reason);
        }
        return best;
    }

    /// <summary>
    /// Dates are compatible when both are unknown, or when they agree on every calendar field both name: a coarser
    /// date is a prefix of a finer one (<c>2021-12</c> and <c>2021-12-07</c>), a part of day does not count
    /// (<c>2021-12-07TEV</c> and <c>2021-12-07</c>), and an unresolved field (<c>XXXX-12-07</c>, a date whose year the
    /// text does not give) matches any value. The merged date is the finer one, with its unresolved fields taken from the other.
    /// </summary>
    public static bool DatesCompatible(string? a, string? b, out string? date)
    {
        date = null;
        if (a is null && b is null) return true;
        if (a is null || b is null) return false;
        var dayA = CalendarPart(a);
        var dayB = CalendarPart(b);
        int common = Math.Min(dayA.Length, dayB.Length);
        if (common < 4) return false;
        for (int i = 0; i < common; i++)
        {
            if (dayA[i] != dayB[i] && dayA[i] != 'X' && dayB[i] != 'X') return false;
        }

        // A coarser date must end at a field boundary of the finer one (2021-1 is no prefix of 2021-12).
        if (dayA.Length != dayB.Length && (dayA.Length > common ? dayA[common] : dayB[common]) != '-') return false;
        date = Combine(a, b);
        return true;
    }

    /// <summary>The finer of two compatible dates, its unresolved fields filled from the other (<c>2021-12</c> + <c>XXXX-12-07</c> → <c>2021-12-07</c>).</summary>
    private static string Combine(string a, string b)
    {
        var (finer, other) = a.Length > b.Length || (a.Length == b.Length && a.Count(c => c == 'X') <= b.Count(c => c == 'X')) ? (a, b) : (b, a);
        var chars = finer.ToCharArray();
        var otherDay = CalendarPart(other);
        for (int i = 0; i < Math.Min(otherDay.Length, chars.Length); i++)
        {
            if (chars[i] == 'X') chars[i] = otherDay[i];
        }

        return new string(chars);
    }

    private static ReadOnlySpan<char> CalendarPart(string date)
    {
        int time = date.IndexOf('T');
        return time > 0 ? date.AsSpan(0, time) : date;
    }

    /// <summary>The month part of a date (<c>2021-12</c>) used to look up candidates, or null.</summary>
    public static string? MonthOf(string? date) => date is { Length: >= 7 } ? date[..7] : null;

    /// <summary>The actors of <paramref name="b"/> that <paramref name="a"/> names too, each once, in ordinal order.</summary>
    private static List<string> SharedActors(MergeKey a, MergeKey b)
    {
        // An event names one or two actors: searching the incident's lists beats building a set of them.
        var shared = new List<string>();
        AddShared(a, b.Source, shared);
        AddShared(a, b.Target, shared);
        shared.Sort(StringComparer.Ordinal);
        return shared;
    }

    private static void AddShared(MergeKey a, IReadOnlyList<string> actors, List<string> shared)
    {
        foreach (var actor in actors)
            if ((Names(a.Source, actor) || Names(a.Target, actor)) && !shared.Contains(actor)) shared.Add(actor);
    }

    private static bool Names(IReadOnlyList<string> actors, string actor)
    {
        for (int i = 0; i < actors.Count; i++)
            if (string.Equals(actors[i], actor, StringComparison.Ordinal)) return true;
        return false;
    }
}
