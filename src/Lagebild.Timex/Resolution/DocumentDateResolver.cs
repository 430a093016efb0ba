using Lagebild.Core.Model;

namespace Lagebild.Timex.Resolution;

/// <summary>
/// Decides the document date: a given date is kept; a month from the header is refined by a dateline or pinned by
/// the narrative; without any, the latest date the text reports becomes it. Returns the reference time the
/// timexes are resolved against.
/// </summary>
public static class DocumentDateResolver
{
    /// <summary>A dateline is an explicit date this close to the end of the text.</summary>
    private const int DatelineReach = 160;

    /// <summary>A dateline may also stand this close to the start of the story.</summary>
    private const int DatelineStartReach = 600;

    /// <summary>Sets <see cref="Document.Dct"/> and returns the reference the values are resolved against.</summary>
    public static ReferenceTime? Resolve(Document document, List<PendingTimex> pending, Tense defaultTense, int storyStart)
    {
        var dct = document.Dct;
        var known = ReferenceTime.Parse(dct?.Value);
        if (dct is not null && dct.Basis == DateBasis.Given && known is not null)
        {
            return known.Day is null && known.Month > 0 ? known with { Day = ReferenceEstimator.Run(known, pending, defaultTense).Day } : known;
        }

        if (known?.Day is not null) return known;

        // A dateline: an explicit full date that ends its line or stands before a dash or a parenthesis
        // (WASHINGTON, Feb. 11, 2022 — …; KYIV, Feb 24 (Reuters) -; (Genf, 7.12.2021)), near the start or the end;
        // without its year only when a header month gives it.
        foreach (var p in Datelines(document.Text, pending, storyStart))
        {
            if (p.Match.Get("year") is null && (known is null || known.Month == 0)) continue;
            if (ReferenceEstimator.ExplicitDay(p.Match, known) is { } d && (known is null || known.Month == 0 || (d.Year == known.Year && d.Month == known.Month)))
            {
                document.Dct = new DocumentDate(Calendar.Day(d), DateBasis.Inferred);
                return new ReferenceTime(d.Year, d.Month, d);
            }
        }

        if (known is not null && known.Month > 0)
        {
            var estimate = ReferenceEstimator.Run(known, pending, defaultTense);
            if (estimate.Pinned) document.Dct = new DocumentDate(Calendar.Day(estimate.Day), DateBasis.Inferred);
            return known with { Day = estimate.Day };
        }

        if (known is not null) return known;

        // No date given: the latest explicit date the text does not place in the future.
        DateOnly? latest = null;
        foreach (var p in pending)
        {
            if (p.Tense == Tense.Future || p.Match.Get("year") is null) continue;
            if (ReferenceEstimator.ExplicitDay(p.Match, null) is { } d && (latest is null || d > latest)) latest = d;
        }

        if (latest is { } day)
        {
            document.Dct = new DocumentDate(Calendar.Day(day), DateBasis.Inferred);
            return new ReferenceTime(day.Year, day.Month, day);
        }

        return null;
    }

    /// <summary>
    /// The date a text gives no year for, resolved inside a span of days known from elsewhere (the offices it
    /// names): a dateline without its year (<c>KYIV, Feb 24 (Reuters) -</c>) takes the year in the span in which its
    /// day falls on the first weekday the text names (wire reports tell the day's news by weekday), else the first
    /// such year; without a dateline, the month the span opens.
    /// </summary>
    public static (ReferenceTime Reference, string Value, bool FromDateline) ResolveWithin(
        string text, List<PendingTimex> pending, int storyStart, DateOnly from, DateOnly to)
    {
        int weekday = 0;
        foreach (var p in pending)
        {
            if (p.Match.Get("day") is null && Calendar.Int(p.Match.Get("weekday")) is > 0 and var w)
            {
                weekday = w;
                break;
            }
        }

        foreach (var p in Datelines(text, pending, storyStart))
        {
            int month = Calendar.Int(p.Match.Get("month")), day = Calendar.Int(p.Match.Get("day"));
            if (p.Match.Get("year") is not null || month == 0 || day == 0 || p.Match.Get("weekday") is not null) continue;
            DateOnly? first = null, matching = null;
            for (int year = from.Year; year <= to.Year; year++)
            {
                if (!Calendar.TryDate(year, month, day, out var d) || d < from || d > to) continue;
                first ??= d;
                if (matching is null && Calendar.IsoWeekday(d) == weekday) matching = d;
            }

            if ((matching ?? first) is { } chosen) return (new ReferenceTime(chosen.Year, chosen.Month, chosen), Calendar.Day(chosen), true);
        }

        return (new ReferenceTime(from.Year, from.Month, null), Calendar.Month(from.Year, from.Month), false);
    }

    /// <summary>The explicit dates that stand as a dateline, latest first.</summary>
    private static IEnumerable<PendingTimex> Datelines(string text, List<PendingTimex> pending, int storyStart)
    {
        int trimmedLength = text.AsSpan().TrimEnd().Length;
        for (int i = pending.Count - 1; i >= 0; i--)
        {
            var p = pending[i];
            bool nearEdge = p.Match.End >= trimmedLength - DatelineReach || p.Match.Start - storyStart <= DatelineStartReach;
            if (nearEdge && EndsDateline(text, p.Match.End)) yield return p;
        }
    }

    /// <summary>Whether a date is followed by a line end, the text end, a dash or a parenthesis.</summary>
    private static bool EndsDateline(string text, int end)
    {
        int i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0')) i++;
        return i >= text.Length || text[i] is '\n' or '\r' or '—' or '–' or '-' or ')' or '(' or '|' or '/';
    }
}
