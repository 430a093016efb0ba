using Lagebild.Core.Model;

namespace Lagebild.Entities.Matching;

/// <summary>
/// Persons missing from the lexicon, found from their context: a known given name or a person title
/// (<c>Politologe</c>, <c>Mr.</c>) followed by capitalised words that no lexicon entry claims.
/// </summary>
public sealed class UnknownPersonFinder(ContextWords words)
{
    private const int MaximumNameWords = 3;

    public void Find(Document document, Sentence sentence, Func<int, bool> isTaken, List<(int Start, int End, string Rule)> found)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // A title after a title (prime minister Sheikh …) is not yet the name.
            if (isTaken(i) || !IsCapitalisedWord(text, tokens[i]) || IsTitle(text, tokens[i])) continue;
            var word = tokens[i].Slice(text);
            bool givenName = words.IsGivenName(word);
            bool afterTitle = i > sentence.FirstToken && IsTitle(text, tokens[i - 1]);
            if (!givenName && !afterTitle) continue;

            int end = i + 1;
            while (end < sentence.EndToken && end - i < MaximumNameWords && !isTaken(end) && IsCapitalisedWord(text, tokens[end]) &&
                   tokens[end].Start - tokens[end - 1].End == 1 && !StartsDescription(text, tokens, end, sentence.EndToken))
            {
                end++;
            }

            // A given name alone is no name; after a title one capitalised word is enough.
            if (end - i < 2 && !afterTitle) continue;
            if (end - i < 2 && givenName) continue;
            found.Add((tokens[i].Start, tokens[end - 1].End, givenName ? "context:given-name" : "context:title+name"));
            i = end - 1;
        }
    }

    /// <summary>
    /// The word is a title, or a capitalised attribute right before one (a byline "Anna Berg Politische Korrespondentin"):
    /// the name ends before it.
    /// </summary>
    private bool StartsDescription(string text, List<Token> tokens, int index, int end) =>
        IsTitle(text, tokens[index]) || (index + 1 < end && tokens[index + 1].Kind == TokenKind.Word && IsTitle(text, tokens[index + 1]));

    private bool IsTitle(string text, Token token)
    {
        var word = token.Slice(text);
        if (words.IsPersonTitle(word)) return true;
        int dash = word.LastIndexOf('-');
        return dash > 0 && words.IsPersonTitle(word[(dash + 1)..]);
    }

    private static bool IsCapitalisedWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Length > 1 && char.IsUpper(text[token.Start]) && char.IsLower(text[token.End - 1]) &&
        text.AsSpan(token.Start, token.Length).IndexOf('-') < 0;
}
