using Lagebild.Core.Data;
using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

/// <summary>Runs every example of <c>data/&lt;lang&gt;/time/corpus.yaml</c> through the stage.</summary>
public sealed class RuleCorpusTests
{
    public sealed class CorpusFile
    {
        public string Dct { get; set; } = "";

        public List<CorpusExample> Examples { get; set; } = [];

        public List<string> Negative { get; set; } = [];
    }

    public sealed class CorpusExample
    {
        public string Text { get; set; } = "";

        public string? Dct { get; set; }

        public List<ExpectedTimex> Expect { get; set; } = [];
    }

    public sealed class ExpectedTimex
    {
        public string Text { get; set; } = "";

        public string Type { get; set; } = "";

        public string Value { get; set; } = "";

        public string? Mod { get; set; }
    }

    private static CorpusFile Load(string language) =>
        YamlData.Read<CorpusFile>(DataDirectory.Default.PathOf($"{language}/time/corpus.yaml"));

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in TimexStage.Languages)
        {
            for (int i = 0; i < Load(language).Examples.Count; i++) data.Add(language, i);
        }

        return data;
    }

    public static TheoryData<string, int> Negatives()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in TimexStage.Languages)
        {
            for (int i = 0; i < Load(language).Negative.Count; i++) data.Add(language, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_corpus_example_yields_its_expected_timexes(string language, int index)
    {
        var corpus = Load(language);
        var example = corpus.Examples[index];
        var document = new Document("corpus", example.Text)
        {
            Language = language,
            Dct = new DocumentDate(example.Dct ?? corpus.Dct, DateBasis.Given),
        };
        StageFixture.Stage.Process(document);

        foreach (var expected in example.Expect)
        {
            var found = document.Timexes.FirstOrDefault(t => t.Text == expected.Text);
            Assert.True(found is not null, $"'{expected.Text}' not found in '{example.Text}'; found: {Describe(document)}");
            Assert.Equal(expected.Type, found.Type);
            Assert.Equal(expected.Value, found.Value);
            if (expected.Mod is not null) Assert.Equal(expected.Mod, found.Mod);
        }
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void No_corpus_negative_yields_a_timex(string language, int index)
    {
        var corpus = Load(language);
        var document = new Document("negative", corpus.Negative[index])
        {
            Language = language,
            Dct = new DocumentDate(corpus.Dct, DateBasis.Given),
        };
        StageFixture.Stage.Process(document);
        Assert.True(document.Timexes.Count == 0, $"unexpected: {Describe(document)}");
    }

    private static string Describe(Document document) =>
        string.Join("; ", document.Timexes.Select(t => $"{t.Text}={t.Type}:{t.Value}:{t.Mod} ({t.Rule})"));
}
