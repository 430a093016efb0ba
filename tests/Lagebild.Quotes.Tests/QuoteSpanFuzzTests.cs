using Lagebild.Core.Model;
using Lagebild.Quotes.Tests.Support;

namespace Lagebild.Quotes.Tests;

/// <summary>Random text with random quotation marks, cues and entities: the stage never crashes and every span is the text's own.</summary>
public class QuoteSpanFuzzTests
{
    private static readonly string[] Pieces =
    [
        "sagte", "so", "laut", "er", "sei", "habe", ",", ".", ":", "„", "“", "»", "«", "\"", "'", "‚", "‘",
        "Gondor", "der", "Sprecher", "dass", "said", "that", "according", "to", "wie", "erklärte", "mit",
        "teilte", "\n\n", "\n", "Man", "werde", "zufolge", "–", "ein", "Beamter", "hieß", "es",
    ];

    [Fact]
    public void Random_documents_give_quotes_whose_text_is_the_slice_of_the_document()
    {
        var stage = TestLexicons.Production;
        var random = new Random(20211207);
        for (int round = 0; round < 500; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            string text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            var document = TestDocuments.Build(text, round % 2 == 0 ? "de" : "en");
            int at = text.IndexOf("Gondor", StringComparison.Ordinal);
            if (at >= 0) document.Entities.Add(new EntityMention(at, at + 6, "Gondor", "GPE", "Gondor", "GON", "test"));
            stage.Process(document);
            foreach (var q in document.Quotes)
            {
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.End, q.Start + 1, text.Length);
                Assert.Equal(text[q.Start..q.End], q.Text);
            }
        }
    }

    [Fact]
    public void A_document_without_tokens_gets_no_quotes()
    {
        var document = new Document("empty", "„Halt“, sagte er.") { Language = "de" };
        TestLexicons.Production.Process(document);
        Assert.Empty(document.Quotes);
    }
}
