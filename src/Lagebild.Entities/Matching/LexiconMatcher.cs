using Lagebild.Core.Lookup;
using Lagebild.Core.Model;
using Lagebild.Entities.Lexicon;

namespace Lagebild.Entities.Matching;

/// <summary>A lexicon hit: the span it covers and the entry it stands for.</summary>
public readonly record struct LexiconHit(int Start, int End, int FirstToken, int TokenCount, LexiconEntry Entry);

/// <summary>
/// One pass over a sentence's tokens: at each word the longest lexicon form starting there wins. A hyphenated compound
/// that is not itself a form is searched part by part (<c>US-Präsident</c> → <c>US</c>, <c>Biden-Putin-Gipfel</c> →
/// two persons). An English possessive (<c>Putin's</c>) matches without its ending.
/// </summary>
public sealed class LexiconMatcher(FormTrie forms)
{
    public void Match(Document document, Sentence sentence, List<LexiconHit> hits)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        int i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                i++;
                continue;
            }

            var hit = Longest(text, tokens, i, sentence.EndToken)
                ?? (i == sentence.FirstToken && document.OpensParagraph(document.SentenceIndexAt(sentence.Start)) ? DatelinePlace(text, tokens, i, sentence.EndToken) : null);
            if (hit is { } found)
            {
                hits.Add(found);
                i += found.TokenCount;
                continue;
            }

            MatchInsideWord(text, token, i, hits);
            i++;
        }
    }

    private LexiconHit? Longest(string text, List<Token> tokens, int first, int end)
    {
        var node = forms.Root(tokens[first].Slice(text));
        LexiconHit? best = null;
        int k = first;
        while (node is not null)
        {
            if (node.Entry is { } entry) best = new LexiconHit(tokens[first].Start, tokens[k].End, first, k - first + 1, entry);
            if (++k >= end || !Adjacent(text, tokens[k - 1], tokens[k])) break;
            var word = tokens[k].Slice(text);
            var next = node.Next(word);

            // `Min Aung Hlaing's`: the last word of a longer name may carry the possessive.
            int possessive = next is null ? PossessiveLength(word) : 0;
            if (possessive > 0 && node.Next(word[..^possessive])?.Entry is { } owner)
            {
                return new LexiconHit(tokens[first].Start, tokens[k].End - possessive, first, k - first + 1, owner);
            }

            node = next;
        }

        return best;
    }

    /// <summary>
    /// A dateline in capitals (<c>GOMA, Feb 3</c>, <c>NEW YORK —</c>) at the start of a paragraph: its words are
    /// looked up as if written in title case. Returns the hit, or null.
    /// </summary>
    private LexiconHit? DatelinePlace(string text, List<Token> tokens, int first, int end)
    {
        Span<char> buffer = stackalloc char[64];
        FormTrie.Node? node = null;
        LexiconHit? best = null;
        for (int k = first; k < end && k < first + 4; k++)
        {
            var word = tokens[k].Slice(text);
            if (tokens[k].Kind != TokenKind.Word || word.Length > buffer.Length || !Capitals.Only(word, 3)) break;
            if (k > first && !Adjacent(text, tokens[k - 1], tokens[k])) break;
            var title = buffer[..word.Length];
            word.ToLowerInvariant(title);
            title[0] = char.ToUpperInvariant(word[0]);
            node = k == first ? forms.Root(title) : node?.Next(title);
            if (node is null) break;
            if (node.Entry is { } entry) best = new LexiconHit(tokens[first].Start, tokens[k].End, first, k - first + 1, entry);
        }

        return best;
    }

    /// <summary>Neighbouring words of one form: only spaces between them, no line break.</summary>
    private static bool Adjacent(string text, Token before, Token after)
    {
        for (int i = before.End; i < after.Start; i++)
        {
            if (text[i] is '\n' or '\r') return false;
        }

        return after.Start - before.End <= 2;
    }

    private void MatchInsideWord(string text, Token token, int index, List<LexiconHit> hits)
    {
        var word = token.Slice(text);
        int possessive = PossessiveLength(word);
        if (possessive > 0 && forms.Root(word[..^possessive])?.Entry is { } owner)
        {
            hits.Add(new LexiconHit(token.Start, token.End - possessive, index, 1, owner));
            return;
        }

        if (word.IndexOf('-') < 0) return;

        // Part boundaries: part p spans [starts[p], starts[p + 1] - 1).
        Span<int> starts = stackalloc int[Math.Min(word.Length, 64) + 1];
        int parts = 0;
        starts[parts++] = 0;
        for (int c = 0; c < word.Length && parts < starts.Length - 1; c++)
        {
            if (word[c] == '-') starts[parts++] = c + 1;
        }

        starts[parts] = word.Length + 1;
        int p = 0;
        while (p < parts)
        {
            // The longest run of parts from p that is a form (NATO-Russland-Rat inside a longer compound), else none.
            int matchedUpTo = -1;
            LexiconEntry? entry = null;
            for (int q = parts - 1; q >= p && entry is null; q--)
            {
                int from = starts[p], to = starts[q + 1] - 1;
                if (to > from && forms.Root(word[from..to])?.Entry is { } found)
                {
                    entry = found;
                    matchedUpTo = q;
                }
            }

            if (entry is null)
            {
                p++;
                continue;
            }

            hits.Add(new LexiconHit(token.Start + starts[p], token.Start + starts[matchedUpTo + 1] - 1, index, 1, entry));
            p = matchedUpTo + 1;
        }
    }

    private static int PossessiveLength(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’' ? 2 : 0;
}
