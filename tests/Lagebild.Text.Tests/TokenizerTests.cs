using Lagebild.Core.Model;

namespace Lagebild.Text.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Dr. Weber kam.", "Dr.")]
    [InlineData("Prof. Lang sprach.", "Prof.")]
    [InlineData("Staaten wie z.B. Polen", "z.B.")]
    [InlineData("Es kamen u.a. Minister.", "u.a.")]
    [InlineData("Gespräche bzw. Verhandlungen", "bzw.")]
    [InlineData("Resolution Nr. 2231", "Nr.")]
    [InlineData("in St. Petersburg", "St.")]
    [InlineData("am 10. Jan. 2022", "Jan.")]
    [InlineData("the U.S. said", "U.S.")]
    [InlineData("allies, e.g. Poland", "e.g.")]
    [InlineData("Mr. Sullivan said", "Mr.")]
    public void Abbreviations_keep_their_period(string text, string expected) => Assert.Contains(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("am 7. Dezember in Genf", "7.")]
    [InlineData("im 20. Jahrhundert", "20.")]
    [InlineData("zum 3. mal", "3.")]
    public void A_number_before_a_month_or_lower_case_word_is_an_ordinal(string text, string ordinal)
    {
        var document = Segment.Run(text);
        var token = document.Tokens.Single(t => text[t.Start..t.End] == ordinal);
        Assert.Equal(TokenKind.Ordinal, token.Kind);
    }

    [Theory]
    [InlineData("am 7.12.2021 in Genf", "7.12.2021")]
    [InlineData("mehr als 100.000 Soldaten", "100.000")]
    [InlineData("ein Plus von 2,5 Prozent", "2,5")]
    [InlineData("costs of 10,000.50 dollars", "10,000.50")]
    [InlineData("um 18:30 Uhr", "18:30")]
    public void Numbers_with_separators_are_one_token(string text, string number) => Assert.Contains(number, Segment.Tokens(text));

    [Theory]
    [InlineData("George W. Bush sagte", "W.")]
    [InlineData("J. R. R. Tolkien wrote", "R.")]
    public void Initials_keep_their_period(string text, string initial) => Assert.Contains(initial, Segment.Tokens(text));

    [Fact]
    public void Urls_and_email_addresses_are_single_tokens()
    {
        var document = Segment.Run("Siehe https://example.org/news?id=5. Kontakt: presse@example.org oder www.example.com.");
        var kinds = document.Tokens.Select(t => (document.Text[t.Start..t.End], t.Kind)).ToList();
        Assert.Contains(("https://example.org/news?id=5", TokenKind.Url), kinds);
        Assert.Contains(("presse@example.org", TokenKind.Email), kinds);
        Assert.Contains(("www.example.com", TokenKind.Url), kinds);
    }

    [Theory]
    [InlineData("Ein US-Regierungsmitglied sagte", "US-Regierungsmitglied")]
    [InlineData("nach dem Biden-Putin-Videogipfel", "Biden-Putin-Videogipfel")]
    [InlineData("die Nato-Partner", "Nato-Partner")]
    [InlineData("Nato- und EU-Staaten", "Nato-")]
    [InlineData("it doesn't matter", "doesn't")]
    [InlineData("Putin's demands", "Putin's")]
    public void Compounds_and_inner_apostrophes_stay_in_one_word(string text, string word) => Assert.Contains(word, Segment.Tokens(text));

    [Theory]
    [InlineData("Er sagte: „Wir wollen Frieden.“", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("He said: “We want peace.”", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("Er sagte: »Wir wollen Frieden.«", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("Il a dit : «Nous voulons la paix.»", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("He said \"we want peace\" today", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("He said 'we want peace' today", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("Sie nannte es ‚rote Linien‘ heute", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    public void Quotation_marks_are_opening_or_closing_by_context(string text, TokenKind opening, TokenKind closing)
    {
        var document = Segment.Run(text);
        var marks = document.Tokens.Where(t => t.Kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal(opening, marks[0].Kind);
        Assert.Equal(closing, marks[1].Kind);
    }
}
