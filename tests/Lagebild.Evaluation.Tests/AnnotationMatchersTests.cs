namespace Lagebild.Evaluation.Tests;

public sealed class AnnotationMatchersTests
{
    [Theory]
    [InlineData("NATO–Russia Council", "nato-russia_council")]
    [InlineData("  _United States_ ", "united_states")]
    [InlineData("Straße", "strasse")]
    public void Ids_are_folded_for_comparison(string id, string expected) =>
        Assert.Equal(expected, AnnotationMatchers.NormaliseId(id));

    [Theory]
    [InlineData("2021-12", "2021-12-07", true)]
    [InlineData("2021-12-07", "2021-12-07TEV", true)]
    [InlineData("2021-12-07", "2021-12", false)]
    [InlineData(null, null, true)]
    [InlineData("2021", null, false)]
    public void A_date_agrees_at_the_gold_precision(string? gold, string? predicted, bool agrees) =>
        Assert.Equal(agrees, AnnotationMatchers.DateAgrees(gold, predicted));

    [Fact]
    public void Demand_counts_as_request() => Assert.Equal("REQUEST", AnnotationMatchers.EventType("demand"));
}
