using Lagebild.Core.Model;

namespace Lagebild.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void The_sentence_and_token_at_an_offset_are_found_by_binary_search()
    {
        var document = new Document("d", "Ja. Nein.");
        document.Tokens.AddRange([new(0, 2, TokenKind.Word), new(2, 3, TokenKind.Punctuation), new(4, 8, TokenKind.Word), new(8, 9, TokenKind.Punctuation)]);
        document.Sentences.AddRange([new(0, 3, 0, 2, 0), new(4, 9, 2, 2, 0)]);
        Assert.Equal(0, document.SentenceIndexAt(1));
        Assert.Equal(-1, document.SentenceIndexAt(3));
        Assert.Equal(1, document.SentenceIndexAt(8));
        Assert.Equal(2, document.TokenIndexAt(4));
        Assert.Equal(2, document.TokenIndexAt(3));
        Assert.Equal(4, document.TokenIndexAt(9));
    }
}
