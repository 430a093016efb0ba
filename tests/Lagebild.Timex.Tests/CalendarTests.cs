using Lagebild.Timex.Resolution;

namespace Lagebild.Timex.Tests;

public sealed class CalendarTests
{
    [Theory]
    // reference, weekday, tense, expected
    [InlineData("2022-01-03", 5, Tense.Past, "2021-12-31")]    // Monday after New Year: last Friday is in the old year
    [InlineData("2021-12-30", 1, Tense.Future, "2022-01-03")]  // Thursday before New Year: next Monday is in the new year
    [InlineData("2021-12-01", 4, Tense.Past, "2021-11-25")]    // across the month start
    [InlineData("2021-11-29", 3, Tense.Future, "2021-12-01")]  // across the month end
    [InlineData("2021-12-07", 2, Tense.Past, "2021-12-07")]    // the same weekday in the past is the day itself
    [InlineData("2021-12-07", 2, Tense.Future, "2021-12-07")]  // and so in the future
    [InlineData("2021-12-08", 1, Tense.Unknown, "2021-12-06")] // nearest: two days back beats five ahead
    [InlineData("2021-12-10", 1, Tense.Unknown, "2021-12-13")] // nearest: three days ahead beats four back
    public void A_weekday_resolves_in_the_direction_of_its_tense(string reference, int weekday, Tense tense, string expected)
    {
        var result = Calendar.Weekday(DateOnly.Parse(reference), weekday, tense);
        Assert.Equal(expected, Calendar.Day(result));
    }

    [Theory]
    [InlineData(2021, 12, 20, 1, 10, Tense.Unknown, 2022)] // January seen from late December is next year
    [InlineData(2022, 1, 8, 12, 7, Tense.Unknown, 2021)]  // December seen from early January is last year
    [InlineData(2021, 12, 8, 12, 3, Tense.Future, 2022)]  // a future date before the reference is next year
    [InlineData(2021, 12, 8, 12, 10, Tense.Past, 2020)]   // a past date after the reference is last year
    public void A_date_without_year_takes_the_year_its_tense_points_to(int refYear, int refMonth, int refDay, int month, int day, Tense tense, int expected)
    {
        Assert.Equal(expected, Calendar.YearFor(refYear, refMonth, refDay, month, day, tense));
    }

    [Fact]
    public void Iso_weeks_count_across_the_year_boundary()
    {
        Assert.Equal("2021-W52", Calendar.Week(new DateOnly(2022, 1, 2)));
        Assert.Equal("2022-W01", Calendar.Week(new DateOnly(2022, 1, 3)));
    }
}
