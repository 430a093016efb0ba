using Lagebild.Core.Model;
using Lagebild.Quotes.Engine;
using Lagebild.Quotes.Lexicon;
using Lagebild.Quotes.Tests.Support;

namespace Lagebild.Quotes.Tests.Engine;

public class QuotePairingTests
{
    private static QuoteMarks Marks()
    {
        var marks = new QuoteMarks();
        marks.Add('„', "“”\"");
        marks.Add('“', "”“\"");
        marks.Add('»', "«");
        marks.Add('«', "»");
        marks.Add('‚', "‘’'");
        marks.Add('"', "\"“”");
        return marks;
    }

    private static List<string> Quoted(string text)
    {
        var document = TestDocuments.Build(text);
        var paragraphs = new int[document.Tokens.Count];
        foreach (var s in document.Sentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++) paragraphs[t] = s.Paragraph;
        }

        return QuotePairing.Find(document, Marks(), paragraphs)
            .Select(p => text[document.Tokens[p.Open].End..document.Tokens[p.Close].Start])
            .ToList();
    }

    [Theory]
    [InlineData("Er rief „Halt“ und ging.", "Halt")]
    [InlineData("He said “stop” and left.", "stop")]
    [InlineData("Er rief »Halt« und ging.", "Halt")]
    [InlineData("Er rief «Halt» und ging.", "Halt")]
    [InlineData("He said \"stop\" and left.", "stop")]
    public void Every_quotation_style_pairs_its_marks(string text, string expected)
    {
        Assert.Equal([expected], Quoted(text));
    }

    [Fact]
    public void A_nested_quotation_stays_inside_the_outer_one()
    {
        Assert.Equal(["Wir fragten ‚warum‘ und schwiegen."], Quoted("„Wir fragten ‚warum‘ und schwiegen.“ Dann ging er."));
    }

    [Fact]
    public void A_quotation_may_span_several_sentences()
    {
        Assert.Equal(["Eins. Zwei. Drei."], Quoted("Sie sagte: „Eins. Zwei. Drei.“ Dann ging sie."));
    }

    [Fact]
    public void An_unclosed_mark_is_dropped_at_a_paragraph_break()
    {
        Assert.Equal(["neu"], Quoted("Er rief „Halt und ging.\n\nDann kam „neu“ dazu."));
    }
}
