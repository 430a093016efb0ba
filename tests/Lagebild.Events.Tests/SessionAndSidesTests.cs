using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Xunit;

namespace Lagebild.Events.Tests;

/// <summary>Meetings told as lists of sessions, formats named with their day, and who the sides of a meeting are.</summary>
public sealed class SessionAndSidesTests
{
    private const string Osce = "Organization_for_Security_and_Co-operation_in_Europe";

    private static readonly EventStage Stage = new(DataDirectory.Locate());

    private static List<EventMention> Consults(Document document)
    {
        Stage.Process(document);
        return document.Events.Where(e => e.Type == "CONSULT").ToList();
    }

    [Fact]
    public void Each_dated_session_listed_after_a_meeting_noun_is_an_event_of_its_own()
    {
        var doc = TestDocuments.Build(
            "Nach drei Runden Serbien-Kosovo-Gesprächen – der ersten am Montag in Brüssel und der letzten am Freitag in Ohrid – bleibt der Streit offen.",
            "de", ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"), ("Brüssel", "GPE", "Brussels", null), ("Ohrid", "GPE", "Ohrid", null));
        TestDocuments.AddTimex(doc, "am Montag", "2023-03-13");
        TestDocuments.AddTimex(doc, "am Freitag", "2023-03-17");
        var sessions = Consults(doc);
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(["SRB", "XKX"], s.Source));
        Assert.Equal(("2023-03-13", "Brussels"), (sessions[0].Date, sessions[0].Location));
        Assert.Equal(("2023-03-17", "Ohrid"), (sessions[1].Date, sessions[1].Location));
        Assert.StartsWith("der ersten", sessions[0].Text);
    }

    [Fact]
    public void A_format_named_with_its_day_is_a_session_of_its_sides()
    {
        var doc = TestDocuments.Build("Danach folgt das Normandie-Format am 3. März in Paris.", "de",
            ("Normandie-Format", "ORG", "Normandy_Format", "Normandy_Format"), ("Paris", "GPE", "Paris", null));
        TestDocuments.AddTimex(doc, "am 3. März", "2023-03-03");
        var session = Assert.Single(Consults(doc));
        Assert.Equal(["DEU", "FRA", "RUS", "UKR"], session.Source);
        Assert.Equal("2023-03-03", session.Date);
        Assert.StartsWith("format-session:", session.Rule);
    }

    [Fact]
    public void A_meeting_noun_takes_the_sides_and_the_day_of_its_own_genitive_phrase()
    {
        var doc = TestDocuments.Build(
            "Danach folgt ein Gespräch mit Kiew am 12. März und ein Treffen der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) am 13. März.",
            "de", ("Kiew", "GPE", "Kyiv", "UKR"), ("Organisation für Sicherheit und Zusammenarbeit in Europa", "ORG", Osce, Osce));
        TestDocuments.AddTimex(doc, "am 12. März", "2023-03-12");
        TestDocuments.AddTimex(doc, "am 13. März", "2023-03-13");
        var all = Consults(doc);
        var meeting = Assert.Single(all, e => e.Source.Contains(Osce));
        Assert.Equal([Osce], meeting.Source);
        Assert.Equal("2023-03-13", meeting.Date);
    }

    [Fact]
    public void The_leaders_at_the_talks_are_the_sides_last_told_but_after_the_talks_they_only_refer_back()
    {
        var at = TestDocuments.Build("Am Dienstag telefonierte Biden mit Xi. Danach stritten die Staatschefs bei den Verhandlungen über Taiwan.", "de",
            ("Biden", "PER", "Joe_Biden", "USA"), ("Xi", "PER", "Xi_Jinping", "CHN"), ("Taiwan", "GPE", "Taiwan", "TWN")).InSentences();
        TestDocuments.AddTimex(at, "Am Dienstag", "2023-11-14");
        var both = Consults(at);
        Assert.Equal(2, both.Count);
        Assert.Equal(["USA", "CHN"], both[1].Source);
        Assert.Equal("2023-11-14", both[1].Date);

        var after = TestDocuments.Build("Am Dienstag telefonierte Biden mit Xi. Beide Seiten äußerten sich nach dem Telefonat nicht.", "de",
            ("Biden", "PER", "Joe_Biden", "USA"), ("Xi", "PER", "Xi_Jinping", "CHN")).InSentences();
        TestDocuments.AddTimex(after, "Am Dienstag", "2023-11-14");
        Assert.Single(Consults(after));
    }

