using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Entities.Dating;
using Lagebild.Entities.Roles;

namespace Lagebild.Entities.Tests;

public sealed class OfficeTermDatingTests
{
    private static readonly DateOnly Start = new(2020, 3, 1);

    /// <summary>Two invented officials: one served two touching terms, the other one term overlapping them.</summary>
    private static readonly RoleTable Roles = new(
    [
        new OfficeTerm("Anna_Berg", "foreign_minister", "DEU", null, Start, new DateOnly(2021, 2, 28)),
        new OfficeTerm("Anna_Berg", "foreign_minister", "DEU", null, new DateOnly(2021, 3, 1), new DateOnly(2023, 6, 30)),
        new OfficeTerm("Ben_Carr", "head_of_state", "USA", null, new DateOnly(2022, 1, 20), null),
        new OfficeTerm("Ben_Carr", "defence_minister", "USA", null, new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1)),
    ]);

    private static readonly OfficeTermDating Dating = new(Roles, new TenureMarkers(["former", "frühere"]));

    private static Document WithReferences(string text, params (string Noun, string Person, string Role)[] references)
    {
        var document = new Document("test", text);
        int offset = 0;
        foreach (var word in text.Split(' '))
        {
            document.Tokens.Add(new Token(offset, offset + word.Length, TokenKind.Word));
            offset += word.Length + 1;
        }

        foreach (var (noun, person, role) in references)
        {
            int start = text.IndexOf(noun, StringComparison.Ordinal);
            document.ActorReferences.Add(new ActorReference(start, start + noun.Length, noun, person, null, RoleRule.Of(role) + RoleRule.NamedSuffix));
        }

        return document;
    }

    [Fact]
    public void Offices_named_with_their_holders_date_a_text_to_where_their_terms_overlap()
    {
        var document = WithReferences("Minister Anna Berg met President Ben Carr",
            ("Minister", "Anna_Berg", "foreign_minister"), ("President", "Ben_Carr", "head_of_state"));
        var window = Assert.IsType<OfficeWindow>(Dating.WindowOf(document));
        Assert.Equal(new DateOnly(2022, 1, 20), window.From);
        Assert.Equal(new DateOnly(2023, 6, 30), window.To);
        Assert.Equal("Anna_Berg/foreign_minister,Ben_Carr/head_of_state", window.Evidence);
    }

    [Fact]
    public void Touching_terms_of_one_person_count_as_one_span()
    {
        var window = Dating.WindowOf(WithReferences("Minister Anna Berg spoke", ("Minister", "Anna_Berg", "foreign_minister")));
        Assert.Equal(Start, window?.From);
    }

    [Fact]
    public void An_open_term_alone_does_not_date_a_text()
    {
        Assert.Null(Dating.WindowOf(WithReferences("President Ben Carr spoke", ("President", "Ben_Carr", "head_of_state"))));
    }

    [Fact]
    public void A_tenure_word_before_the_office_makes_it_no_evidence()
    {
        Assert.Null(Dating.WindowOf(WithReferences("the former Minister Anna Berg spoke", ("Minister", "Anna_Berg", "foreign_minister"))));
    }

    [Fact]
    public void Offices_that_were_never_held_at_the_same_time_date_nothing()
    {
        var document = WithReferences("Minister Anna Berg and Secretary Ben Carr",
            ("Minister", "Anna_Berg", "foreign_minister"), ("Secretary", "Ben_Carr", "defence_minister"));
        Assert.Null(Dating.WindowOf(document));
    }

    [Fact]
    public void The_repository_data_dates_a_german_text_by_its_foreign_minister_and_president()
    {
        var document = new Document("test", "Außenministerin Annalena Baerbock telefonierte mit US-Präsident Joe Biden.");
        new Text.SegmentationStage(DataDirectory.Default).Process(document);
        StageFixture.Entities.Value.Process(document);
        var window = Assert.IsType<OfficeWindow>(StageFixture.Entities.Value.Dating.WindowOf(document));
        Assert.Equal(new DateOnly(2021, 12, 8), window.From);
        Assert.Equal(new DateOnly(2025, 1, 20), window.To);
    }
}
