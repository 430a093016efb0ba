using Lagebild.Core.Model;
using Lagebild.Events.Lexicon;

namespace Lagebild.Events.Roles;

/// <summary>
/// Reads the sessions a meeting noun lists after a break: "Gespräche – dem ersten am Montag in Genf und dem letzten am
/// Mittwoch in Brüssel – und einem dritten …", "three rounds of talks: the first on Monday, the second …". Each item
/// opens with an ordinal, perhaps behind an article, and runs to the next item or the next clause break.
/// </summary>
internal sealed class SessionList(Document document, ContextCues cues)
{
    /// <summary>The token ranges [First, End) of the items after the break at <paramref name="breakToken"/>; empty if none.</summary>
    public List<(int First, int End)> ItemsAfter(int breakToken, int sentenceEnd)
    {
        var items = new List<(int First, int End)>();
        int t = breakToken;
        while (t < sentenceEnd)
        {
            if (IsSeparator(t))
            {
                t++;
                continue;
            }

            int ordinal = OrdinalAt(t, sentenceEnd);
            if (ordinal < 0) break;
            int end = ordinal + 1;
            while (end < sentenceEnd && !IsBreak(end) && !(IsAnd(end) && OrdinalAt(end + 1, sentenceEnd) >= 0)) end++;
            items.Add((t, end));
            t = end;
        }

        return items;
    }

    /// <summary>The ordinal's token when an item opens at <paramref name="t"/> (dem ersten, the first, third), else -1.</summary>
    private int OrdinalAt(int t, int sentenceEnd)
    {
        if (t >= sentenceEnd || document.Tokens[t].Kind != TokenKind.Word) return -1;
        var word = document.Slice(document.Tokens[t]);
        if (cues.Is(word, WordClass.Ordinal)) return t;
        if (!cues.Is(word, WordClass.Determiner | WordClass.Indefinite) || t + 1 >= sentenceEnd) return -1;
        return cues.Is(document.Slice(document.Tokens[t + 1]), WordClass.Ordinal) ? t + 1 : -1;
    }

    private bool IsSeparator(int t) => IsBreak(t) || IsAnd(t);

    private bool IsAnd(int t) => document.Tokens[t].Kind == TokenKind.Word && cues.KindOf(document.Slice(document.Tokens[t])) == CueKind.And;

    private bool IsBreak(int t)
    {
        var token = document.Tokens[t];
        return token.Kind == TokenKind.Punctuation && document.Slice(token) is "," or ";" or ":" or "–" or "—" or "(" or ")";
    }
}
