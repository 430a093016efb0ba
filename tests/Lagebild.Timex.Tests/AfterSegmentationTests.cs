using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Text;

namespace Lagebild.Timex.Tests;

/// <summary>The time stage behind the real segmentation stage, as in the pipeline.</summary>
public sealed class AfterSegmentationTests
{
    private static readonly Lazy<SegmentationStage> Segmentation = new(() => new SegmentationStage(DataDirectory.Default));

    private static Document Analyse(string text, string dct)
    {
        var document = new Document("segmented", text) { Dct = new DocumentDate(dct, DateBasis.Header) };
        Segmentation.Value.Process(document);
        StageFixture.Stage.Process(document);
        return document;
    }

    [Fact]
    public void A_detected_german_text_gets_german_rules_and_sentence_bound_tenses()
    {
        var document = Analyse(
            "Die Minister hatten sich in Wien getroffen. Am Montag beginnen in Genf neue Gespräche über die Lage an der Grenze.",
            "2021-12-09");
        Assert.Equal("de", document.Language);
        Assert.Contains(document.Timexes, t => t.Text == "Am Montag" && t.Value == "2021-12-13");
    }

    [Fact]
    public void A_detected_english_text_gets_english_rules()
    {
        var document = Analyse(
            "The ministers had met in Vienna. On Monday new talks about the situation at the border begin in Geneva.",
            "2021-12-09");
        Assert.Equal("en", document.Language);
        Assert.Contains(document.Timexes, t => t.Text == "On Monday" && t.Value == "2021-12-13");
    }

    [Fact]
    public void Event_dates_come_from_the_trigger_sentence()
    {
        const string text = "Am Freitag hatten die Außenminister beraten. Die Lage an der Grenze bleibt angespannt.";
        var document = Analyse(text, "2021-12-09");
        Assert.Equal("2021-12-03", TimexLookup.EventDate(document, text.IndexOf("beraten", StringComparison.Ordinal)));
        Assert.Null(TimexLookup.EventDate(document, text.IndexOf("bleibt", StringComparison.Ordinal)));
    }
}
