using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

public sealed class DocumentDateTests
{
    private static Document Run(string text, DocumentDate? dct = null, string language = "de")
    {
        var document = new Document("test", text) { Language = language, Dct = dct };
        StageFixture.Stage.Process(document);
        return document;
    }

    [Fact]
    public void A_dateline_at_the_end_makes_a_month_header_day_precise()
    {
        var document = Run(
            " date 2021-12 Gespräche in Genf\n\nDie Ministerin sprach am Dienstagabend mit ihrem Kollegen. (Eine Reporterin aus Genf, 7.12.2021)",
            new DocumentDate("2021-12", DateBasis.Header));
        Assert.Equal(new DocumentDate("2021-12-07", DateBasis.Inferred), document.Dct);
        Assert.Contains(document.Timexes, t => t.Text == "am Dienstagabend" && t.Value == "2021-12-07TEV");
    }

    [Fact]
    public void Past_weekdays_after_an_explicit_date_pin_a_month_header_to_a_day()
    {
        var document = Run(
            " date 2021-12 Lage an der Grenze\n\nAm 6. Dezember besuchte der Präsident die Front. Am Dienstagabend hatte er mit dem Kanzler telefoniert.",
            new DocumentDate("2021-12", DateBasis.Header));
        Assert.Equal(new DocumentDate("2021-12-07", DateBasis.Inferred), document.Dct);
        Assert.Contains(document.Timexes, t => t.Text == "Am Dienstagabend" && t.Value == "2021-12-07TEV");
    }

    [Fact]
    public void Future_dates_after_the_header_month_put_the_narrative_at_its_end()
    {
        var document = Run(
            " date 2021-12 Verhandlungen\n\nDer Präsident hatte am Donnerstag telefoniert. Die Gespräche sollen am 10. Januar beginnen.",
            new DocumentDate("2021-12", DateBasis.Header));
        Assert.Contains(document.Timexes, t => t.Text == "am Donnerstag" && t.Value == "2021-12-30");
        Assert.Contains(document.Timexes, t => t.Text == "am 10. Januar" && t.Value == "2022-01-10");
    }

    [Fact]
    public void The_metadata_line_sets_the_date_when_no_caller_did_and_yields_no_timex()
    {
        var document = Run(" date 2022-01 Nachrichten\n\nKeine Zeitangaben hier.");
        Assert.Equal(new DocumentDate("2022-01", DateBasis.Header), document.Dct);
        Assert.Empty(document.Timexes);
    }

    [Fact]
    public void Without_metadata_the_latest_reported_date_becomes_the_document_date()
    {
        var document = Run("Am 3. März 2020 hatte die Regierung gewarnt. Am 5. März 2020 wurden Truppen verlegt.");
        Assert.Equal(new DocumentDate("2020-03-05", DateBasis.Inferred), document.Dct);
    }

    [Fact]
    public void A_given_date_is_kept_as_given()
    {
        var document = Run("Die Minister trafen sich am Montag. (Genf, 7.12.2021)", new DocumentDate("2021-12-09", DateBasis.Given));
        Assert.Equal(new DocumentDate("2021-12-09", DateBasis.Given), document.Dct);
        Assert.Contains(document.Timexes, t => t.Text == "am Montag" && t.Value == "2021-12-06");
    }

    [Fact]
    public void A_text_without_any_date_leaves_the_document_date_unknown()
    {
        var document = Run("Die Lage bleibt angespannt.");
        Assert.Null(document.Dct);
    }

    [Fact]
    public void English_text_resolves_against_an_english_dateline()
    {
        var document = Run("The ministers met on Monday in Geneva. (Geneva, 2021-12-09)", null, "en");
        Assert.Equal("2021-12-09", document.Dct?.Value);
        Assert.Contains(document.Timexes, t => t.Text == "on Monday" && t.Value == "2021-12-06");
    }

    [Fact]
    public void A_dateline_before_a_dash_at_the_start_of_the_story_sets_the_day()
    {
        var document = Run(
            " date 2022-02 Talks\n\nGENEVA, Feb. 11, 2022 — The envoys met on Thursday and will meet again on Monday.",
            new DocumentDate("2022-02", DateBasis.Header), "en");
        Assert.Equal(new DocumentDate("2022-02-11", DateBasis.Inferred), document.Dct);
        Assert.Contains(document.Timexes, t => t.Text == "on Thursday" && t.Value == "2022-02-10");
        Assert.Contains(document.Timexes, t => t.Text == "on Monday" && t.Value == "2022-02-14");
    }

    [Fact]
    public void A_date_that_opens_a_sentence_is_no_dateline()
    {
        var document = Run(
            " date 2021-12 Rückblick\n\nAm 3. Dezember 2021 hatte die Regierung gewarnt. Die Lage bleibt angespannt.",
            new DocumentDate("2021-12", DateBasis.Header));
        Assert.Equal(new DocumentDate("2021-12", DateBasis.Header), document.Dct);
    }
}
