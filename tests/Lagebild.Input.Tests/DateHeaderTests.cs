using Lagebild.Core.Model;

namespace Lagebild.Input.Tests;

public sealed class DateHeaderTests
{
    [Theory]
    [InlineData(" date 2021-12 Aktualisiert am\n\nText", "2021-12")]
    [InlineData(" date 2022-01-10\nText", "2022-01-10")]
    [InlineData("date 2019\n", "2019")]
    public void A_leading_date_line_gives_the_header_date(string text, string expected)
    {
        var dct = DateHeader.Parse(text);
        Assert.Equal(new DocumentDate(expected, DateBasis.Header), dct);
    }

    [Theory]
    [InlineData("Die Verhandlungen beginnen.")]
    [InlineData(" date 2021-13 falscher Monat")]
    [InlineData(" date 2021-02-30")]
    [InlineData("")]
    public void Text_without_a_valid_date_line_has_no_header_date(string text) => Assert.Null(DateHeader.Parse(text));
}
