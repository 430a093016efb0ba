using Lagebild.Store.Merging;

namespace Lagebild.Store.Tests;

public sealed class DateCompatibilityTests
{
    [Theory]
    [InlineData("2021-12-07TEV", "2021-12-07", "2021-12-07TEV")]
    [InlineData("2021-12-07", "2021-12-07TMO", "2021-12-07TMO")]
    [InlineData("XXXX-12-07", "2021-12-07", "2021-12-07")]
    [InlineData("2021-12", "XXXX-12-07", "2021-12-07")]
    public void A_part_of_day_or_an_unresolved_year_does_not_keep_two_reports_apart(string a, string b, string merged)
    {
        Assert.True(IncidentMerger.DatesCompatible(a, b, out var date));
        Assert.Equal(merged, date);
    }

    [Theory]
    [InlineData("XXXX-12-07", "2021-12-08")]
    [InlineData("2021-12-07TEV", "2021-12-08TEV")]
    [InlineData("2022-01", "2021-12-07")]
    public void Different_calendar_fields_keep_reports_apart(string a, string b) =>
        Assert.False(IncidentMerger.DatesCompatible(a, b, out _));
}
