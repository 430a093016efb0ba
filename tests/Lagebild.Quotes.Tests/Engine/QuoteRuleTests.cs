using Lagebild.Core.Model;
using Lagebild.Quotes.Tests.Support;

namespace Lagebild.Quotes.Tests.Engine;

/// <summary>The quote rules on invented sentences with an invented lexicon (Gondor, Arnor).</summary>
public class QuoteRuleTests
{
    private static readonly QuoteStage Stage = MiniLexicon.Stage();

    private static List<QuoteMention> Run(Document document)
    {
        Stage.Process(document);
        foreach (var q in document.Quotes)
        {
            Assert.Equal(document.Text[q.Start..q.End], q.Text);
        }

        return document.Quotes;
    }

    [Fact]
    public void A_direct_quote_followed_by_its_attribution_is_credited_to_the_speaker()
    {
        var doc = TestDocuments.Build("„Die Brücke bleibt offen“, sagte Aragorn Elessar am Abend.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Die Brücke bleibt offen", q.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Aragorn", q.Speaker);
        Assert.Equal("sagte", q.Cue);
    }

    [Fact]
    public void An_interrupted_quote_gives_two_quotes_with_one_speaker()
    {
        var doc = TestDocuments.Build("„Wir reden“, sagte Aragorn Elessar, „aber wir weichen nicht.“")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var quotes = Run(doc);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Aragorn", q.Speaker));
        Assert.Equal("aber wir weichen nicht.", quotes[1].Text);
    }

    [Fact]
    public void Scare_quotes_with_no_speaker_are_not_quotes()
    {
        var doc = TestDocuments.Build("Gondor zog neue „rote Linien“ an der Grenze.")
            .Entity("Gondor", "GPE", "Gondor", "GON");
        Assert.Empty(Run(doc));
    }

    [Fact]
    public void A_fragment_credited_by_a_speech_verb_is_a_quote()
    {
        var doc = TestDocuments.Build("Aragorn Elessar nannte die Gespräche „nützlich“.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("nützlich", q.Text);
        Assert.Equal("Aragorn", q.Speaker);
    }

    [Fact]
    public void A_reported_clause_in_Konjunktiv_after_a_speech_verb_is_indirect()
    {
        var doc = TestDocuments.Build("Aragorn Elessar sagte am Morgen, die Lage sei ernst.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("die Lage sei ernst", q.Text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Aragorn", q.Speaker);
    }

    [Fact]
    public void A_reported_clause_with_a_quoted_fragment_is_one_indirect_quote()
    {
        var doc = TestDocuments.Build("Aragorn Elessar sagte, es werde „sehr bald“ Frieden geben.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("es werde „sehr bald“ Frieden geben", q.Text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
    }

    [Fact]
    public void A_trailing_attribution_credits_the_clause_before_it()
    {
        var doc = TestDocuments.Build("Der Pass sei gesperrt, warnte der Sprecher von Arnor.")
            .Reference("der Sprecher von Arnor", null, "ARN")
            .Entity("Arnor", "GPE", "Arnor", "ARN");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Der Pass sei gesperrt", q.Text);
        Assert.Equal("ARN", q.Speaker);
        Assert.Equal("warnte", q.Cue);
    }

    [Fact]
    public void A_separable_verb_cues_only_with_its_particle()
    {
        var doc = TestDocuments.Build("Der Rat von Gondor teilte am Abend mit, die Grenze bleibe zu.")
            .Entity("Gondor", "GPE", "Gondor", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("teilte mit", q.Cue);
        Assert.Equal("GON", q.Speaker);
    }

    [Fact]
    public void A_verb_with_another_particle_is_not_a_speech_cue()
    {
        var doc = TestDocuments.Build("Aragorn Elessar sagte das Treffen ab, es sei zu spät.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        Assert.Empty(Run(doc));
    }

    [Fact]
    public void A_Konjunktiv_sentence_continues_the_statement_before_it()
    {
        var doc = TestDocuments.Build("Aragorn Elessar sagte, die Lage sei ernst. Man werde aber weiter verhandeln.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var quotes = Run(doc);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Man werde aber weiter verhandeln", quotes[1].Text);
        Assert.Equal("Aragorn", quotes[1].Speaker);
        Assert.Equal("indirect.continuation", quotes[1].Rule);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_person_named_before()
    {
        var doc = TestDocuments.Build("Aragorn Elessar kam spät. „Wir bleiben hier“, sagte er.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Aragorn", q.Speaker);
        Assert.Equal("er", q.SpeakerText);
    }

    [Fact]
    public void A_definite_role_noun_refers_back_to_the_last_speaker()
    {
        var doc = TestDocuments.Build("Die Grenze sei offen, sagte Faramir Hurin. „Niemand muss fliehen“, sagte der Sprecher.")
            .Entity("Faramir Hurin", "PER", "Faramir", "GON");
        var quotes = Run(doc);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Faramir", quotes[1].Speaker);
        Assert.Equal("der Sprecher", quotes[1].SpeakerText);
    }

    [Fact]
    public void A_title_with_the_definite_article_refers_to_the_person_named_after_that_title()
    {
        var doc = TestDocuments.Build("Gestern traf Sprecher Faramir Hurin den Rat. Die Lage sei ernst, sagte der Sprecher.")
            .Entity("Faramir Hurin", "PER", "Faramir", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Faramir", q.Speaker);
    }

    [Fact]
    public void An_unnamed_official_speaks_for_the_state_in_the_phrase()
    {
        var doc = TestDocuments.Build("Die Lage sei ruhig, sagte ein Gondor-Beamter.")
            .Entity("Gondor", "GPE", "Gondor", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("GON", q.Speaker);
    }

    [Fact]
    public void A_relay_named_with_laut_becomes_via_and_the_subject_the_speaker()
    {
        var doc = TestDocuments.Build("Laut Herold erwartet Arnor eine Antwort bis Freitag.")
            .Entity("Herold", "ORG", "Gondor_Herald", "Gondor_Herald")
            .Entity("Arnor", "GPE", "Arnor", "ARN");
        var q = Assert.Single(Run(doc));
        Assert.Equal("erwartet Arnor eine Antwort bis Freitag", q.Text);
        Assert.Equal("ARN", q.Speaker);
        Assert.Equal("Gondor_Herald", q.Via);
    }

    [Fact]
    public void A_relay_verb_credits_its_object_and_keeps_the_relay_as_via()
    {
        var doc = TestDocuments.Build("Der Herold zitierte Faramir Hurin mit den Worten, der Pass sei frei.")
            .Entity("Herold", "ORG", "Gondor_Herald", "Gondor_Herald")
            .Entity("Faramir Hurin", "PER", "Faramir", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Faramir", q.Speaker);
        Assert.Equal("Gondor_Herald", q.Via);
    }

    [Fact]
    public void An_English_said_that_clause_is_indirect()
    {
        var doc = TestDocuments.Build("Aragorn Elessar said on Monday that the bridge would stay open.", "en")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("that the bridge would stay open", q.Text);
        Assert.Equal("Aragorn", q.Speaker);
    }

    [Fact]
    public void An_English_according_to_statement_is_indirect()
    {
        var doc = TestDocuments.Build("According to Faramir Hurin, the pass is closed.", "en")
            .Entity("Faramir Hurin", "PER", "Faramir", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("the pass is closed", q.Text);
        Assert.Equal("Faramir", q.Speaker);
    }

    [Fact]
    public void An_English_quote_with_the_speaker_before_said_is_direct()
    {
        var doc = TestDocuments.Build("“We will not move,” Faramir Hurin said.", "en")
            .Entity("Faramir Hurin", "PER", "Faramir", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("We will not move,", q.Text);
        Assert.Equal("Faramir", q.Speaker);
    }

    [Fact]
    public void A_trailing_attribution_to_an_unrecognised_speaker_keeps_the_report_and_the_words()
    {
        var doc = TestDocuments.Build("Der Pass sei gesperrt, warnte der Hohe Rat.");
        var q = Assert.Single(Run(doc));
        Assert.Equal("Der Pass sei gesperrt", q.Text);
        Assert.Null(q.Speaker);
        Assert.Equal("der Hohe Rat", q.SpeakerText);
    }

    [Fact]
    public void Laut_with_an_unrecognised_name_still_marks_the_report()
    {
        var doc = TestDocuments.Build("Laut Herold plant Arnor neue Gespräche.")
            .Entity("Arnor", "GPE", "Arnor", "ARN");
        var q = Assert.Single(Run(doc));
        Assert.Equal("plant Arnor neue Gespräche", q.Text);
        Assert.Equal("Herold", q.SpeakerText);
    }

    [Fact]
    public void A_scare_quote_in_a_sentence_without_a_speech_cue_stays_unquoted_even_after_a_statement()
    {
        var doc = TestDocuments.Build("Aragorn Elessar sagte, die Lage sei ernst. Der „Frieden“ hielt nur kurz.")
            .Entity("Aragorn Elessar", "PER", "Aragorn", "GON");
        var q = Assert.Single(Run(doc));
        Assert.Equal("die Lage sei ernst", q.Text);
    }

    [Fact]
    public void A_document_in_a_language_without_data_gets_no_quotes()
    {
        var doc = TestDocuments.Build("„Hola“, dijo Aragorn.", "es");
        Assert.Empty(Run(doc));
    }
}
