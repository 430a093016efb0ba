using Lagebild.Core.Model;

namespace Lagebild.Timex.Tests;

/// <summary>Weekdays follow the tense of their clause, also across month and year ends.</summary>
public sealed class NarrativeWeekdayTests
{
    private static string ValueOf(string text, string timex, string dct, string language = "de")
    {
        var document = new Document("test", text) { Language = language, Dct = new DocumentDate(dct, DateBasis.Given) };
        StageFixture.Stage.Process(document);
        var found = document.Timexes.FirstOrDefault(t => t.Text == timex);
        Assert.True(found is not null, $"'{timex}' not found; found: {string.Join(", ", document.Timexes.Select(t => t.Text))}");
        return found.Value;
    }

    [Theory]
    [InlineData("Die Delegationen setzen am Montag ihre Gespräche fort.", "2022-01-03")]
    [InlineData("Die Delegationen hatten am Montag ihre Gespräche begonnen.", "2021-12-27")]
    [InlineData("Der Minister flog am Montag nach Moskau.", "2021-12-27")]
    [InlineData("Der Minister wird am Montag nach Moskau fliegen.", "2022-01-03")]
    [InlineData("Der Minister ist am Montag in Moskau eingetroffen.", "2021-12-27")]
    public void German_weekdays_cross_the_year_end_by_tense(string text, string expected)
    {
        Assert.Equal(expected, ValueOf(text, text.Contains("Am ", StringComparison.Ordinal) ? "Am Montag" : "am Montag", "2021-12-30"));
    }

    [Theory]
    [InlineData("The delegations resume their talks on Monday.", "2022-01-03")]
    [InlineData("The delegations started their talks on Monday.", "2021-12-27")]
    [InlineData("The minister will fly to Moscow on Monday.", "2022-01-03")]
    public void English_weekdays_cross_the_year_end_by_tense(string text, string expected)
    {
        Assert.Equal(expected, ValueOf(text, "on Monday", "2021-12-30", "en"));
    }

    [Fact]
    public void A_past_weekday_crosses_the_month_start()
    {
        Assert.Equal("2021-11-26", ValueOf("Die Regierung hatte am Freitag protestiert.", "am Freitag", "2021-12-01"));
    }

    [Fact]
    public void Only_the_clause_of_the_weekday_decides_its_tense()
    {
        const string text = "Die Gespräche gehen am Mittwoch weiter, nachdem sie im Herbst begonnen hatten.";
        Assert.Equal("2021-12-15", ValueOf(text, "am Mittwoch", "2021-12-10"));
    }

    [Fact]
    public void A_weekday_in_an_unmarked_insertion_takes_the_tense_of_its_sentence()
    {
        const string text = "Nach drei Runden – der ersten am Montag in Oslo – wurden keine Fortschritte erzielt.";
        Assert.Equal("2021-12-06", ValueOf(text, "am Montag", "2021-12-10"));
    }

    [Fact]
    public void A_weekday_right_after_a_distant_dated_event_continues_that_story()
    {
        const string text = "Am 3. März 2014 hatten Soldaten das Parlament besetzt. Am Freitag wurde eine neue Regierung ernannt.";
        Assert.Equal("2014-03-07", ValueOf(text, "Am Freitag", "2021-12-10"));
    }

    [Fact]
    public void A_weekday_in_a_new_paragraph_returns_to_the_document_date()
    {
        const string text = "Am 3. März 2014 hatten Soldaten das Parlament besetzt.\n\nAm Freitag hatte der Minister gewarnt.";
        Assert.Equal("2021-12-10", ValueOf(text, "Am Freitag", "2021-12-10"));
    }
}
