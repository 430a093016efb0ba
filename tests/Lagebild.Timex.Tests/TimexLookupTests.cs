using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

public sealed class TimexLookupTests
{
    private static Document Analysed(string text)
    {
        var document = new Document("lookup", text) { Language = "de", Dct = new DocumentDate("2021-12-09", DateBasis.Given) };
        StageFixture.Stage.Process(document);
        return document;
    }

    [Fact]
    public void The_date_of_a_clause_is_the_dated_timex_nearest_the_trigger()
    {
        const string text = "Seit Jahren streiten sie, am Montag trafen sich die Minister und am 20. Januar wollen sie erneut verhandeln.";
        var document = Analysed(text);
        int trigger = text.IndexOf("trafen", StringComparison.Ordinal);
        Assert.Equal("2021-12-06", TimexLookup.DateFor(document, new TextSpan(0, text.Length), trigger));
        int later = text.IndexOf("verhandeln", StringComparison.Ordinal);
        Assert.Equal("2022-01-20", TimexLookup.DateFor(document, new TextSpan(0, text.Length), later));
    }

    [Fact]
    public void Durations_and_vague_references_give_no_event_date()
    {
        const string text = "Seit Jahren verhandeln sie derzeit ohne Ergebnis.\nAm Freitag trafen sie sich.";
        var document = Analysed(text);
        Assert.Null(TimexLookup.EventDate(document, text.IndexOf("verhandeln", StringComparison.Ordinal)));
        Assert.Equal("2021-12-03", TimexLookup.EventDate(document, text.IndexOf("trafen", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sentences_bound_the_event_date_when_the_document_has_them()
    {
        const string text = "Am Freitag trafen sie sich. Danach blieb es ruhig.";
        var document = Analysed(text);
        document.Sentences.Add(new Sentence(0, 27, 0, 0, 0));
        document.Sentences.Add(new Sentence(28, text.Length, 0, 0, 0));
        Assert.Null(TimexLookup.EventDate(document, text.IndexOf("blieb", StringComparison.Ordinal)));
    }
}
