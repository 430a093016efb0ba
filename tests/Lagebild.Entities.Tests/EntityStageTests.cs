namespace Lagebild.Entities.Tests;

public sealed class EntityStageTests : IClassFixture<MiniLexiconFixture>
{
    private readonly MiniLexicon _lexicon;

    public EntityStageTests(MiniLexiconFixture fixture) => _lexicon = fixture.Lexicon;

    private IEnumerable<(string Text, string Type, string? Id)> Mentions(string text) =>
        _lexicon.Analyse(text).Entities.Select(e => (e.Text, e.Type, e.Id));

    [Fact]
    public void A_state_name_takes_the_genitive_and_an_adjective_its_endings()
    {
        var mentions = Mentions("Gondors Heer und die gondorischen Reiter trafen mordorische Orks.").ToList();
        Assert.Contains(("Gondors", "GPE", "Gondor"), mentions);
        Assert.Contains(("gondorischen", "GPE", "Gondor"), mentions);
        Assert.Contains(("mordorische", "GPE", "Mordor"), mentions);
        Assert.Contains(("Orks", "GPE", "Mordor"), mentions);
    }

    [Fact]
    public void The_longest_form_wins_and_multi_word_names_are_one_mention()
    {
        var mentions = Mentions("Der Rat von Elrond tagte im Weißen Turm.").ToList();
        Assert.Contains(("Rat von Elrond", "ORG", "Council_of_Elrond"), mentions);
        Assert.Contains(("Weißen Turm", "ORG", "White_Tower"), mentions);
    }

    [Fact]
    public void Hyphenated_compounds_mention_their_name_parts()
    {
        var mentions = Mentions("Nach dem Aragorn-Sauron-Gipfel sprach ein Gondor-Beamter.").ToList();
        Assert.Contains(("Aragorn", "PER", "Aragorn"), mentions);
        Assert.Contains(("Sauron", "PER", "Sauron"), mentions);
        Assert.Contains(("Gondor", "GPE", "Gondor"), mentions);
    }

    [Fact]
    public void A_compound_that_is_itself_a_name_is_one_mention() =>
        Assert.Contains(("Elrond-Rat", "ORG", "Council_of_Elrond"), Mentions("Der Elrond-Rat tagte."));

    [Fact]
    public void A_capital_is_the_government_when_it_acts_and_the_city_when_it_is_the_place()
    {
        var mentions = Mentions("Minas Tirith erklärte den Krieg. Die Gesandten reisten nach Minas Tirith.").ToList();
        Assert.Equal(("Minas Tirith", "GPE", "Gondor"), mentions[0]);
        Assert.Equal(("Minas Tirith", "GPE", "Minas_Tirith"), mentions[1]);
    }

    [Fact]
    public void A_person_acts_for_the_state_of_the_office_held_at_the_document_date()
    {
        var before = _lexicon.Analyse("Aragorn sprach.", dct: "3018-06").Entities.Single();
        var after = _lexicon.Analyse("Aragorn sprach.", dct: "3019-06").Entities.Single();
        Assert.Equal("GON", after.ActorCode);
        Assert.Equal("GON", before.ActorCode); // nearest term when none covers the date
        Assert.Equal("Aragorn", before.Id);
    }

    [Fact]
    public void Unknown_persons_are_found_after_a_title_or_by_a_given_name_and_their_surname_refers_back()
    {
        var document = _lexicon.Analyse("Der Zauberer Gandalf Graurock kam mit Samweis Gamdschie. Später sagte Graurock nichts.");
        var persons = document.Entities.Where(e => e.Type == "PER").Select(e => (e.Text, e.Id, e.Rule)).ToList();
        Assert.Contains(("Gandalf Graurock", (string?)null, "context:title+name"), persons);
        Assert.Contains(("Samweis Gamdschie", (string?)null, "context:given-name"), persons);
        Assert.Contains(("Graurock", (string?)null, "coref:surname"), persons);
    }

    [Fact]
    public void An_office_noun_resolves_to_the_holder_at_the_date()
    {
        var document = _lexicon.Analyse("Der gondorische König und der Turmsprecher äußerten sich, ebenso ein Gondor-Beamter.");
        var references = document.ActorReferences.Select(r => (r.Text, r.EntityId, r.ActorCode)).ToList();
        Assert.Contains(("gondorische König", "Aragorn", "GON"), references);
        Assert.Contains(("Turmsprecher", "Faramir", "GON"), references);
        Assert.Contains(("Gondor-Beamter", (string?)null, "GON"), references);
    }

    [Fact]
    public void Every_mention_records_its_rule_and_its_text_is_the_slice_at_its_offsets()
    {
        var document = _lexicon.Analyse("Palantir berichtete: Gondor und Mordor verhandeln am Anduin.");
        Assert.All(document.Entities, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Rule));
            Assert.Equal(document.Text[e.Start..e.End], e.Text);
        });
        Assert.Contains(document.Entities, e => e.Id == "Palantir_News" && e.ActorCode is null);
    }
}

public sealed class MiniLexiconFixture : IDisposable
{
    public MiniLexicon Lexicon { get; } = new();

    public void Dispose() => Lexicon.Dispose();
}
