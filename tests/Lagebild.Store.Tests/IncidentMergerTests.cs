using Lagebild.Store.Merging;

namespace Lagebild.Store.Tests;

public sealed class IncidentMergerTests
{
    private static MergeKey Key(string type, string? date, string[] source, string[] target, string? location = null) =>
        new(type, source, target, date, location);

    [Fact]
    public void Same_type_date_and_actors_merge_and_say_why()
    {
        var reason = IncidentMerger.Match(Key("CONSULT", "2021-12-07", ["USA"], ["RUS"]), Key("CONSULT", "2021-12-07", ["RUS"], ["USA"]));
        Assert.NotNull(reason);
        Assert.Equal("same type CONSULT; compatible date 2021-12-07; shared actors RUS+USA", reason.ToString());
    }

    [Fact]
    public void Different_places_keep_events_apart()
    {
        Assert.Null(IncidentMerger.Match(Key("ASSAULT", "2022-01-02", ["RUS"], ["UKR"], "Kharkiv"), Key("ASSAULT", "2022-01-02", ["RUS"], ["UKR"], "Odesa")));
        Assert.NotNull(IncidentMerger.Match(Key("ASSAULT", "2022-01-02", ["RUS"], ["UKR"], "Kharkiv"), Key("ASSAULT", "2022-01-02", ["RUS"], ["UKR"])));
    }

    [Fact]
    public void A_known_date_and_an_unknown_date_do_not_merge()
    {
        Assert.Null(IncidentMerger.Match(Key("CONSULT", "2021-12-07", ["USA"], ["RUS"]), Key("CONSULT", null, ["USA"], ["RUS"])));
        Assert.False(IncidentMerger.DatesCompatible("2021-12-07", "2021-12-08", out _));
        Assert.False(IncidentMerger.DatesCompatible("2021-1", "2021-12", out _));
        Assert.True(IncidentMerger.DatesCompatible("2021", "2021-12-08", out var date));
        Assert.Equal("2021-12-08", date);
    }

    [Fact]
    public void The_candidate_sharing_most_actors_wins()
    {
        var best = IncidentMerger.Best(
            [(1, Key("CONSULT", "2021-12-07", ["USA"], ["DEU"])), (2, Key("CONSULT", "2021-12-07", ["USA"], ["RUS"]))],
            Key("CONSULT", "2021-12-07", ["USA"], ["RUS"]));
        Assert.Equal(2, best?.Id);
    }

    [Fact]
    public void Reprinted_text_has_a_similar_signature_and_other_text_does_not()
    {
        var a = NearDuplicateSignature.Of(TestDocuments.AgencyCopy)!;
        var b = NearDuplicateSignature.Of("Evening edition.\n" + TestDocuments.AgencyCopy)!;
        var c = NearDuplicateSignature.Of("Paris and Berlin agreed on a common position on gas prices after long talks in Brussels on Monday.")!;
        Assert.True(a.Similarity(b) >= NearDuplicateSignature.Threshold);
        Assert.True(a.Similarity(c) < 0.2);
        Assert.Equal(a.ToString(), NearDuplicateSignature.Parse(a.ToString()).ToString());
        Assert.Null(NearDuplicateSignature.Of("too short"));
    }

    [Fact]
    public void Similarity_to_a_stored_signature_text_equals_similarity_to_the_parsed_signature()
    {
        var a = NearDuplicateSignature.Of(TestDocuments.AgencyCopy)!;
        var b = NearDuplicateSignature.Of("Evening edition.\n" + TestDocuments.AgencyCopy)!;
        var c = NearDuplicateSignature.Of("Paris and Berlin agreed on a common position on gas prices after long talks in Brussels on Monday.")!;
        Assert.Equal(a.Similarity(b), a.Similarity(b.ToString()));
        Assert.Equal(a.Similarity(c), a.Similarity(c.ToString()));
        Assert.Equal(1.0, a.Similarity(a.ToString()));
    }

    [Fact]
    public void A_signature_read_from_its_text_compares_as_the_text_does_and_other_text_is_not_read()
    {
        var a = NearDuplicateSignature.Of(TestDocuments.AgencyCopy)!;
        var b = NearDuplicateSignature.Of("Evening edition.\n" + TestDocuments.AgencyCopy)!;
        var read = NearDuplicateSignature.FromText(b.ToString())!;
        Assert.Equal(a.Similarity(b.ToString()), a.Similarity(read));
        Assert.Equal(b.ToString(), read.ToString());
        Assert.Null(NearDuplicateSignature.FromText(b.ToString().ToUpperInvariant()));
        Assert.Null(NearDuplicateSignature.FromText(b.ToString()[..^1]));
    }

    [Fact]
    public void Quote_keys_ignore_case_and_punctuation_but_not_the_speaker()
    {
        Assert.Equal(QuoteKey.Of("X", "We will not accept this."), QuoteKey.Of("X", "we will NOT accept  this"));
        Assert.NotEqual(QuoteKey.Of("X", "We will not accept this."), QuoteKey.Of("Y", "We will not accept this."));
    }
}
