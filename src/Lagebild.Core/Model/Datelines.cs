using Lagebild.Core.Lookup;

namespace Lagebild.Core.Model;

/// <summary>
/// The dateline that may open a paragraph (<c>KYIV, Feb 24 (Reuters) -</c>, <c>WASHINGTON —</c>, <c>Bamako (dpa) -</c>):
/// it says where and when a report was filed, not who did or said what.
/// </summary>
public static class Datelines
{
    /// <summary>How many tokens a dateline may take before its dash.</summary>
    private const int Reach = 12;

    /// <summary>
    /// The first token of sentence <paramref name="sentence"/> after a dateline that opens its paragraph: capitalised
    /// words, numbers and a parenthesised agency, then a spaced dash that follows the agency or a first word in
    /// capitals. The sentence's first token when there is none.
    /// </summary>
    public static int ContentStart(this Document document, int sentence)
    {
        var s = document.Sentences[sentence];
        var tokens = document.Tokens;
        int start = Math.Max(0, s.FirstToken), end = Math.Min(tokens.Count, s.EndToken);
        if (start >= end || !document.OpensParagraph(sentence)) return start;
        var text = document.Text;
        int depth = 0;
        bool capitalsFirst = tokens[start].Kind == TokenKind.Word && Capitals.Only(document.Slice(tokens[start]), 2);
        for (int t = start; t < Math.Min(end - 1, start + Reach); t++)
        {
            var token = tokens[t];
            char c = text[token.Start];
            if (token.Kind == TokenKind.Word)
            {
                if (depth == 0 && !char.IsUpper(c)) return start;
                continue;
            }

            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c is '-' or '–' or '—' && token.End - token.Start == 1 && t > start && depth == 0 && IsSpaced(tokens, t)
                     && (capitalsFirst || text[tokens[t - 1].Start] == ')'))
            {
                return t + 1;
            }
        }

        return start;
    }

    private static bool IsSpaced(List<Token> tokens, int t) =>
        t > 0 && tokens[t].Start > tokens[t - 1].End && (t + 1 >= tokens.Count || tokens[t + 1].Start > tokens[t].End);
}
