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
}
