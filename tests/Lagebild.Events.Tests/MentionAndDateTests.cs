using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Xunit;

namespace Lagebild.Events.Tests;

/// <summary>Which noun mentions are events, and which time dates an act.</summary>
public sealed class MentionAndDateTests
{
    private static readonly EventStage Stage = new(DataDirectory.Locate());

    private static List<EventMention> Events(Document document, string type)
    {
        Stage.Process(document);
        return document.Events.Where(e => e.Type == type).ToList();
    }

    [Fact]
    public void A_German_meeting_named_after_an_article_without_its_own_actors_refers_back_and_is_no_event()
    {
        var doc = TestDocuments.Build("Das Präsidialamt in Ankara zeigte sich nach dem Gespräch zufrieden.", "de",
            ("Ankara", "GPE", "Turkey", "TUR"));
        Assert.Empty(Events(doc, "CONSULT"));
    }

    [Fact]
    public void An_English_call_named_after_an_article_without_its_own_actors_refers_back_and_is_no_event()
    {
        var doc = TestDocuments.Build("Ankara described the tone of the call as frank.", "en", ("Ankara", "GPE", "Turkey", "TUR"));
        Assert.Empty(Events(doc, "CONSULT"));
    }

    [Fact]
    public void A_German_call_with_a_named_partner_after_a_preposition_is_an_event()
    {
        var doc = TestDocuments.Build("Scholz informierte die Partner nach dem Telefonat mit Erdogan.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"));
        Assert.Single(Events(doc, "CONSULT"));
    }

    [Fact]
    public void An_English_summit_named_by_its_leaders_after_an_article_is_an_event()
    {
        var doc = TestDocuments.Build("After the Erdogan-Putin summit grain exports resumed.", "en",
            ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"), ("Putin", "PER", "Vladimir_Putin", "RUS"));
        Assert.Single(Events(doc, "CONSULT"));
    }

    [Fact]
    public void A_lower_case_German_form_of_a_noun_trigger_is_a_verb_and_no_meeting()
    {
        var doc = TestDocuments.Build("Polen will keine Entscheidungen ohne seine Partner treffen.", "de",
            ("Polen", "GPE", "Poland", "POL"));
        Assert.Empty(Events(doc, "CONSULT"));
    }

    [Fact]
    public void A_trigger_word_inside_a_longer_name_is_no_trigger()
    {
        var de = TestDocuments.Build("Die Schanghaier Organisation für Zusammenarbeit tagt in Kasachstan.", "de",
            ("Schanghaier Organisation für Zusammenarbeit", "ORG", "Shanghai_Cooperation_Organisation", "Shanghai_Cooperation_Organisation"),
            ("Kasachstan", "GPE", "Kazakhstan", "KAZ"));
        Assert.Empty(Events(de, "COOPERATE"));

        var en = TestDocuments.Build("China hosts the Shanghai Cooperation Organisation with India.", "en",
            ("China", "GPE", "China", "CHN"),
            ("Shanghai Cooperation Organisation", "ORG", "Shanghai_Cooperation_Organisation", "Shanghai_Cooperation_Organisation"),
            ("India", "GPE", "India", "IND"));
        Assert.Empty(Events(en, "COOPERATE"));
    }

    [Fact]
    public void A_news_agency_without_an_actor_code_never_acts()
    {
        var de = TestDocuments.Build("Reuters meldet Polen fordert neue Sanktionen gegen Minsk.", "de",
            ("Reuters", "ORG", "Reuters", null), ("Polen", "GPE", "Poland", "POL"), ("Minsk", "GPE", "Belarus", "BLR"));
        Assert.All(Events(de, "REQUEST"), e => Assert.Equal(["POL"], e.Source));

        var en = TestDocuments.Build("Reuters says Poland demanded new sanctions against Minsk.", "en",
            ("Reuters", "ORG", "Reuters", null), ("Poland", "GPE", "Poland", "POL"), ("Minsk", "GPE", "Belarus", "BLR"));
        var e = Assert.Single(Events(en, "REQUEST"));
        Assert.Equal(["POL"], e.Source);
    }

    [Fact]
    public void A_start_point_after_seit_never_dates_an_act()
    {
        var de = TestDocuments.Build("Serbien und Kosovo verhandeln wieder, erstmals seit März 2019.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        TestDocuments.AddTimex(de, "seit März 2019", "2019-03");
        Assert.All(Events(de, "CONSULT"), e => Assert.NotEqual("2019-03", e.Date));

        var en = TestDocuments.Build("Serbia and Kosovo negotiated again, for the first time since March 2019.", "en",
            ("Serbia", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        TestDocuments.AddTimex(en, "March 2019", "2019-03");
        Assert.All(Events(en, "CONSULT"), e => Assert.NotEqual("2019-03", e.Date));
    }

    [Fact]
    public void Each_act_of_a_German_sentence_takes_the_date_of_its_own_clause_and_a_day_without_year_the_nearest_year()
    {
        var doc = TestDocuments.Build("Vucic und Kurti verhandeln am Montag in Brüssel, nachdem sie sich am 29. Dezember in Ohrid getroffen hatten.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        doc.Dct = new DocumentDate("2023-01-04", DateBasis.Given);
        TestDocuments.AddTimex(doc, "am Montag", "2023-01-09");
        TestDocuments.AddTimex(doc, "am 29. Dezember", "XXXX-12-29");
        var talks = Events(doc, "CONSULT");
        Assert.Contains(talks, e => e.Date == "2023-01-09");
        Assert.Contains(talks, e => e.Date == "2022-12-29");
    }

    [Fact]
    public void Each_act_of_an_English_sentence_takes_the_date_of_its_own_clause()
    {
        var doc = TestDocuments.Build("Vucic and Kurti negotiate on Monday in Brussels, after Vucic met Kurti on 29 December in Ohrid.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"),
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        doc.Dct = new DocumentDate("2023-01-04", DateBasis.Given);
        TestDocuments.AddTimex(doc, "on Monday", "2023-01-09");
        TestDocuments.AddTimex(doc, "on 29 December", "XXXX-12-29");
        var talks = Events(doc, "CONSULT");
        Assert.Contains(talks, e => e.Date == "2023-01-09" && e.Rule.StartsWith("consult.negotiate", StringComparison.Ordinal));
        Assert.Contains(talks, e => e.Date == "2022-12-29" && e.Rule.StartsWith("consult.meet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weekday_that_cannot_be_resolved_keeps_a_date_of_another_clause_from_the_act()
    {
        var doc = TestDocuments.Build("Vucic und Kurti verhandeln am Montag in Brüssel, nachdem sie sich am 29. Dezember in Ohrid getroffen hatten.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"));
        TestDocuments.AddTimex(doc, "am Montag", "XXXX-WXX-1");
        TestDocuments.AddTimex(doc, "am 29. Dezember", "XXXX-12-29");
        var talks = Events(doc, "CONSULT");
        Assert.Contains(talks, e => e.Date is null && e.Rule.StartsWith("consult.verhandeln", StringComparison.Ordinal));
    }

    [Fact]
    public void A_German_repeated_mention_of_a_summit_takes_the_date_of_the_first()
    {
        var doc = TestDocuments.Build("Erdogan und Putin haben sich am 5. August in Sotschi getroffen. Nach dem Erdogan-Putin-Gipfel meldete Ankara Fortschritte.", "de",
            ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"), ("Putin", "PER", "Vladimir_Putin", "RUS"),
            ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"), ("Putin", "PER", "Vladimir_Putin", "RUS"),
            ("Ankara", "GPE", "Turkey", "TUR")).InSentences();
        TestDocuments.AddTimex(doc, "am 5. August", "2022-08-05");
        var summit = Assert.Single(Events(doc, "CONSULT"), e => e.Rule.StartsWith("consult.gipfel", StringComparison.Ordinal));
        Assert.Equal("2022-08-05", summit.Date);
    }

    [Fact]
    public void An_English_repeated_mention_of_a_summit_takes_the_date_of_the_first()
    {
        var doc = TestDocuments.Build("Erdogan and Putin met in Sochi on 5 August. After the Erdogan-Putin summit, Ankara reported progress.", "en",
            ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"), ("Putin", "PER", "Vladimir_Putin", "RUS"),
            ("Erdogan", "PER", "Recep_Tayyip_Erdoğan", "TUR"), ("Putin", "PER", "Vladimir_Putin", "RUS"),
            ("Ankara", "GPE", "Turkey", "TUR")).InSentences();
        TestDocuments.AddTimex(doc, "on 5 August", "2022-08-05");
        var summit = Assert.Single(Events(doc, "CONSULT"), e => e.Rule.StartsWith("consult.summit", StringComparison.Ordinal));
        Assert.Equal("2022-08-05", summit.Date);
    }

    [Fact]
    public void German_talks_announced_with_one_side_in_each_following_clause_are_one_act_with_each_side()
    {
        var doc = TestDocuments.Build("Danach kündigte Belgrad Gespräche an, einerseits mit der EU, andererseits mit Washington.", "de",
            ("Belgrad", "GPE", "Serbia", "SRB"), ("EU", "ORG", "European_Union", "European_Union"), ("Washington", "GPE", "United_States", "USA"));
        var talks = Events(doc, "CONSULT");
        Assert.Equal(2, talks.Count);
        Assert.Contains(talks, e => e.Source.SequenceEqual(["SRB"]) && e.Target.SequenceEqual(["European_Union"]));
        Assert.Contains(talks, e => e.Source.SequenceEqual(["SRB"]) && e.Target.SequenceEqual(["USA"]) && e.Text.Contains("Washington", StringComparison.Ordinal));
    }

    [Fact]
    public void English_talks_announced_with_one_side_in_each_following_clause_are_one_act_with_each_side()
    {
        var doc = TestDocuments.Build("Belgrade announced talks, on the one hand with the EU, on the other with Washington.", "en",
            ("Belgrade", "GPE", "Serbia", "SRB"), ("EU", "ORG", "European_Union", "European_Union"), ("Washington", "GPE", "United_States", "USA"));
        var talks = Events(doc, "CONSULT");
        Assert.Equal(2, talks.Count);
        Assert.Contains(talks, e => e.Target.SequenceEqual(["USA"]));
    }

    [Fact]
    public void A_new_German_meeting_with_its_own_date_but_no_actors_is_held_by_the_sides_last_named()
    {
        var doc = TestDocuments.Build("Serbien und Kosovo wollen weiter verhandeln. Den Auftakt macht ein Expertendialog am 3. März.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX")).InSentences();
        TestDocuments.AddTimex(doc, "am 3. März", "2023-03-03");
        var dialogue = Assert.Single(Events(doc, "CONSULT"), e => e.Date == "2023-03-03");
        Assert.Contains("SRB", dialogue.Source.Concat(dialogue.Target));
        Assert.Contains("XKX", dialogue.Source.Concat(dialogue.Target));
    }

    [Fact]
    public void A_visit_without_a_host_in_its_sentence_does_not_take_the_sides_of_earlier_talks()
    {
        var doc = TestDocuments.Build("Serbien und Kosovo verhandeln in Brüssel. Vucic war danach auf einer Reise in den Süden.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"), ("Vucic", "PER", "Aleksandar_Vučić", "SRB")).InSentences();
        Assert.DoesNotContain(Events(doc, "CONSULT"), e => e.Rule.Contains("reise", StringComparison.Ordinal));
    }

    [Fact]
    public void Denying_a_report_is_no_rejection()
    {
        var de = TestDocuments.Build("Belgrad dementierte die Berichte aus Pristina.", "de", ("Belgrad", "GPE", "Serbia", "SRB"), ("Pristina", "GPE", "Kosovo", "XKX"));
        Assert.Empty(Events(de, "REJECT"));
        var en = TestDocuments.Build("Belgrade denied the reports from Pristina.", "en", ("Belgrade", "GPE", "Serbia", "SRB"), ("Pristina", "GPE", "Kosovo", "XKX"));
        Assert.Empty(Events(en, "REJECT"));
    }

    [Fact]
    public void An_actor_after_the_next_verb_does_not_belong_to_a_meeting_noun()
    {
        var doc = TestDocuments.Build("Mit Blick auf den Dialog lobte danach der serbische Präsident die Fortschritte.", "de",
            ("serbische", "GPE", "Serbia", "SRB"));
        Assert.Empty(Events(doc, "CONSULT"));
    }

    [Fact]
    public void A_weekday_that_cannot_be_resolved_leaves_an_act_of_its_sentence_undated()
    {
        var doc = TestDocuments.Build("Am 2. Mai sprach Vucic mit Kurti. Am Mittwoch flog Vucic nach Paris, um dort bei Macron auf Hilfe zu drängen.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"), ("Vucic", "PER", "Aleksandar_Vučić", "SRB"),
            ("Paris", "GPE", "Paris", null), ("Macron", "PER", "Emmanuel_Macron", "FRA")).InSentences();
        TestDocuments.AddTimex(doc, "Am 2. Mai", "2023-05-02");
        TestDocuments.AddTimex(doc, "Am Mittwoch", "XXXX-WXX-3");
        var request = Assert.Single(Events(doc, "REQUEST"));
        Assert.Null(request.Date);
    }

    [Fact]
    public void A_new_meeting_after_an_indefinite_article_does_not_repeat_the_date_of_an_earlier_one()
    {
        var doc = TestDocuments.Build("Vucic und Kurti trafen sich am 2. Mai. Später stellte Vucic ein Treffen mit Kurti in Aussicht.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"),
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        TestDocuments.AddTimex(doc, "am 2. Mai", "2023-05-02");
        doc.Sentences[1] = doc.Sentences[1] with { Paragraph = 1 };
        doc.Dct = new DocumentDate("2023-06-01", DateBasis.Given);
        var later = Events(doc, "CONSULT").Where(e => e.Text.Contains("Aussicht", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, e => Assert.Equal("2023-06-01", e.Date));
    }

    [Fact]
    public void German_both_sides_are_the_sides_of_the_last_meeting()
    {
        var doc = TestDocuments.Build("Vucic und Kurti trafen sich in Brüssel. Eine Einigung verkündeten beide Seiten nicht.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        doc.Dct = new DocumentDate("2023-05-02", DateBasis.Given);
        var e = Assert.Single(Events(doc, "AGREE"));
        Assert.Contains("SRB", e.Source.Concat(e.Target));
        Assert.Contains("XKX", e.Source.Concat(e.Target));
        Assert.Contains("negation", e.Context);
        Assert.Equal("2023-05-02", e.Date);
    }

    [Fact]
    public void English_both_sides_are_the_sides_of_the_last_meeting()
    {
        var doc = TestDocuments.Build("Vucic met Kurti in Brussels. Both sides agreed on a timetable.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        var e = Assert.Single(Events(doc, "AGREE"));
        Assert.Contains("SRB", e.Source.Concat(e.Target));
        Assert.Contains("XKX", e.Source.Concat(e.Target));
    }

    [Fact]
    public void A_press_conference_is_no_meeting()
    {
        var doc = TestDocuments.Build("Vucic und Kurti trafen sich in Brüssel. Eine Pressekonferenz gaben beide Seiten nicht.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        Assert.Single(Events(doc, "CONSULT"));
    }

    [Fact]
    public void An_actor_before_the_article_of_an_agreement_noun_does_not_make_it_a_new_agreement()
    {
        var de = TestDocuments.Build("Falls Belgrad die Vereinbarung nicht umsetzt, drohen Sanktionen.", "de", ("Belgrad", "GPE", "Serbia", "SRB"));
        Assert.Empty(Events(de, "AGREE"));
        var en = TestDocuments.Build("If Belgrade breaks the agreement, sanctions will follow.", "en", ("Belgrade", "GPE", "Serbia", "SRB"));
        Assert.Empty(Events(en, "AGREE"));
    }

    [Fact]
    public void Talks_named_after_their_topic_state_after_an_article_refer_back()
    {
        var doc = TestDocuments.Build("Washington übernahm die Führung der Kosovo-Verhandlungen.", "de",
            ("Washington", "GPE", "United_States", "USA"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        Assert.Empty(Events(doc, "CONSULT"));
    }

    [Fact]
    public void The_two_leaders_discussing_a_topic_are_the_sides_last_named_and_a_later_meeting_refers_back()
    {
        var en = TestDocuments.Build("Vucic and Kurti met in Brussels. The two leaders also discussed Mitrovica during the four-hour meeting.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"), ("Mitrovica", "GPE", "Mitrovica", "XKX")).InSentences();
        var talks = Events(en, "CONSULT");
        Assert.Equal(2, talks.Count);
        Assert.Contains(talks, e => e.Rule.StartsWith("consult.discuss", StringComparison.Ordinal) && e.Source.Contains("SRB") && e.Source.Contains("XKX"));

        var de = TestDocuments.Build("Vucic und Kurti trafen sich in Brüssel. Beide Seiten verhandelten auch über die Lage in Mitrovica.", "de",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"), ("Mitrovica", "GPE", "Mitrovica", "XKX")).InSentences();
        Assert.Contains(Events(de, "CONSULT"), e => e.Rule.StartsWith("consult.verhandeln", StringComparison.Ordinal) && e.Source.Contains("SRB"));
    }
}
