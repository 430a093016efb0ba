using Lagebild.Core.Model;

namespace Lagebild.Events.Tests;

/// <summary>Builds analysed documents by hand: whitespace/punctuation tokens, one sentence, given entities.</summary>
internal static class TestDocuments
{
    public static Document Build(string text, string language, params (string Mention, string Type, string? Id, string? Code)[] entities)
    {
        var document = new Document("test", text) { Language = language };
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-')) i++;
                document.Tokens.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                document.Tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }

        document.Sentences.Add(new Sentence(0, text.Length, 0, document.Tokens.Count, 0));
        int from = 0;
        foreach (var (mention, type, id, code) in entities)
        {
            int at = text.IndexOf(mention, from, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{mention}' is not in the text");
            document.Entities.Add(new EntityMention(at, at + mention.Length, mention, type, id, code, "test"));
            from = at + mention.Length;
        }

        return document;
    }

    /// <summary>Splits the single sentence of a built document at every full stop after a word.</summary>
    public static Document InSentences(this Document document)
    {
        var tokens = document.Tokens;
        document.Sentences.Clear();
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            bool stop = document.Text[tokens[t].Start] == '.' && t > 0 && tokens[t - 1].Kind == TokenKind.Word;
            if (!stop && t < tokens.Count - 1) continue;
            document.Sentences.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t + 1 - first, 0));
            first = t + 1;
        }

        return document;
    }

    public static void AddTimex(Document document, string phrase, string value)
    {
        int at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
        document.Timexes.Add(new TimexMention(at, at + phrase.Length, phrase, "DATE", value, null, "test"));
    }
}
