using Lagebild.Core.Model;

namespace Lagebild.Quotes.Tests.Support;

/// <summary>
/// Builds documents by hand for engine tests: a plain tokenizer and sentence splitter (good enough for invented
/// sentences), plus entity mentions and actor references added by their text.
/// </summary>
public static class TestDocuments
{
    private const string QuoteChars = "„“”»«‚‘’\"'";

    public static Document Build(string text, string language = "de")
    {
        var document = new Document("test", text) { Language = language };
        Tokenize(document);
        SplitSentences(document);
        return document;
    }

    /// <summary>Adds an entity mention over the <paramref name="occurrence"/>-th occurrence of <paramref name="mention"/>.</summary>
    public static Document Entity(this Document document, string mention, string type, string? id, string? actorCode = null, int occurrence = 1)
    {
        int start = Find(document.Text, mention, occurrence);
        document.Entities.Add(new EntityMention(start, start + mention.Length, mention, type, id, actorCode, "test"));
        document.Entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return document;
    }

    /// <summary>Adds an actor reference (a role noun resolved by the entities stage).</summary>
    public static Document Reference(this Document document, string phrase, string? entityId, string? actorCode, int occurrence = 1)
    {
        int start = Find(document.Text, phrase, occurrence);
        document.ActorReferences.Add(new ActorReference(start, start + phrase.Length, phrase, entityId, actorCode, "test"));
        return document;
    }

    private static int Find(string text, string mention, int occurrence)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(mention, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{mention}' occurs fewer than {occurrence} times");
        }

        return at;
    }

    private static void Tokenize(Document document)
    {
        string text = document.Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                       || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                document.Tokens.Add(new Token(start, i, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            var kind = QuoteChars.Contains(c) ? TokenKind.AmbiguousQuote : TokenKind.Punctuation;
            document.Tokens.Add(new Token(i, i + 1, kind));
            i++;
        }
    }

    private static void SplitSentences(Document document)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        int first = 0, paragraph = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            bool end = t == tokens.Count - 1;
            int newParagraph = paragraph;
            if (!end)
            {
                string gap = text[tokens[t].End..tokens[t + 1].Start];
                if (gap.Contains("\n\n")) newParagraph = paragraph + 1;
                char c = text[tokens[t].Start];
                bool final = tokens[t].Length == 1 && c is '.' or '!' or '?';
                if (final && tokens[t + 1].Kind == TokenKind.AmbiguousQuote && IsClosing(tokens, t + 1, text)) final = false;
                bool quoteAfterFinal = tokens[t].Kind == TokenKind.AmbiguousQuote && t > 0
                                       && text[tokens[t - 1].Start] is '.' or '!' or '?' && gap.Length > 0;
                end = gap.Contains('\n') || ((final || quoteAfterFinal) && gap.Length > 0);
            }

            if (!end) continue;
            var sentence = new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1, paragraph);
            document.Sentences.Add(sentence);
            first = t + 1;
            paragraph = newParagraph;
        }
    }

    /// <summary>A quote mark right after a full stop with no space closes the quotation.</summary>
    private static bool IsClosing(List<Token> tokens, int t, string text) => tokens[t].Start == tokens[t - 1].End;
}
