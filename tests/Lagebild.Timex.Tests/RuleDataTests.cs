using Lagebild.Core.Data;
using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

/// <summary>The engine with small invented rule sets: loading, validation and matching.</summary>
public sealed class RuleDataTests : IDisposable
{
    private const string Pieces = """
        pieces:
          month:
            words: {frostmond: "01", saatmond: "04"}
          weekday:
            words: {sonnentag: "7", mondtag: "1"}
          part_of_day:
            words: {dämmer: EV}
        """;

    private const string Tense = """
        past: [tat]
        future: [wird]
        default: future
        clause_breaks: [","]
        """;

    private readonly string root = Path.Combine(Path.GetTempPath(), "lagebild-timex-" + Guid.NewGuid().ToString("N"));

    private DataDirectory Write(string rules)
    {
        foreach (var language in TimexStage.Languages)
        {
            var dir = Path.Combine(root, language, "time");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "pieces.yaml"), Pieces);
            File.WriteAllText(Path.Combine(dir, "tense.yaml"), Tense);
            File.WriteAllText(Path.Combine(dir, "rules.yaml"), rules);
        }

        return new DataDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Invented_pieces_and_rules_find_and_resolve_dates()
    {
        var stage = new TimexStage(Write("""
            rules:
              - id: x.day-month
                pattern: "am? #day ~. <month> #year?"
                type: DATE
                value: "{date}"
              - id: x.weekday-part
                pattern: "am? <weekday+part_of_day>"
                type: DATE
                value: "{date}T{part_of_day}"
            """));
        var document = new Document("x", "Es geschah am 3. Frostmond 2020, und man tat es am Mondtagdämmer.")
        {
            Language = "de",
            Dct = new DocumentDate("2020-01-08", DateBasis.Given),
        };
        stage.Process(document);
        Assert.Collection(
            document.Timexes,
            t => Assert.Equal(("am 3. Frostmond 2020", "2020-01-03", "x.day-month"), (t.Text, t.Value, t.Rule)),
            t => Assert.Equal(("am Mondtagdämmer", "2020-01-06TEV", "x.weekday-part"), (t.Text, t.Value, t.Rule)));
    }

    [Fact]
    public void A_blocking_rule_swallows_its_span()
    {
        var stage = new TimexStage(Write("""
            rules:
              - id: x.block
                pattern: "#year Schafe"
                type: NONE
              - id: x.year
                pattern: "#year"
                type: DATE
                value: "{date}"
            """));
        var document = new Document("x", "Im Stall standen 2000 Schafe, gebaut 1999.") { Language = "de" };
        stage.Process(document);
        Assert.Equal(["1999"], document.Timexes.Select(t => t.Text));
    }

    [Theory]
    [InlineData("rules:\n  - id: x.bad\n    pattern: \"<nosuchpiece>\"\n    type: DATE\n    value: X\n", "unknown piece")]
    [InlineData("rules:\n  - id: x.bad\n    pattern: \"#day\"\n    type: MOMENT\n    value: X\n", "unknown type")]
    [InlineData("rules:\n  - id: x.a\n    pattern: \"#day\"\n    type: DATE\n    value: X\n  - id: x.a\n    pattern: \"#day\"\n    type: DATE\n    value: X\n", "duplicate rule id")]
    [InlineData("rules:\n  - id: x.bad\n    pattern: \"am?\"\n    type: DATE\n    value: X\n", "every element is optional")]
    [InlineData("rules:\n  - id: x.bad\n    pattern: \"#week\"\n    type: DATE\n    value: X\n", "unknown number class")]
    public void A_malformed_rule_is_a_data_error_naming_file_and_rule(string rules, string problem)
    {
        var data = Write(rules);
        var error = Assert.Throws<DataException>(() => new TimexStage(data));
        Assert.Contains("rules.yaml", error.Location);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_line()
    {
        var data = Write("rules:\n  - id: x\n    pattern: [unclosed\n");
        var error = Assert.Throws<DataException>(() => new TimexStage(data));
        Assert.Matches(@"rules\.yaml:\d+", error.Location);
    }
}
