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

        // A dateline: an explicit full date with its year that ends its line or stands before a dash or a
        // closing parenthesis (WASHINGTON, Feb. 11, 2022 — …; (Genf, 7.12.2021)), near the start or the end.
        string trimmed = document.Text.TrimEnd();
        for (int i = pending.Count - 1; i >= 0; i--)
        {
            var p = pending[i];
            if (p.Match.Get("year") is null) continue;
            bool nearEdge = p.Match.End >= trimmed.Length - DatelineReach || p.Match.Start - storyStart <= DatelineStartReach;
            if (!nearEdge || !EndsDateline(document.Text, p.Match.End)) continue;
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

    /// <summary>Whether a date is followed by a line end, the text end, a dash or a closing parenthesis.</summary>
    private static bool EndsDateline(string text, int end)
    {
        int i = end;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0')) i++;
        return i >= text.Length || text[i] is '\n' or '\r' or '—' or '–' or '-' or ')' or '|' or '/';
    }
}
