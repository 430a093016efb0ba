using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Xunit;

namespace Lagebild.Events.Tests;

/// <summary>Roles from cue words: inverse accusations, directions, complement and condition clauses, noun forms.</summary>
public sealed class RoleCueTests
{
    private static readonly EventStage Stage = new(DataDirectory.Locate());

    private static List<EventMention> Events(Document document, string type)
    {
        Stage.Process(document);
        return document.Events.Where(e => e.Type == type).ToList();
    }

    [Fact]
    public void A_German_state_said_to_pose_a_danger_is_accused_by_the_speaker()
    {
        var doc = TestDocuments.Build("Teheran erklärt, dass die Flotte der USA im Golf eine Gefahr darstelle.", "de",
            ("Teheran", "GPE", "Iran", "IRN"), ("USA", "GPE", "United_States", "USA"));
        var e = Assert.Single(Events(doc, "ACCUSE"));
        Assert.Equal(["IRN"], e.Source);
        Assert.Equal(["USA"], e.Target);
    }

    [Fact]
    public void An_English_state_said_to_pose_a_threat_is_accused_by_the_speaker()
    {
        var doc = TestDocuments.Build("Tehran said, that the US fleet poses a threat.", "en",
            ("Tehran", "GPE", "Iran", "IRN"), ("US", "GPE", "United_States", "USA"));
        var e = Assert.Single(Events(doc, "ACCUSE"));
        Assert.Equal(["IRN"], e.Source);
        Assert.Equal(["USA"], e.Target);
    }

    [Fact]
    public void A_German_march_into_a_country_has_that_country_as_target()
    {
        var doc = TestDocuments.Build("Armenien warnt, Aserbaidschan könne in die Republik Armenien einmarschieren.", "de",
            ("Armenien", "GPE", "Armenia", "ARM"), ("Aserbaidschan", "GPE", "Azerbaijan", "AZE"), ("Armenien", "GPE", "Armenia", "ARM"));
        var e = Assert.Single(Events(doc, "ASSAULT"));
        Assert.Equal(["AZE"], e.Source);
        Assert.Equal(["ARM"], e.Target);
    }

    [Fact]
    public void An_English_march_into_a_country_has_that_country_as_target()
    {
        var doc = TestDocuments.Build("Azerbaijani troops could invade into Armenia.", "en",
            ("Azerbaijani", "GPE", "Azerbaijan", "AZE"), ("Armenia", "GPE", "Armenia", "ARM"));
        var e = Assert.Single(Events(doc, "ASSAULT"));
        Assert.Equal(["ARM"], e.Target);
    }

