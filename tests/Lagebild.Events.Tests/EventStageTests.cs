using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Events.Lexicon;
using Xunit;

namespace Lagebild.Events.Tests;

public sealed class EventStageTests
{
    private static readonly EventStage Stage = new(DataDirectory.Locate());

    private static EventMention Single(Document document, string type)
    {
        Stage.Process(document);
        return Assert.Single(document.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_trigger_word_inside_a_longer_name_triggers_nothing_even_behind_a_name_nested_in_it(bool named, bool triggers)
    {
        const string text = "NATO Council for Talks with Russia.";
        var doc = TestDocuments.Build(text, "en");
        // As the entity stage orders them: by start, the longer first; the trigger word lies behind the nested NATO.
        if (named) doc.Entities.Add(new EntityMention(0, 34, "NATO Council for Talks with Russia", "ORG", null, null, "test"));
        doc.Entities.Add(new EntityMention(0, 4, "NATO", "ORG", "NATO", "NATO", "test"));
        doc.Entities.Add(new EntityMention(28, 34, "Russia", "GPE", "Russia", "RUS", "test"));

        Stage.Process(doc);

        Assert.Equal(triggers, doc.Events.Any(e => e.Trigger is { Start: 17 }));
    }

    [Fact]
    public void A_separable_verb_with_its_particle_at_the_clause_end_is_a_phone_call()
    {
        var doc = TestDocuments.Build("Am Freitag rief Scholz den polnischen Regierungschef an.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("polnischen", "GPE", "Poland", "POL"));
        TestDocuments.AddTimex(doc, "Am Freitag", "2022-02-11");
        var e = Single(doc, "CONSULT");
        Assert.Equal("phone", e.Mode);
        Assert.Equal(["DEU"], e.Source);
        Assert.Equal(["POL"], e.Target);
        Assert.Equal("2022-02-11", e.Date);
    }

    [Fact]
    public void A_day_named_without_its_year_dates_the_event_and_a_full_date_wins_over_it()
    {
        var doc = TestDocuments.Build("Am 7. Dezember rief Scholz den polnischen Regierungschef an.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("polnischen", "GPE", "Poland", "POL"));
        TestDocuments.AddTimex(doc, "Am 7. Dezember", "XXXX-12-07");
        Assert.Equal("XXXX-12-07", Single(doc, "CONSULT").Date);

        var dated = TestDocuments.Build("Am 7. Dezember 2021 rief Scholz am Abend den polnischen Regierungschef an.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("polnischen", "GPE", "Poland", "POL"));
        TestDocuments.AddTimex(dated, "am Abend", "XXXX-XX-XXTEV");
        TestDocuments.AddTimex(dated, "Am 7. Dezember 2021", "2021-12-07");
        Assert.Equal("2021-12-07", Single(dated, "CONSULT").Date);
    }

    [Fact]
    public void A_finite_separable_verb_without_its_particle_is_no_event()
    {
        var doc = TestDocuments.Build("Scholz rief den polnischen Regierungschef.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("polnischen", "GPE", "Poland", "POL"));
        Stage.Process(doc);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void A_strong_separable_verb_in_the_perfect_is_found_from_its_participle()
    {
        var doc = TestDocuments.Build("Ankara hat den Vorschlag aus Athen zurückgewiesen.", "de",
            ("Ankara", "GPE", "Turkey", "TUR"), ("Athen", "GPE", "Greece", "GRC"));
        var e = Single(doc, "REJECT");
        Assert.Equal(["TUR"], e.Source);
    }

    [Fact]
    public void Coordinated_subjects_threatening_each_other_give_two_events()
    {
        var doc = TestDocuments.Build("Serbien und Kroatien drohen sich gegenseitig mit Konsequenzen.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kroatien", "GPE", "Croatia", "HRV"));
        Stage.Process(doc);
        var threats = doc.Events.Where(e => e.Type == "THREATEN").ToList();
        Assert.Equal(2, threats.Count);
        Assert.Contains(threats, e => e.Source.SequenceEqual(["SRB"]) && e.Target.SequenceEqual(["HRV"]));
        Assert.Contains(threats, e => e.Source.SequenceEqual(["HRV"]) && e.Target.SequenceEqual(["SRB"]));
    }

    [Fact]
    public void Talks_between_two_sides_list_both_as_sources()
    {
        var doc = TestDocuments.Build("Das Telefonat zwischen Macron und Erdogan dauerte eine Stunde.", "de",
            ("Macron", "PER", "Emmanuel_Macron", "FRA"), ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"));
        var e = Single(doc, "CONSULT");
        Assert.Equal(["FRA", "TUR"], e.Source);
        Assert.Empty(e.Target);
    }

    [Fact]
    public void A_conditional_clause_marks_the_event_hypothetical()
    {
        var doc = TestDocuments.Build("If Beijing imposes sanctions on Canberra, trade will suffer.", "en",
            ("Beijing", "GPE", "China", "CHN"), ("Canberra", "GPE", "Australia", "AUS"));
        var e = Single(doc, "SANCTION");
        Assert.Equal(["CHN"], e.Source);
        Assert.Contains("hypothetical", e.Context);
    }

    [Fact]
    public void A_negated_english_verb_in_the_past_is_found_and_marked()
    {
        var doc = TestDocuments.Build("Tokyo did not accuse Seoul of spying.", "en",
            ("Tokyo", "GPE", "Japan", "JPN"), ("Seoul", "GPE", "South_Korea", "KOR"));
        var e = Single(doc, "ACCUSE");
        Assert.Equal(["JPN"], e.Source);
        Assert.Equal(["KOR"], e.Target);
        Assert.Contains("negation", e.Context);
    }

    [Fact]
    public void A_threat_inside_a_quote_without_a_subject_is_the_speakers()
    {
        var doc = TestDocuments.Build("„Wir drohen nicht, wir warnen nur“, sagte Nauseda.", "de",
            ("Nauseda", "PER", "Gitanas_Nausėda", "LTU"));
        doc.Quotes.Add(new QuoteMention(1, 30, doc.Text[1..30], "direct", "Gitanas_Nausėda", "Nauseda", "sagte", null, "test"));
        Stage.Process(doc);
        Assert.Contains(doc.Events, e => e.Type == "THREATEN" && e.Source.SequenceEqual(["LTU"]));
    }

    [Fact]
    public void A_bare_back_reference_to_talks_is_no_event()
    {
        var doc = TestDocuments.Build("Nach dem Treffen gingen alle nach Hause.", "de");
        Stage.Process(doc);
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Every_event_span_is_the_slice_of_the_text_and_names_its_rule()
    {
        var doc = TestDocuments.Build("Die Regierung in Oslo kritisierte Minsk scharf, und Vilnius forderte neue Gespräche.", "de",
            ("Oslo", "GPE", "Norway", "NOR"), ("Minsk", "GPE", "Belarus", "BLR"), ("Vilnius", "GPE", "Lithuania", "LTU"));
        Stage.Process(doc);
        Assert.NotEmpty(doc.Events);
        foreach (var e in doc.Events)
        {
            Assert.Equal(doc.Text[e.Start..e.End], e.Text);
            Assert.False(string.IsNullOrEmpty(e.Rule));
        }
    }

    [Fact]
    public void German_weak_verbs_get_their_forms_by_rule()
    {
        var forms = VerbForms.German(VerbSpec.Parse("an+kündigen")).Select(f => f.Form).ToHashSet();
        Assert.Contains("angekündigt", forms);
        Assert.Contains("anzukündigen", forms);
        Assert.Contains("kündigte", forms);
        var weak = VerbForms.German(VerbSpec.Parse("fordern")).Select(f => f.Form).ToHashSet();
        Assert.Contains("forderte", weak);
        Assert.Contains("gefordert", weak);
        var noGe = VerbForms.German(VerbSpec.Parse("kritisieren")).Select(f => f.Form).ToHashSet();
        Assert.Contains("kritisiert", noGe);
    }

    [Fact]
    public void Every_category_has_a_weight_between_minus_ten_and_ten()
    {
        Assert.Equal(16, Stage.Scheme.Categories.Count);
        Assert.All(Stage.Scheme.Categories, c => Assert.InRange(c.Weight, -10, 10));
        Assert.True(Stage.Scheme.WeightOf("ASSAULT") < Stage.Scheme.WeightOf("CONSULT"));
    }

    [Fact]
    public void The_actor_a_noun_of_force_belongs_to_is_its_source()
    {
        var doc = TestDocuments.Build("Kroatien kritisierte die serbische Truppenkonzentration an der Grenze.", "de",
            ("Kroatien", "GPE", "Croatia", "HRV"), ("serbische", "GPE", "Serbia", "SRB"));
        var e = Single(doc, "MOBILIZE");
        Assert.Equal(["SRB"], e.Source);
    }

    [Fact]
    public void A_genitive_actor_after_a_demand_noun_is_its_source()
    {
        var doc = TestDocuments.Build("Athen wies die Forderungen Ankaras erneut zurück.", "de",
            ("Athen", "GPE", "Greece", "GRC"), ("Ankaras", "GPE", "Turkey", "TUR"));
        var e = Single(doc, "REQUEST");
        Assert.Equal(["TUR"], e.Source);
        Assert.Equal(["GRC"], e.Target);
    }

    [Fact]
    public void A_capitalised_German_verb_form_inside_a_sentence_is_read_as_a_noun()
    {
        var doc = TestDocuments.Build("Belgrad sprach von einem Angriff Albaniens.", "de",
            ("Belgrad", "GPE", "Serbia", "SRB"), ("Albaniens", "GPE", "Albania", "ALB"));
        Stage.Process(doc);
        Assert.DoesNotContain(doc.Events, e => e.Rule.StartsWith("assault.angreifen", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Source.SequenceEqual(["ALB"]));
    }

    [Fact]
    public void A_noun_of_force_without_an_actor_of_its_own_is_only_a_topic()
    {
        var doc = TestDocuments.Build("Die Regierung in Riga sagte, Lettland erwarte keinen Angriff.", "de",
            ("Lettland", "GPE", "Latvia", "LVA"));
        Stage.Process(doc);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_target_of_a_demand_can_stand_in_the_clause_that_follows()
    {
        var doc = TestDocuments.Build("Ankara fordert Garantien, dass Athen die Inseln nicht bewaffnet.", "de",
            ("Ankara", "GPE", "Turkey", "TUR"), ("Athen", "GPE", "Greece", "GRC"));
        var e = Single(doc, "REQUEST");
        Assert.Equal(["TUR"], e.Source);
        Assert.Equal(["GRC"], e.Target);
    }

    [Fact]
    public void The_other_side_of_announced_talks_can_stand_in_another_clause()
    {
        var doc = TestDocuments.Build("Danach kündigte Rom Gespräche an, zunächst mit Paris.", "de",
            ("Rom", "GPE", "Italy", "ITA"), ("Paris", "GPE", "France", "FRA"));
        var e = Single(doc, "CONSULT");
        Assert.Contains("ITA", e.Source.Concat(e.Target));
        Assert.Contains("FRA", e.Source.Concat(e.Target));
    }

    [Fact]
    public void A_joint_council_meets_as_its_sides()
    {
        var doc = TestDocuments.Build("Am Mittwoch tagt der NATO-Russland-Rat in Brüssel.", "de",
            ("NATO-Russland-Rat", "ORG", "NATO–Russia_Council", null));
        var e = Single(doc, "CONSULT");
        Assert.Contains("NATO", e.Source.Concat(e.Target));
        Assert.Contains("RUS", e.Source.Concat(e.Target));
    }

    [Fact]
    public void A_modal_with_a_perfect_infinitive_reports_a_past_act_not_a_plan()
    {
        var doc = TestDocuments.Build("Serbien soll dem Plan der Vermittler zugestimmt haben.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"));
        var e = Single(doc, "AGREE");
        Assert.DoesNotContain("future", e.Context);
    }

    [Fact]
    public void A_city_that_does_not_stand_for_a_government_is_no_actor()
    {
        var doc = TestDocuments.Build("In Genf verhandeln Armenien und Aserbaidschan.", "de",
            ("Genf", "GPE", "Geneva", null), ("Armenien", "GPE", "Armenia", "ARM"), ("Aserbaidschan", "GPE", "Azerbaijan", "AZE"));
        var e = Single(doc, "CONSULT");
        Assert.DoesNotContain("Geneva", e.Source.Concat(e.Target));
        Assert.Equal("Geneva", e.Location);
    }

    [Fact]
    public void An_English_threat_to_respond_with_force_is_a_threat()
    {
        var doc = TestDocuments.Build("Ankara said Turkey would respond with force if Greece armed the islands.", "en",
            ("Ankara", "GPE", "Turkey", "TUR"), ("Turkey", "GPE", "Turkey", "TUR"), ("Greece", "GPE", "Greece", "GRC"));
        Stage.Process(doc);
        Assert.Contains(doc.Events, e => e.Type == "THREATEN" && e.Source.SequenceEqual(["TUR"]));
    }

    [Fact]
    public void An_English_aid_package_for_a_state_is_aid_to_it()
    {
        var doc = TestDocuments.Build("Canada announced a new military aid package for Moldova.", "en",
            ("Canada", "GPE", "Canada", "CAN"), ("Moldova", "GPE", "Moldova", "MDA"));
        var e = Single(doc, "AID");
        Assert.Equal(["CAN"], e.Source);
        Assert.Equal(["MDA"], e.Target);
    }
}
