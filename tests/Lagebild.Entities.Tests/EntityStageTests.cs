using Lagebild.Core.Model;

namespace Lagebild.Entities.Tests;

public sealed class EntityStageTests
{
    private static EntityMention Single(Document document, string text) =>
        Assert.Single(document.Entities, e => e.Text == text);

    [Fact]
    public void German_adjectives_with_case_endings_link_to_their_state()
    {
        var document = StageFixture.Analyse("Die estnische Regierung und die amerikanischen Truppen übten gemeinsam.");
        Assert.Equal(("GPE", "Estonia", "EST"), Tuple(Single(document, "estnische")));
        Assert.Equal(("GPE", "United_States", "USA"), Tuple(Single(document, "amerikanischen")));
    }

    [Fact]
    public void A_genitive_ending_stays_in_the_span()
    {
        var document = StageFixture.Analyse("Russlands Armee zog an der Grenze Polens weitere Einheiten zusammen.");
        Assert.Equal("Russia", Single(document, "Russlands").Id);
        Assert.Equal("Poland", Single(document, "Polens").Id);
    }

    [Fact]
    public void A_capital_that_acts_is_the_state_and_a_capital_after_a_preposition_is_the_city()
    {
        var document = StageFixture.Analyse("Peking kritisierte die Übung scharf. Die Delegation landete am Abend in Peking.");
        var mentions = document.Entities.Where(e => e.Text == "Peking").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Equal("China", mentions[0].Id);
        Assert.Equal("CHN", mentions[0].ActorCode);
        Assert.Equal("Beijing", mentions[1].Id);
    }

    [Fact]
    public void A_hyphenated_compound_mentions_each_named_part()
    {
        var document = StageFixture.Analyse("Vor dem Biden-Putin-Gipfel warnten die Nato-Partner vor einer Eskalation.");
        Assert.Equal("Joe_Biden", Single(document, "Biden").Id);
        Assert.Equal("Vladimir_Putin", Single(document, "Putin").Id);
        Assert.Equal("NATO", Single(document, "Nato").Id);
    }

    [Fact]
    public void A_compound_that_names_a_body_is_one_mention()
    {
        var document = StageFixture.Analyse("Der NATO-Russland-Rat tagte zum ersten Mal seit Jahren.");
        Assert.Equal("NATO–Russia_Council", Single(document, "NATO-Russland-Rat").Id);
    }

    [Fact]
    public void The_kremlin_and_the_white_house_are_bodies_acting_for_their_state()
    {
        var document = StageFixture.Analyse("Der Kreml wies die Vorwürfe des Weißen Hauses zurück.");
        Assert.Equal(("ORG", "Moscow_Kremlin", "RUS"), Tuple(Single(document, "Kreml")));
        Assert.Equal(("ORG", "White_House", "USA"), Tuple(Single(document, "Weißen Hauses")));
    }

    [Fact]
    public void A_person_from_the_lexicon_acts_for_the_state_of_the_office_held_at_the_document_date()
    {
        var document = StageFixture.Analyse("Scholz telefonierte mit Macron.", "2022-02-01");
        Assert.Equal(("PER", "Olaf_Scholz", "DEU"), Tuple(Single(document, "Scholz")));
    }

    [Fact]
    public void An_unknown_person_after_a_title_is_found_and_left_unlinked()
    {
        var document = StageFixture.Analyse("Das sei ein Warnsignal, sagte der Politologe Jarek Wilczynski in Berlin.");
        var person = Single(document, "Jarek Wilczynski");
        Assert.Equal("PER", person.Type);
        Assert.Null(person.Id);
    }

    [Fact]
    public void A_byline_name_ends_before_the_authors_description()
    {
        var document = StageFixture.Analyse("Anna Berger Politische Korrespondentin in Brüssel.");
        Assert.Contains(document.Entities, e => e.Text == "Anna Berger" && e.Type == "PER");
        Assert.DoesNotContain(document.Entities, e => e.Text.Contains("Politische", StringComparison.Ordinal));
    }

