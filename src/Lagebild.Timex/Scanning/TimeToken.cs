namespace Lagebild.Timex.Scanning;

/// <summary>What a scanned token is made of.</summary>
public enum TimeTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// A token as the time matcher sees it: letters, digits or one punctuation character.
/// <paramref name="Glued"/> is true when no whitespace separates it from the previous token.
/// <paramref name="LineBreakBefore"/> is true when a line break lies between it and the previous token.
/// </summary>
public readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, bool Glued, bool LineBreakBefore)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);
}
