using Lagebild.Core.Model;

namespace Lagebild.Text.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends after <c>. ! ? …</c> (with the closing quotation marks and brackets
/// that follow), unless the next token continues it (a comma, a lower-case word); at a blank line, which also starts a
/// new paragraph; and at a single line break unless the next line starts in lower case (headlines, captions, bylines).
/// Abbreviations and ordinals never end a sentence: the tokenizer keeps their period inside the token.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// No news sentence runs this long; text without sentence ends (lists, tables, junk, one endless line) is cut into
    /// pieces of at most this many tokens, preferably after a comma or semicolon, so that every later stage's work per
    /// sentence stays bounded and the whole pipeline linear in the text's length.
    /// </summary>
    public const int MaximumTokens = 300;

    private const int CutSearch = 100;

    public static void Split(string text, List<Token> tokens, List<Sentence> sentences)
    {
        if (tokens.Count == 0) return;
        int first = 0;
        int paragraph = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            int next = i + 1;
            if (next - first >= MaximumTokens)
            {
                int cut = CutPoint(text, tokens, first, next);
                Close(tokens, sentences, first, cut, paragraph);
                first = cut;
                continue;
            }

            if (IsTerminal(text, token))
            {
                // The closing marks and brackets after the terminal belong to the sentence that ends.
                while (next < tokens.Count && IsCloser(text, tokens[next]) && !LineBreakBetween(text, tokens[next - 1], tokens[next], out _)) next++;
                if (next < tokens.Count && ContinuesSentence(text, tokens[next]) && !LineBreakBetween(text, tokens[next - 1], tokens[next], out _))
                {
                    i = next - 1;
                    continue;
                }

                int newlines = next < tokens.Count && LineBreakBetween(text, tokens[next - 1], tokens[next], out var count) ? count : 0;
                Close(tokens, sentences, first, next, paragraph);
                if (newlines >= 2) paragraph++;
                first = next;
                i = next - 1;
                continue;
            }

            if (next < tokens.Count && LineBreakBetween(text, token, tokens[next], out int breaks))
            {
                bool blankLine = breaks >= 2;
                if (blankLine || !StartsLowerCase(text, tokens[next]))
                {
                    Close(tokens, sentences, first, next, paragraph);
                    if (blankLine) paragraph++;
                    first = next;
                }
            }
        }

        if (first < tokens.Count) Close(tokens, sentences, first, tokens.Count, paragraph);
    }

    /// <summary>Where to cut an overlong run of tokens: after the last comma or semicolon in its tail, else at its end.</summary>
    private static int CutPoint(string text, List<Token> tokens, int first, int end)
    {
        for (int k = end - 1; k > Math.Max(first, end - CutSearch); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ';') return k + 1;
        }

        return end;
    }

    private static void Close(List<Token> tokens, List<Sentence> sentences, int first, int end, int paragraph)
    {
        if (end <= first) return;
        sentences.Add(new Sentence(tokens[first].Start, tokens[end - 1].End, first, end - first, paragraph));
    }

    private static bool IsTerminal(string text, in Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        char c = text[token.Start];
        return c is '.' or '!' or '?' or '…' or '‼' or '⁇';
    }

    private static bool IsCloser(string text, in Token token) =>
        token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote ||
        (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']' or '!' or '?' or '.' or '…');

    /// <summary>A token that cannot start a sentence: punctuation that continues it, or a lower-case word.</summary>
    private static bool ContinuesSentence(string text, in Token token)
    {
        if (token.Kind == TokenKind.Punctuation) return text[token.Start] is ',' or ';' or ':' or ')' or '-' or '–';
        return token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);
    }

    private static bool StartsLowerCase(string text, in Token token) => char.IsLower(text[token.Start]);

    /// <summary>Whether a line break separates two neighbouring tokens, and how many.</summary>
    private static bool LineBreakBetween(string text, in Token before, in Token after, out int count)
    {
        count = 0;
        for (int i = before.End; i < after.Start; i++)
        {
            if (text[i] == '\n') count++;
            else if (text[i] == '\r' && (i + 1 >= after.Start || text[i + 1] != '\n')) count++;
        }

        return count > 0;
    }
}