    [Fact]
    public void News_agencies_in_credits_are_organisations()
    {
        var document = StageFixture.Analyse("Die Verhandlungen gehen weiter, meldete die Agentur Interfax.\n\nFoto: AP");
        Assert.Equal("Interfax", Single(document, "Interfax").Id);
        Assert.Equal("Associated_Press", Single(document, "AP").Id);
    }

    [Fact]
    public void English_adjectives_organisations_and_cities_are_linked()
    {
        var document = StageFixture.Analyse("The Russian delegation met NATO officials in Brussels on Wednesday.");
        Assert.Equal("en", document.Language);
        Assert.Equal("Russia", Single(document, "Russian").Id);
        Assert.Equal("NATO", Single(document, "NATO").Id);
        Assert.Equal("Brussels", Single(document, "Brussels").Id);
    }

    [Fact]
    public void An_office_noun_resolves_to_its_holder_at_the_document_date()
    {
        var document = StageFixture.Analyse("Der Kremlsprecher kündigte eine Antwort an.", "2022-01-10");
        var reference = Assert.Single(document.ActorReferences, r => r.Text == "Kremlsprecher");
        Assert.Equal("Dmitry_Peskov", reference.EntityId);
        Assert.Equal("RUS", reference.ActorCode);
    }

    [Fact]
    public void An_unnamed_official_keeps_only_the_state()
    {
        var document = StageFixture.Analyse("Ein hoher US-Beamter bestätigte das Treffen.", "2022-01-10");
        var reference = Assert.Single(document.ActorReferences);
        Assert.Null(reference.EntityId);
        Assert.Equal("USA", reference.ActorCode);
    }

    [Fact]
    public void Every_span_is_the_slice_of_the_text()
    {
        var document = StageFixture.Analyse("Washington und Moskau, Kiews Führung, die Ukraine-Krise und Putin's speech in Kyiv.");
        Assert.NotEmpty(document.Entities);
        foreach (var e in document.Entities) Assert.Equal(document.Text[e.Start..e.End], e.Text);
        foreach (var r in document.ActorReferences) Assert.Equal(document.Text[r.Start..r.End], r.Text);
    }

    [Fact]
    public void An_honorific_between_an_office_and_a_name_is_not_a_person_of_its_own()
    {
        var document = StageFixture.Analyse("The emirate's prime minister Sheikh Hamad Rashidi met the envoy. Der Minister Scheich Hamad Rashidi reiste ab.");
        Assert.DoesNotContain(document.Entities, e => e.Text is "Sheikh" or "Scheich");
        Assert.Equal(2, document.Entities.Count(e => e.Text == "Hamad Rashidi" && e.Type == "PER"));
    }

    [Fact]
    public void English_office_nouns_of_several_words_name_the_person_after_them()
    {
        var document = StageFixture.Analyse("Secretary of State Antony Blinken called Prime Minister Boris Johnson.", "2022-05-10");
        Assert.Contains(document.ActorReferences, r => r.Text == "Secretary of State" && r.EntityId == "Antony_Blinken" && r.Rule == "role:foreign_minister+name");
        Assert.Contains(document.ActorReferences, r => r.Text == "Prime Minister" && r.EntityId == "Boris_Johnson" && r.Rule == "role:head_of_government+name");
    }

    [Fact]
    public void The_last_word_of_a_longer_name_may_carry_the_english_possessive()
    {
        var document = StageFixture.Analyse("Min Aung Hlaing's government denied the report.");
        Assert.Equal("Min_Aung_Hlaing", Single(document, "Min Aung Hlaing").Id);
    }

    [Fact]
    public void A_dateline_in_capitals_at_the_start_of_a_paragraph_names_its_place()
    {
        var document = StageFixture.Analyse("Intro.\n\nNEW YORK — The council met on Friday. GOMA is not a dateline here.");
        Assert.Equal("New_York_City", Single(document, "NEW YORK").Id);
        Assert.DoesNotContain(document.Entities, e => e.Text == "GOMA");
    }

    private static (string, string?, string?) Tuple(EntityMention e) => (e.Type, e.Id, e.ActorCode);
}
