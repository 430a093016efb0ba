using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Quotes.Tests.Support;

namespace Lagebild.Quotes.Tests;

/// <summary>Runs the examples beside the rule files (<c>data/&lt;lang&gt;/quotes/corpus.yaml</c>) with the production lexicon.</summary>
public class QuoteCorpusTests
{
    public sealed class Corpus
    {
        public List<Case> Cases { get; set; } = [];
    }

    public sealed class Case
    {
        public string Text { get; set; } = "";

        public List<List<string?>> Entities { get; set; } = [];

        public List<List<string?>> References { get; set; } = [];

        public List<Expected> Quotes { get; set; } = [];
    }

    public sealed class Expected
    {
        public string Text { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Speaker { get; set; }

        public string? Via { get; set; }
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in QuoteStage.Languages)
        {
            var corpus = Load(language);
            for (int i = 0; i < corpus.Cases.Count; i++) data.Add(language, i);
        }

        return data;
    }

    private static Corpus Load(string language) =>
        YamlData.Read<Corpus>(DataDirectory.Locate().PathOf($"{language}/quotes/corpus.yaml"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_corpus_example_gives_the_quotes_it_lists(string language, int index)
    {
        var example = Load(language).Cases[index];
        var document = TestDocuments.Build(example.Text, language);
        foreach (var e in example.Entities)
        {
            document.Entity(e[0]!, e[1]!, e[2], e[3]);
        }

        foreach (var r in example.References)
        {
            document.Reference(r[0]!, r[1], r[2]);
        }

        TestLexicons.Production.Process(document);
        var found = document.Quotes.Select(q => $"{q.Kind}: {q.Text}").ToList();
        Assert.Equal(example.Quotes.Select(q => $"{q.Kind}: {q.Text}").ToList(), found);
        for (int i = 0; i < example.Quotes.Count; i++)
        {
            if (example.Quotes[i].Speaker is { } speaker) Assert.Equal(speaker, document.Quotes[i].Speaker);
            if (example.Quotes[i].Via is { } via) Assert.Equal(via, document.Quotes[i].Via);
        }
    }

    [Fact]
    public void The_production_data_loads_for_every_language()
    {
        var stage = new QuoteStage(DataDirectory.Locate());
        Assert.Equal("quotes", stage.Name);
    }
}
