using Lagebild.Core.Model;
using Xunit;

namespace Lagebild.Core.Tests;

public sealed class DatelineTests
{
    /// <summary>One sentence, one paragraph, tokens split at spaces and around punctuation.</summary>
    private static Document OneSentence(string text)
    {
        var document = new Document("test", text);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                document.Tokens.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                document.Tokens.Add(new Token(start, i, TokenKind.Punctuation));
            }
        }

        document.Sentences.Add(new Sentence(0, text.Length, 0, document.Tokens.Count, 0));
        return document;
    }

    [Theory]
    [InlineData("Bamako (dpa) - Die Regierung verwies den Botschafter.", "Die")]
    [InlineData("KYIV, Feb 24 (Reuters) - Russia launched an attack.", "Russia")]
    [InlineData("WASHINGTON — The Senate passed the bill.", "The")]
    [InlineData("Die Regierung in Bamako - so heißt es - verwies ihn.", "Die")]
    [InlineData("Russia and Ukraine - both exhausted - met in Istanbul.", "Russia")]
    public void The_content_of_a_paragraph_starts_after_its_dateline(string text, string firstWord)
    {
        var document = OneSentence(text);
        int first = document.ContentStart(0);
        Assert.Equal(firstWord, document.Slice(document.Tokens[first]).ToString());
    }
}
