using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis.Tests;

public sealed class OfficeDatingTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StandardPipeline.Build(DataDirectory.Default));

    [Fact]
    public void A_text_without_any_date_is_dated_by_its_office_holders_and_its_dates_get_a_year()
    {
        var document = new Document("undated",
            "US-Präsident Joe Biden empfing am Mittwoch Außenministerin Annalena Baerbock. Beide erinnerten an den Gipfel vom 2. November.");
        Pipeline.Value.Process(document);
        Assert.Equal(new DocumentDate("2021-12", DateBasis.Inferred, "office-terms:Joe_Biden/head_of_state,Annalena_Baerbock/foreign_minister"), document.Dct);
        Assert.Equal("2021-11-02", Assert.Single(document.Timexes, t => t.Text.Contains("November", StringComparison.Ordinal)).Value);
        Assert.Equal("DEU", Assert.Single(document.Entities, e => e.Id == "Annalena_Baerbock").ActorCode);
    }

    [Fact]
    public void A_dateline_without_its_year_takes_the_year_in_which_its_day_is_the_weekday_the_report_names()
    {
        var document = new Document("wire",
            "BRUSSELS, Feb 24 (Reuters) - NATO Secretary-General Jens Stoltenberg said on Thursday that allies would reinforce the eastern flank. "
            + "U.S. President Joe Biden spoke with German Chancellor Olaf Scholz.");
        Pipeline.Value.Process(document);
        Assert.Equal("2022-02-24", document.Dct?.Value);
        Assert.EndsWith("+dateline", document.Dct?.Rule, StringComparison.Ordinal);
        Assert.Equal("2022-02-24", Assert.Single(document.Timexes, t => t.Text.Contains("Thursday", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void A_text_with_a_date_keeps_it()
    {
        var document = new Document("dated", "Washington, 3 May 2023 — Secretary of State Antony Blinken met Foreign Minister Annalena Baerbock.");
        Pipeline.Value.Process(document);
        Assert.Equal("2023-05-03", document.Dct?.Value);
        Assert.Null(document.Dct?.Rule);
    }

    [Fact]
    public void Skipping_the_time_stage_skips_dating_too()
    {
        var pipeline = StandardPipeline.Build(DataDirectory.Default, ["timex"]);
        var document = new Document("undated", "US-Präsident Joe Biden empfing Außenministerin Annalena Baerbock.");
        pipeline.Process(document);
        Assert.Null(document.Dct);
    }
}