    [Fact]
    public void A_clause_continuing_a_list_adds_an_object_and_the_meeting_before_keeps_only_its_partner()
    {
        var doc = TestDocuments.Build("Biden wollte nach dem Telefonat mit Xi die Regierungschefs Kishida und Albanese, aber auch Yoon unterrichten.", "de",
            ("Biden", "PER", "Joe_Biden", "USA"), ("Xi", "PER", "Xi_Jinping", "CHN"), ("Kishida", "PER", "Fumio_Kishida", "JPN"),
            ("Albanese", "PER", "Anthony_Albanese", "AUS"), ("Yoon", "PER", "Yoon_Suk_Yeol", "KOR"));
        var consults = Consults(doc);
        var call = Assert.Single(consults, e => e.Mode == "phone");
        Assert.Equal(["USA"], call.Source);
        Assert.Equal(["CHN"], call.Target);
        var briefing = Assert.Single(consults, e => e.Rule.Contains("continued-list", StringComparison.Ordinal));
        Assert.Equal(["USA"], briefing.Source);
        Assert.Contains("KOR", briefing.Target);
        Assert.Contains("JPN", briefing.Target);
    }

    [Fact]
    public void An_agreement_with_what_the_sentence_before_said_has_its_subject_as_other_side()
    {
        var doc = TestDocuments.Build("Scholz machte klar, dass Berlin weiter liefern werde. Putin soll sich damit einverstanden gezeigt haben.", "de",
            ("Scholz", "PER", "Olaf_Scholz", "DEU"), ("Berlin", "GPE", "Berlin", "DEU"), ("Putin", "PER", "Vladimir_Putin", "RUS")).InSentences();
        Stage.Process(doc);
        var agreement = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal(["RUS"], agreement.Source);
        Assert.Equal(["DEU"], agreement.Target);
    }

