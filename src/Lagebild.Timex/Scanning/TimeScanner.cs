namespace Lagebild.Timex.Scanning;

/// <summary>
/// Splits text into runs of letters, runs of digits and single other characters in one pass. Letters and digits
/// are separate runs (<c>1990er</c> is <c>1990</c> + glued <c>er</c>), so patterns can ask for glued pieces.
/// </summary>
public static class TimeScanner
{
    /// <summary>The tokens of <paramref name="text"/>; dispose the list when done with it.</summary>
    public static TimeTokenList Scan(string text)
    {
        var tokens = new TimeTokenList(text.Length / 5 + 4);
        int i = 0;
        bool glued = false, lineBreak = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r') lineBreak = true;
                glued = false;
                i++;
                continue;
            }

            int start = i;
            TimeTokenKind kind;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                kind = TimeTokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                kind = TimeTokenKind.Number;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                kind = TimeTokenKind.Punctuation;
            }

            tokens.Add(new TimeToken(start, i, kind, glued && tokens.Count > 0, lineBreak));
            glued = true;
            lineBreak = false;
        }

        return tokens;
    }
}
