using System.Text.Json;
using Lagebild.Core.Format;
using Lagebild.Core.Model;

namespace Lagebild.Core.Tests;

public sealed class AnalysisJsonWriterTests
{
    [Fact]
    public void A_document_is_written_with_every_layer_of_the_format()
    {
        var document = new Document("doc_1", "Putin sprach mit Biden.") { Language = "de", Dct = new DocumentDate("2021-12-07", DateBasis.Inferred) };
        document.Entities.Add(new EntityMention(0, 5, "Putin", "PER", "Vladimir_Putin", "RUS", "lexicon:persons"));
        document.Events.Add(new EventMention("CONSULT", null, ["RUS"], ["USA"], "2021-12-07", null, [], 0, 23, document.Text, "consult.sprechen"));

        using var json = JsonDocument.Parse(AnalysisJsonWriter.ToJson(document));
        var root = json.RootElement;
        Assert.Equal("doc_1", root.GetProperty("id").GetString());
        Assert.Equal("de", root.GetProperty("lang").GetString());
        Assert.Equal("2021-12-07", root.GetProperty("dct").GetProperty("value").GetString());
        Assert.Equal("inferred", root.GetProperty("dct").GetProperty("basis").GetString());
        Assert.Equal("Vladimir_Putin", root.GetProperty("entities")[0].GetProperty("id").GetString());
        Assert.Equal(0, root.GetProperty("timexes").GetArrayLength());
        Assert.Equal(0, root.GetProperty("quotes").GetArrayLength());
        var e = root.GetProperty("events")[0];
        Assert.Equal("RUS", e.GetProperty("source")[0].GetString());
        Assert.Equal(JsonValueKind.Null, e.GetProperty("mode").ValueKind);
        Assert.Equal("consult.sprechen", e.GetProperty("rule").GetString());
    }

    [Fact]
    public void Umlauts_and_quotation_marks_are_written_readably()
    {
        var document = new Document("d", "„Größe“");
        var json = AnalysisJsonWriter.ToJson(document);
        Assert.DoesNotContain("\\u", json);
    }
}

public sealed class JsonTextTests
{
    [Fact]
    public void A_lone_surrogate_in_a_span_is_written_as_a_replacement_character()
    {
        var document = new Document("d", "a\uD800b\uD83D\uDE00");
        document.Entities.Add(new EntityMention(0, 5, document.Text, "MISC", null, null, "test"));
        var json = AnalysisJsonWriter.ToJson(document);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("a\uFFFDb\uD83D\uDE00", parsed.RootElement.GetProperty("entities")[0].GetProperty("text").GetString());
    }
}