    [Fact]
    public void An_act_named_as_the_object_of_a_demand_is_asked_for_not_done_but_one_after_a_preposition_is_an_act()
    {
        var demanded = TestDocuments.Build("Kiew fordert den Abzug der russischen Truppen.", "de",
            ("Kiew", "GPE", "Kyiv", "UKR"), ("russischen", "GPE", "Russia", "RUS"));
        Stage.Process(demanded);
        Assert.Contains(demanded.Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain(demanded.Events, e => e.Type == "RETREAT");

        var done = TestDocuments.Build("Nach dem Abzug der russischen Truppen fordert Kiew Hilfe.", "de",
            ("russischen", "GPE", "Russia", "RUS"), ("Kiew", "GPE", "Kyiv", "UKR"));
        Stage.Process(done);
        Assert.Contains(done.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void A_verb_of_threat_with_a_bare_infinitive_says_something_is_about_to_happen_but_with_a_comma_it_is_a_threat()
    {
        var danger = TestDocuments.Build("Der Streit zwischen Serbien und dem Kosovo droht die Gespräche zu gefährden.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        Stage.Process(danger);
        Assert.DoesNotContain(danger.Events, e => e.Type == "THREATEN");

        var threat = TestDocuments.Build("Serbien drohte dem Kosovo, die Gespräche abzubrechen.", "de",
            ("Serbien", "GPE", "Serbia", "SRB"), ("Kosovo", "GPE", "Kosovo", "XKX"));
        Stage.Process(threat);
        Assert.Contains(threat.Events, e => e.Type == "THREATEN" && e.Source.SequenceEqual(["SRB"]));
    }

    [Fact]
    public void A_rejection_naming_no_target_answers_the_latest_demand_of_another_actor()
    {
        var doc = TestDocuments.Build("Peking forderte einen Stopp der Waffenlieferungen. Eine solche Zusage lehnt die US-Regierung ab.", "de",
            ("Peking", "GPE", "Beijing", "CHN"), ("US-Regierung", "ORG", "Federal_government_of_the_United_States", "USA")).InSentences();
        Stage.Process(doc);
        var rejection = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Equal(["USA"], rejection.Source);
        Assert.Equal(["CHN"], rejection.Target);
        Assert.EndsWith("+answered-target", rejection.Rule);
    }

    [Fact]
    public void Both_governments_after_a_demand_are_the_sides_last_told_and_calls_to_act_are_no_phone_calls()
    {
        var doc = TestDocuments.Build("Vucic met Kurti in Brussels. Blinken urged both governments to implement the deal. Kurti rejected calls to resign.", "en",
            ("Vucic", "PER", "Aleksandar_Vučić", "SRB"), ("Kurti", "PER", "Albin_Kurti", "XKX"), ("Brussels", "GPE", "Brussels", null),
            ("Blinken", "PER", "Antony_Blinken", "USA"), ("Kurti", "PER", "Albin_Kurti", "XKX")).InSentences();
        Stage.Process(doc);
        var demand = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal(["USA"], demand.Source);
        Assert.Equal(["SRB", "XKX"], demand.Target);
        Assert.Single(doc.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void Criticism_naming_no_target_answers_the_latest_act_and_a_particle_before_und_closes_its_verb()
    {
        var doc = TestDocuments.Build("Mali wies den französischen Botschafter aus. Frankreich kritisierte die Entscheidung scharf. Goita lehnte Gespräche ab und warnte vor Einmischung.", "de",
            ("Mali", "GPE", "Mali", "MLI"), ("französischen", "GPE", "France", "FRA"), ("Frankreich", "GPE", "France", "FRA"),
            ("Goita", "PER", "Assimi_Goïta", "MLI")).InSentences();
        Stage.Process(doc);
        var expulsion = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["MLI"], expulsion.Source);
        Assert.Equal(["FRA"], expulsion.Target);
        var criticism = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["FRA"], criticism.Source);
        Assert.Equal(["MLI"], criticism.Target);
        Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.DoesNotContain(doc.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_government_named_by_its_seat_acts_for_its_state()
    {
        var doc = TestDocuments.Build("Die Junta in Mali hat den französischen Botschafter des Landes verwiesen.", "de",
            ("Mali", "GPE", "Mali", "MLI"), ("französischen", "GPE", "France", "FRA"));
        Stage.Process(doc);
        var expulsion = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["MLI"], expulsion.Source);
        Assert.Equal(["FRA"], expulsion.Target);
    }

    [Fact]
    public void But_opens_a_clause_with_its_own_subject_and_a_title_between_a_body_and_a_name_joins_them()
    {
        var doc = TestDocuments.Build("Israel rejected the plan but Turkey suspended trade with Israel.", "en",
            ("Israel", "GPE", "Israel", "ISR"), ("Turkey", "GPE", "Turkey", "TUR"), ("Israel", "GPE", "Israel", "ISR"));
        Stage.Process(doc);
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(["TUR"], sanction.Source);
        Assert.Equal(["ISR"], sanction.Target);

        var titled = TestDocuments.Build("CIA Director William Burns met Qatari officials.", "en",
            ("CIA", "ORG", "Central_Intelligence_Agency", "USA"), ("William Burns", "PER", "William_J._Burns", null), ("Qatari", "GPE", "Qatar", "QAT"));
        Stage.Process(titled);
        var meeting = Assert.Single(titled.Events, e => e.Type == "CONSULT");
        Assert.DoesNotContain("William_J._Burns", meeting.Target);
        Assert.Contains("QAT", meeting.Target);
    }

    [Fact]
    public void A_warning_against_deliveries_embeds_them_and_a_group_of_states_named_like_a_region_acts_through_its_members()
    {
        var warning = TestDocuments.Build("Moskau warnte Berlin vor weiteren Waffenlieferungen.", "de",
            ("Moskau", "GPE", "Russia", "RUS"), ("Berlin", "GPE", "Germany", "DEU"));
        Stage.Process(warning);
        Assert.Contains(warning.Events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(warning.Events, e => e.Type == "AID");

        var meeting = TestDocuments.Build("In Riga trafen sich die Außenminister Polens und der baltischen Staaten.", "de",
            ("Riga", "GPE", "Riga", null), ("Polens", "GPE", "Poland", "POL"), ("baltischen Staaten", "GPE", "Baltic_states", null));
        Stage.Process(meeting);
        var consult = Assert.Single(meeting.Events, e => e.Type == "CONSULT");
        Assert.Equal(["POL", "EST", "LVA", "LTU"], consult.Source);
    }

    [Fact]
    public void Praise_naming_no_target_answers_the_latest_act_of_others()
    {
        var doc = TestDocuments.Build("Armenia and Azerbaijan signed a peace agreement. Paris welcomed the agreement.", "en",
            ("Armenia", "GPE", "Armenia", "ARM"), ("Azerbaijan", "GPE", "Azerbaijan", "AZE"), ("Paris", "GPE", "France", "FRA")).InSentences();
        Stage.Process(doc);
        var praise = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal(["FRA"], praise.Source);
        Assert.Contains("ARM", praise.Target);
        Assert.Contains("AZE", praise.Target);
    }
}
