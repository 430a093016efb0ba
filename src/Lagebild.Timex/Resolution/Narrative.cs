namespace Lagebild.Timex.Resolution;

/// <summary>How far an explicit date carries the story: weekdays and parts of day after it may refer to it.</summary>
public static class Narrative
{
    /// <summary>How far (characters) after an explicit date a later expression may still continue its story.</summary>
    public const int Reach = 300;

    /// <summary>An explicit date with its year further than this (days) from the document's present starts its own story.</summary>
    public const int Distance = 30;

    /// <summary>Whether an expression at <paramref name="start"/> still belongs to the story of a date ending at
    /// <paramref name="anchorEnd"/>: close by and in the same paragraph.</summary>
    public static bool Continues(string text, int anchorEnd, int start) =>
        start - anchorEnd <= Reach && !HasParagraphBreak(text.AsSpan(anchorEnd, start - anchorEnd));

    /// <summary>
    /// Whether an explicit date is the reference for a weekday after it: in the same paragraph, close by,
    /// and far enough from the document's present that the document date cannot be meant.
    /// </summary>
    public static bool IsAnchor(string text, DateOnly anchor, int anchorEnd, int start, ReferenceTime? reference)
    {
        if (start - anchorEnd > Reach) return false;
        if (reference?.Day is { } r && Math.Abs(r.DayNumber - anchor.DayNumber) <= Distance) return false;
        return !HasParagraphBreak(text.AsSpan(anchorEnd, start - anchorEnd));
    }

    public static bool HasParagraphBreak(ReadOnlySpan<char> between)
    {
        bool afterNewline = false;
        foreach (char c in between)
        {
            if (c == '\n')
            {
                if (afterNewline) return true;
                afterNewline = true;
            }
            else if (!char.IsWhiteSpace(c)) afterNewline = false;
        }

        return false;
    }
}
