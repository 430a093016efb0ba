using Lagebild.Core.Model;

namespace Lagebild.Timex;

/// <summary>
/// What later stages ask of the time layer: the resolved date of a span, of the clause an event sits in,
/// or of the sentence around a trigger. Reads only <see cref="Document.Timexes"/> (sorted by start) and
/// <see cref="Document.Sentences"/>.
/// </summary>
public static class TimexLookup
{
    /// <summary>The timexes that overlap <paramref name="span"/>, in text order.</summary>
    public static IEnumerable<TimexMention> Within(Document document, TextSpan span)
    {
        foreach (var t in document.Timexes)
        {
            if (t.Start >= span.End) yield break;
            if (t.End > span.Start) yield return t;
        }
    }

    /// <summary>
    /// The TIMEX3 value of the date (DATE or TIME, not a vague reference) inside <paramref name="clause"/>
    /// nearest to <paramref name="anchor"/> (an offset, e.g. the event trigger; the clause start when null),
    /// or null when the clause names none.
    /// </summary>
    public static string? DateFor(Document document, TextSpan clause, int? anchor = null) =>
        NearestDate(document, clause, anchor ?? clause.Start)?.Value;

    /// <summary>
    /// The date of an event whose trigger starts at <paramref name="triggerOffset"/>: the nearest DATE or
    /// TIME timex in the trigger's sentence (durations and sets are ignored), or null.
    /// </summary>
    public static string? EventDate(Document document, int triggerOffset) =>
        NearestDate(document, SentenceAround(document, triggerOffset), triggerOffset)?.Value;

    /// <summary>The nearest dated timex in <paramref name="span"/> to <paramref name="anchor"/>.</summary>
    public static TimexMention? NearestDate(Document document, TextSpan span, int anchor)
    {
        TimexMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in Within(document, span))
        {
            if (!IsDated(t)) continue;
            int distance = anchor < t.Start ? t.Start - anchor : anchor >= t.End ? anchor - t.End + 1 : 0;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>A DATE or TIME with a calendar value (not PAST_REF, PRESENT_REF, FUTURE_REF, not unresolved).</summary>
    public static bool IsDated(TimexMention timex) =>
        timex.Type is "DATE" or "TIME" && timex.Value.Length > 0 && char.IsAsciiDigit(timex.Value[0]);

    /// <summary>The sentence containing <paramref name="offset"/>, or the text between line breaks when the
    /// document has no sentences.</summary>
    public static TextSpan SentenceAround(Document document, int offset)
    {
        int index = document.SentenceIndexAt(offset);
        if (index >= 0) return document.Sentences[index].Span;
        string text = document.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        int start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        int end = text.IndexOf('\n', offset);
        return new TextSpan(start, end < 0 ? text.Length : end);
    }
}
