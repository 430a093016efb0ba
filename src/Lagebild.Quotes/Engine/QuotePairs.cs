using Lagebild.Core.Model;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes.Engine;

/// <summary>An outermost pair of quotation marks: token indices of the opening and closing marks.</summary>
public readonly record struct QuotePair(int Open, int Close);

/// <summary>Pairs quotation marks across a document; nested pairs stay inside their outer pair.</summary>
public static class QuotePairing
{
    /// <summary>The outermost quotation pairs, in text order. An unclosed mark is dropped at a paragraph break.</summary>
    public static List<QuotePair> Find(Document document, QuoteMarks marks, IReadOnlyList<int> paragraphOfToken)
    {
        var pairs = new List<QuotePair>();
        var stack = new List<(int Token, char Mark)>();
        var tokens = document.Tokens;
        string text = document.Text;
        int paragraph = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length != 1 || !IsMarkKind(token.Kind)) continue;
            char c = text[token.Start];
            if (!marks.IsMark(c)) continue;
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol && c is '\'' or '’') continue;

            if (paragraphOfToken[i] != paragraph)
            {
                stack.Clear();
                paragraph = paragraphOfToken[i];
            }

            if (token.Kind != TokenKind.OpeningQuote && TryClose(stack, c, marks, out int openToken))
            {
                if (stack.Count == 0) pairs.Add(new QuotePair(openToken, i));
                continue;
            }

            if (token.Kind != TokenKind.ClosingQuote && marks.CanOpen(c)) stack.Add((i, c));
        }

        return pairs;
    }

    private static bool IsMarkKind(TokenKind kind) =>
        kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote or TokenKind.Punctuation or TokenKind.Symbol;

    private static bool TryClose(List<(int Token, char Mark)> stack, char c, QuoteMarks marks, out int openToken)
    {
        for (int d = stack.Count - 1; d >= 0; d--)
        {
            if (!marks.Closes(stack[d].Mark, c)) continue;
            openToken = stack[d].Token;
            stack.RemoveRange(d, stack.Count - d);
            return true;
        }

        openToken = -1;
        return false;
    }
}
