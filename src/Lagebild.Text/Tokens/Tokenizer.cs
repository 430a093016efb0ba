using System.Globalization;
using System.Text;
using Lagebild.Core.Model;

namespace Lagebild.Text.Tokens;

/// <summary>
/// Splits text into tokens in one pass over its characters: words (with hyphenated compounds, inner apostrophes and
/// dotted abbreviations kept whole), numbers (<c>7.12.2021</c>, <c>1.000</c>, <c>2,5</c>), ordinals (<c>7.</c> before a
/// month or a lower-case word), URLs, e-mail addresses, quotation marks classified as opening or closing, and
/// punctuation. Offsets point into the text; no substring is made.
/// </summary>
public sealed class Tokenizer(AbbreviationList abbreviations, WordList ordinalContext)
{
    public void Tokenize(string text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }

            int start = i;
            TokenKind kind;
            if (StartsUrl(text, i)) { i = UrlEnd(text, i); kind = TokenKind.Url; }
            else if (QuoteMarks.IsQuoteMark(c)) { i++; kind = ClassifyQuote(text, start); }
            else if (char.IsDigit(c)) { i = NumberEnd(text, i, out kind); }
            else if (IsWordChar(text, i)) { i = WordEnd(text, i, out kind); }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.') { i += 3; kind = TokenKind.Punctuation; }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i += 2; kind = TokenKind.Symbol; }
            else { i++; kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol; }

            tokens.Add(new Token(start, i, kind));
        }
    }

    /// <summary>A letter or combining mark, including letters outside the basic plane (surrogate pairs).</summary>
    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) return true;
        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) &&
               Rune.TryCreate(c, text[i + 1], out var rune) && Rune.IsLetter(rune);
    }

    private static int CharWidth(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static bool IsAlphanumeric(string text, int i) => i < text.Length && (char.IsDigit(text[i]) || IsWordChar(text, i));

    private int WordEnd(string text, int i, out TokenKind kind)
    {
        kind = TokenKind.Word;
        int segmentStart = i;
        bool dotted = false;
        while (i < text.Length)
        {
            if (IsWordChar(text, i) || char.IsDigit(text[i])) { i += CharWidth(text, i); continue; }

            char c = text[i];
            bool nextAlphanumeric = IsAlphanumeric(text, i + 1);
            if ((c is '-' or '‑' or '’' or '\'' or '&' or '_') && nextAlphanumeric) { i++; continue; }
            if (c == '@' && nextAlphanumeric) { kind = TokenKind.Email; i++; continue; }
            if (c == '.' && nextAlphanumeric && (kind == TokenKind.Email || i - segmentStart == 1 || dotted))
            {
                // z.B., U.S., e.g., d.h.: one-letter segments joined by periods; in an e-mail address, domain parts.
                dotted = true;
                i++;
                segmentStart = i;
                continue;
            }

            // A truncated compound ("Nato- und EU-Staaten") keeps its hyphen.
            if (c == '-' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i + 2 < text.Length && char.IsLower(text[i + 2])) { i++; }
            break;
        }

        if (i < text.Length && text[i] == '.')
        {
            int wordStart = WordStart(text, i);
            if (dotted || abbreviations.Contains(text.AsSpan(wordStart, i + 1 - wordStart)) || IsInitial(text, wordStart, i))
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>The start of the word that ends at <paramref name="end"/> (exclusive).</summary>
    private static int WordStart(string text, int end)
    {
        int i = end;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && !QuoteMarks.IsQuoteMark(text[i - 1]) && text[i - 1] is not ('(' or '[' or '/')) i--;
        return i;
    }

    /// <summary>A single capital letter followed by a period: an initial (<c>George W. Bush</c>).</summary>
    private static bool IsInitial(string text, int wordStart, int period) => period - wordStart == 1 && char.IsUpper(text[wordStart]);

    private int NumberEnd(string text, int i, out TokenKind kind)
    {
        kind = TokenKind.Number;
        while (i < text.Length)
        {
            if (char.IsDigit(text[i])) { i++; continue; }
            if (text[i] is '.' or ',' or ':' or '/' && i + 1 < text.Length && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }

        // Digits run on into letters ("2022er", "18h", "7-jährig"): one word.
        if (i < text.Length && (IsWordChar(text, i) || (text[i] == '-' && IsAlphanumeric(text, i + 1))))
        {
            return WordEnd(text, i, out kind);
        }

        if (i < text.Length && text[i] == '.' && IsOrdinalContext(text, i + 1))
        {
            kind = TokenKind.Ordinal;
            i++;
        }

        return i;
    }

    /// <summary>After <c>7.</c>: the next word is a month name (or similar) or starts in lower case.</summary>
    private bool IsOrdinalContext(string text, int i)
    {
        int j = i;
        while (j < text.Length && text[j] is ' ' or '\u00A0') j++;
        if (j == i || j >= text.Length || !char.IsLetter(text[j])) return false;
        if (char.IsLower(text[j])) return true;
        int end = j;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.')) end++;
        var word = text.AsSpan(j, end - j);
        return ordinalContext.Contains(word) || (word.Length > 1 && word[^1] == '.' && ordinalContext.Contains(word[..^1]));
    }

    private static bool StartsUrl(string text, int i)
    {
        if (text[i] is not ('h' or 'H' or 'w' or 'W')) return false;
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
               (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static int UrlEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !QuoteMarks.IsQuoteMark(text[i]) && text[i] is not ('<' or '>')) i++;
        while (text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']') i--;
        return i;
    }

    /// <summary>
    /// Opening when the mark follows a space, an opening bracket or the start and precedes a word; closing when it
    /// follows a word or punctuation and precedes a space, punctuation or the end; otherwise ambiguous.
    /// </summary>
    private static TokenKind ClassifyQuote(string text, int i)
    {
        char mark = text[i];
        if (QuoteMarks.AlwaysOpens(mark)) return TokenKind.OpeningQuote;
        bool spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '/' || QuoteMarks.IsQuoteMark(text[i - 1]) && i > 1 && char.IsWhiteSpace(text[i - 2]);
        bool spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || (char.IsPunctuation(text[i + 1]) && !QuoteMarks.IsQuoteMark(text[i + 1]) && text[i + 1] is not ('(' or '['));
        if (spaceBefore && !spaceAfter) return TokenKind.OpeningQuote;
        if (!spaceBefore && spaceAfter) return TokenKind.ClosingQuote;
        if (!spaceBefore && !spaceAfter) return mark is '«' or '»' ? TokenKind.AmbiguousQuote : TokenKind.ClosingQuote;
        return TokenKind.AmbiguousQuote;
    }
}