    [Fact]
    public void A_German_preposition_governing_a_noun_does_not_govern_the_adjective_actor_after_it()
    {
        var doc = TestDocuments.Build("Im Falle einer serbischen Offensive gegen den Kosovo drohen Sanktionen.", "de",
            ("serbischen", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        var e = Assert.Single(Events(doc, "ASSAULT"));
        Assert.Equal(["SRB"], e.Source);
        Assert.Equal(["XKX"], e.Target);
        Assert.Contains("hypothetical", e.Context);
    }

    [Fact]
    public void The_genitive_after_an_invasion_is_the_invaded_state_not_the_invader()
    {
        var de = TestDocuments.Build("Ob China eine Invasion Taiwans plant, ist unklar.", "de",
            ("China", "GPE", "China", "CHN"), ("Taiwans", "GPE", "Taiwan", "TWN"));
        Assert.DoesNotContain(Events(de, "ASSAULT"), e => e.Source.Contains("TWN"));

        var en = TestDocuments.Build("The Chinese invasion of Taiwan would change Asia.", "en",
            ("Chinese", "GPE", "China", "CHN"), ("Taiwan", "GPE", "Taiwan", "TWN"));
        var e = Assert.Single(Events(en, "ASSAULT"));
        Assert.Equal(["CHN"], e.Source);
        Assert.Equal(["TWN"], e.Target);
    }

    [Fact]
    public void A_German_threat_noun_in_a_complement_clause_is_the_speakers_act_against_the_clause_actors()
    {
        var doc = TestDocuments.Build("Peking sagte, dass Strafzölle aus Washington zum Abbruch der Gespräche führen würden.", "de",
            ("Peking", "GPE", "China", "CHN"), ("Washington", "GPE", "United_States", "USA"));
        var e = Assert.Single(Events(doc, "THREATEN"));
        Assert.Equal(["CHN"], e.Source);
        Assert.Equal(["USA"], e.Target);
    }

    [Fact]
    public void A_German_threat_answering_a_condition_targets_the_conditions_subject()
    {
        var doc = TestDocuments.Build("Sollte Serbien die Grenze schließen, droht Brüssel mit Konsequenzen.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Brüssel", "ORG", "European_Union", "European_Union"));
        var e = Assert.Single(Events(doc, "THREATEN"));
        Assert.Equal(["European_Union"], e.Source);
        Assert.Equal(["SRB"], e.Target);
    }

    [Fact]
    public void An_English_warning_of_consequences_answering_a_condition_targets_the_conditions_subject()
    {
        var doc = TestDocuments.Build("If Serbia closes the border, Brussels warned of consequences.", "en",
            ("Serbia", "GPE", "Serbia", "SRB"), ("Brussels", "ORG", "European_Union", "European_Union"));
        var e = Assert.Single(Events(doc, "THREATEN"));
        Assert.Equal(["European_Union"], e.Source);
        Assert.Equal(["SRB"], e.Target);
    }

    [Fact]
    public void A_confirmation_is_an_agreement_only_when_both_sides_confirm()
    {
        var both = TestDocuments.Build("Sowohl Vucic als auch Kurti bestätigten den Zeitplan.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        Assert.Single(Events(both, "AGREE"));

        var one = TestDocuments.Build("Belgrad bestätigte den Bericht.", "de", ("Belgrad", "GPE", "Serbia", "SRB"));
        Assert.Empty(Events(one, "AGREE"));

        var english = TestDocuments.Build("Vucic and Kurti confirmed the timetable.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        Assert.Single(Events(english, "AGREE"));
    }

    [Fact]
    public void A_stance_calling_a_proposal_unacceptable_is_a_rejection()
    {
        var de = TestDocuments.Build("Athen hält den Vorschlag aus Ankara für inakzeptabel.", "de",
            ("Athen", "GPE", "Greece", "GRC"), ("Ankara", "GPE", "Turkey", "TUR"));
        Assert.Single(Events(de, "REJECT"));

        var en = TestDocuments.Build("Athens called the proposal from Ankara unacceptable.", "en",
            ("Athens", "GPE", "Greece", "GRC"), ("Ankara", "GPE", "Turkey", "TUR"));
        Assert.Single(Events(en, "REJECT"));
    }

    [Fact]
    public void An_English_meeting_after_an_article_is_not_read_as_the_verb_meet()
    {
        var doc = TestDocuments.Build("The meeting between Vucic and Kurti lasted two hours.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        var e = Assert.Single(Events(doc, "CONSULT"));
        Assert.StartsWith("consult.meeting", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_adjacent_names_of_different_states_are_subject_and_object()
    {
        var doc = TestDocuments.Build("Danach habe Scholz Erdogan gewarnt.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"));
        var e = Assert.Single(Events(doc, "THREATEN"));
        Assert.Equal(["DEU"], e.Source);
        Assert.Equal(["TUR"], e.Target);
    }

    [Fact]
    public void A_threat_of_consequences_is_stated_now_even_when_its_clause_speaks_of_the_future()
    {
        var de = TestDocuments.Build("Sollte Serbien die Grenze schließen, werde Brüssel mit Sanktionen reagieren.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Brüssel", "ORG", "European_Union", "European_Union"));
        var e = Assert.Single(Events(de, "THREATEN"));
        Assert.DoesNotContain("future", e.Context);
        Assert.Equal(["SRB"], e.Target);

        var en = TestDocuments.Build("If Serbia closes the border, Brussels will respond with sanctions.", "en",
            ("Serbia", "GPE", "Serbia", "SRB"), ("Brussels", "ORG", "European_Union", "European_Union"));
        var english = Assert.Single(Events(en, "THREATEN"));
        Assert.DoesNotContain("future", english.Context);
    }

    [Fact]
    public void An_agent_phrase_after_an_active_verb_is_no_source()
    {
        var en = TestDocuments.Build("Vucic and Kurti met in Brussels for talks mediated by the EU.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"), ("EU", "ORG", "European_Union", "European_Union"));
        Assert.All(Events(en, "CONSULT"), e => Assert.DoesNotContain("European_Union", e.Source));

        var de = TestDocuments.Build("Belgrad erwartet eine Antwort von der EU.", "de",
            ("Belgrad", "GPE", "Serbia", "SRB"), ("EU", "ORG", "European_Union", "European_Union"));
        var request = Assert.Single(Events(de, "REQUEST"));
        Assert.Equal(["SRB"], request.Source);
        Assert.Equal(["European_Union"], request.Target);
    }

    [Fact]
    public void An_agent_phrase_in_a_passive_clause_is_the_source()
    {
        var de = TestDocuments.Build("Der Plan wurde von Belgrad abgelehnt.", "de", ("Belgrad", "GPE", "Serbia", "SRB"));
        Assert.Equal(["SRB"], Assert.Single(Events(de, "REJECT")).Source);
        var en = TestDocuments.Build("The plan was rejected by Belgrade.", "en", ("Belgrade", "GPE", "Serbia", "SRB"));
        Assert.Equal(["SRB"], Assert.Single(Events(en, "REJECT")).Source);
    }

    [Fact]
    public void An_English_call_to_a_person_is_a_phone_call_but_a_call_on_someone_is_a_request()
    {
        var call = TestDocuments.Build("Secretary of State Antony Blinken called Vucic on Tuesday.", "en",
            ("Antony Blinken", "PER", "Antony_Blinken", "USA"), ("Vucic", "PER", "Aleksandar_Vučić", "SRB"));
        Stage.Process(call);
        Assert.Contains(call.Events, e => e.Type == "CONSULT" && e.Mode == "phone" && e.Source.SequenceEqual(["USA"]));
        Assert.DoesNotContain(call.Events, e => e.Type == "REQUEST");

        var request = TestDocuments.Build("Blinken called on Vucic to withdraw the troops.", "en",
            ("Blinken", "PER", "Antony_Blinken", "USA"), ("Vucic", "PER", "Aleksandar_Vučić", "SRB"));
        Stage.Process(request);
        Assert.Contains(request.Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain(request.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void An_actor_after_of_belongs_to_a_noun_and_is_not_the_subject()
    {
        var doc = TestDocuments.Build("Russia, an ally of Serbia, dismissed the plan.", "en",
            ("Russia", "GPE", "Russia", "RUS"), ("Serbia", "GPE", "Serbia", "SRB")).InSentences();
        Assert.Equal(["RUS"], Assert.Single(Events(doc, "REJECT")).Source);
    }

    [Fact]
    public void Both_sides_named_before_the_trigger_are_its_subject_rather_than_the_speaker()
    {
        var doc = TestDocuments.Build("Vucic met Kurti in Brussels. Borrell said both sides had agreed on the plan.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"),
            ("Borrell", "PER", "Josep_Borrell", "European_Union")).InSentences();
        var e = Assert.Single(Events(doc, "AGREE"));
        Assert.DoesNotContain("European_Union", e.Source);
        Assert.Contains("SRB", e.Source);
    }

    [Fact]
    public void A_German_pronoun_subject_stands_for_the_person_named_in_the_sentence_before()
    {
        var doc = TestDocuments.Build("Vucic traf am Montag in Paris ein. Dort warnte er Kurti vor neuen Schritten.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        var e = Assert.Single(Events(doc, "THREATEN"));
        Assert.Equal(["SRB"], e.Source);
        Assert.Equal(["XKX"], e.Target);
    }

    [Fact]
    public void An_English_pronoun_subject_stands_for_the_person_named_in_the_sentence_before()
    {
        var doc = TestDocuments.Build("Vucic arrived in Paris on Monday. There he accused Kurti of provocations.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        var e = Assert.Single(Events(doc, "ACCUSE"));
        Assert.Equal(["SRB"], e.Source);
        Assert.Equal(["XKX"], e.Target);
    }

    [Fact]
    public void A_German_act_in_a_clause_without_subject_belongs_to_the_subject_of_the_clause_it_continues()
    {
        var doc = TestDocuments.Build("Nachdem Serbien und Ungarn den Vorschlag Kroatiens, dass die Grenze offen bleiben solle, zurückgewiesen hatten, folgte Streit.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Ungarn", "GPE", "Hungary", "HUN"), ("Kroatiens", "GPE", "Croatia", "HRV"));
        var e = Assert.Single(Events(doc, "REJECT"));
        Assert.Contains("SRB", e.Source);
        Assert.Contains("HUN", e.Source);
        Assert.Equal(["HRV"], e.Target);
    }

    [Fact]
    public void An_infinitive_after_a_demand_is_done_by_the_actor_named_last()
    {
        var de = TestDocuments.Build("Kurti forderte die EU auf, Sanktionen gegen Serbien zu verhängen.", "de",
            ("Kurti", "PER", "Albin_Kurti", "XKX"), ("EU", "ORG", "European_Union", "European_Union"), ("Serbien", "GPE", "Serbia", "SRB"));
        Assert.Equal(["European_Union"], Assert.Single(Events(de, "SANCTION")).Source);

        var en = TestDocuments.Build("Kurti urged the EU, in a letter, to impose sanctions on Serbia.", "en",
            ("Kurti", "PER", "Albin_Kurti", "XKX"), ("EU", "ORG", "European_Union", "European_Union"), ("Serbia", "GPE", "Serbia", "SRB"));
        Assert.Equal(["European_Union"], Assert.Single(Events(en, "SANCTION")).Source);
    }

    [Fact]
    public void A_German_invasion_in_a_condition_is_the_act_of_the_conditions_subject()
    {
        var doc = TestDocuments.Build("Sollte sich China dazu entschließen, mit einer Invasion in das Nachbarland Taiwan fortzufahren, drohen Sanktionen.", "de",
            ("China", "GPE", "China", "CHN"), ("Taiwan", "GPE", "Taiwan", "TWN"));
        var e = Assert.Single(Events(doc, "ASSAULT"));
        Assert.Equal(["CHN"], e.Source);
        Assert.Contains("hypothetical", e.Context);
    }

    [Fact]
    public void An_English_invasion_in_a_condition_is_the_act_of_the_conditions_subject()
    {
        var doc = TestDocuments.Build("If China goes ahead with an invasion of Taiwan, sanctions will follow.", "en",
            ("China", "GPE", "China", "CHN"), ("Taiwan", "GPE", "Taiwan", "TWN"));
        var e = Assert.Single(Events(doc, "ASSAULT"));
        Assert.Equal(["CHN"], e.Source);
        Assert.Equal(["TWN"], e.Target);
        Assert.Contains("hypothetical", e.Context);
    }

    [Fact]
    public void A_topic_noun_of_force_outside_a_condition_is_no_assault()
    {
        var doc = TestDocuments.Build("Die USA werfen China vor, eine Invasion Taiwans vorzubereiten.", "de",
            ("USA", "GPE", "United_States", "USA"), ("China", "GPE", "China", "CHN"), ("Taiwans", "GPE", "Taiwan", "TWN"));
        Assert.Empty(Events(doc, "ASSAULT"));
    }

    [Fact]
    public void A_noun_of_force_after_a_possessive_belongs_to_the_clause_subject()
    {
        var de = TestDocuments.Build("Belgrad setzt seine massive Truppenaufstockung an der Grenze fort.", "de", ("Belgrad", "GPE", "Serbia", "SRB"));
        Assert.Equal(["SRB"], Assert.Single(Events(de, "MOBILIZE")).Source);
        var en = TestDocuments.Build("Belgrade continued its military buildup near the border.", "en", ("Belgrade", "GPE", "Serbia", "SRB"));
        Assert.Equal(["SRB"], Assert.Single(Events(en, "MOBILIZE")).Source);
    }

    [Fact]
    public void An_adjective_actor_inside_a_prepositional_phrase_is_no_subject_of_another_act()
    {
        var doc = TestDocuments.Build("Im Falle einer serbischen Offensive würden Sanktionen gegen Belgrad verhängt.", "de",
            ("serbischen", "GPE", "Serbia", "SRB"), ("Belgrad", "GPE", "Serbia", "SRB"));
        Stage.Process(doc);
        Assert.Contains(doc.Events, e => e.Type == "ASSAULT" && e.Source.SequenceEqual(["SRB"]));
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION" && e.Source.Contains("SRB"));
    }

    [Fact]
    public void A_subject_after_a_time_phrase_stays_the_subject()
    {
        var doc = TestDocuments.Build("Danach soll am Mittwoch der serbische Präsident mit Kurti sprechen.", "de",
            ("serbische", "GPE", "Serbia", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        var e = Assert.Single(Events(doc, "CONSULT"));
        Assert.Equal(["SRB"], e.Source);
        Assert.Equal(["XKX"], e.Target);
    }

    [Fact]
    public void The_actors_inside_a_compound_meeting_noun_hold_the_meeting_whatever_governs_it()
    {
        var doc = TestDocuments.Build("Nach zwei Tagen Serbien-Kosovo-Gesprächen herrscht Ernüchterung.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        var e = Assert.Single(Events(doc, "CONSULT"));
        Assert.Contains("SRB", e.Source);
        Assert.Contains("XKX", e.Source);
    }

    [Fact]
    public void A_German_passive_without_agent_takes_no_subject_from_the_clause_before()
    {
        var doc = TestDocuments.Build("Belgrad kritisiert den Plan, der von vielen unterstützt wird.", "de", ("Belgrad", "GPE", "Serbia", "SRB"));
        Assert.Empty(Events(doc, "SUPPORT"));
    }

    [Fact]
    public void An_English_subordinate_clause_without_comma_keeps_its_own_subject()
    {
        var doc = TestDocuments.Build("China accused the United States of meddling after Washington approved an arms sale to Taiwan.", "en",
            ("China", "GPE", "China", "CHN"), ("United States", "GPE", "United_States", "USA"), ("Washington", "GPE", "United_States", "USA"),
            ("Taiwan", "GPE", "Taiwan", "TWN"));
        Stage.Process(doc);
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["CHN"], accusation.Source);
        Assert.Equal(["USA"], accusation.Target);
        Assert.DoesNotContain(doc.Events, e => e.Type == "AGREE" && e.Source.Contains("CHN"));
    }

    [Fact]
    public void An_English_condition_without_comma_keeps_its_hypothetical_context_and_subject()
    {
        var doc = TestDocuments.Build("Brussels will impose sanctions if Serbia attacks Kosovo.", "en",
            ("Brussels", "ORG", "European_Union", "European_Union"), ("Serbia", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        Stage.Process(doc);
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SRB"], attack.Source);
        Assert.Equal(["XKX"], attack.Target);
        Assert.Contains("hypothetical", attack.Context);
    }
}
