using Lagebild.Core.Model;
using Lagebild.Store.Queries;

namespace Lagebild.Store.Tests;

/// <summary>The behaviour every backend must show; one subclass per backend runs these same tests.</summary>
public abstract class StoreContract
{
    /// <summary>A fresh, empty, migrated store; each call opens another one.</summary>
    protected abstract Task<SqlSituationStore> OpenAsync();

    /// <summary>False when the backend is not available in this environment (never in CI).</summary>
    protected virtual bool Available => true;

    private async Task<SqlSituationStore?> FreshAsync() => Available ? await OpenAsync() : null;

    [Fact]
    public async Task Three_articles_about_one_video_summit_make_one_incident_with_three_reports()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        var result = await store.StoreAsync([TestDocuments.Summit("a1", "Outlet A"), TestDocuments.Summit("a2", "Outlet B"), TestDocuments.Summit("a3", "Outlet C")]);
        Assert.Equal(3, result.Added);
        Assert.Equal(1, result.NewIncidents);

        var page = await store.IncidentsAsync(new IncidentFilter());
        var incident = Assert.Single(page.Items);
        Assert.Equal("CONSULT", incident.Type);
        Assert.Equal(3, incident.Corroboration);
        Assert.Equal(3, incident.Reports.Count);
        Assert.Equal(["Outlet A", "Outlet B", "Outlet C"], incident.Reports.Select(r => r.Outlet).Order());
        Assert.Equal("verbal-cooperation", incident.QuadClass);
        Assert.Contains("shared actors RUS+USA", incident.MergeReason);
        Assert.Equal("2021-12-07", incident.Date);
    }

    [Fact]
    public async Task Reports_with_a_part_of_day_or_without_the_year_join_the_incident_of_that_day()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        var evening = TestDocuments.Build("b1", "Outlet A", "Washington and Moscow talked by video.", "2021-12-08");
        evening.Events[0] = evening.Events[0] with { Date = "2021-12-07TEV" };
        var noYear = TestDocuments.Build("b2", "Outlet B", "Washington and Moscow held a video summit.", "2021-12-20");
        noYear.Events[0] = noYear.Events[0] with { Date = "XXXX-12-07" };
        var day = TestDocuments.Build("b3", "Outlet C", "Washington and Moscow spoke on Tuesday.", "2021-12-07");
        await store.StoreAsync([noYear]);
        await store.StoreAsync([evening, day]);

        var incident = Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items);
        Assert.Equal(3, incident.Corroboration);
        Assert.Equal("2021-12-07TEV", incident.Date);
        Assert.Equal(1, (await store.IncidentsAsync(new IncidentFilter { From = new DateOnly(2021, 12, 7), To = new DateOnly(2021, 12, 7) })).Total);
    }

    [Fact]
    public async Task Ingesting_the_same_article_twice_stores_it_once()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([TestDocuments.Summit("a1", "Outlet A")]);
        var again = await store.StoreAsync([TestDocuments.Summit("a1", "Outlet A")]);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(0, again.Added);
        var incident = Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items);
        Assert.Single(incident.Reports);
        Assert.Single(await store.DocumentIdsAsync());
    }

    [Fact]
    public async Task A_changed_text_under_the_same_id_replaces_the_old_annotations()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([TestDocuments.Summit("a1", "Outlet A")]);
        var changed = TestDocuments.Build("a1", "Outlet A", "Moscow threatened Washington with countermeasures over the new deployment.", "2021-12-09", "THREATEN", ["RUS"], ["USA"]);
        var result = await store.StoreAsync([changed]);
        Assert.Equal(1, result.Updated);
        var incident = Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items);
        Assert.Equal("THREATEN", incident.Type);
        Assert.Equal("2021-12-09", incident.Date);
        Assert.StartsWith("Moscow threatened", (await store.DocumentAsync("a1"))!.Text);
    }

    [Fact]
    public async Task A_rule_change_on_the_same_text_updates_the_annotations()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        var doc = TestDocuments.Summit("a1", "Outlet A");
        await store.StoreAsync([doc]);
        var reanalysed = TestDocuments.Build("a1", "Outlet A", doc.Text, "2021-12-07", "REQUEST");
        var result = await store.StoreAsync([reanalysed]);
        Assert.Equal(1, result.Updated);
        Assert.Equal("REQUEST", Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items).Type);
    }

    [Fact]
    public async Task A_reprinted_agency_copy_is_linked_as_near_duplicate_and_does_not_corroborate()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        var original = TestDocuments.Summit("o1", "Agency", TestDocuments.AgencyCopy);
        var reprint = TestDocuments.Summit("o2", "Daily Paper", "Daily Paper, evening edition.\n" + TestDocuments.AgencyCopy);
        var independent = TestDocuments.Summit("o3", "Weekly");
        var result = await store.StoreAsync([original, reprint, independent]);
        Assert.Equal(1, result.NearDuplicates);
        Assert.Equal("o1", (await store.DocumentAsync("o2"))!.DuplicateOf);
        Assert.Null((await store.DocumentAsync("o3"))!.DuplicateOf);
        var incident = Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items);
        Assert.Equal(3, incident.Reports.Count);
        Assert.Equal(2, incident.Corroboration);
    }

    [Fact]
    public async Task A_reprint_of_a_text_rewritten_earlier_in_the_same_batch_is_linked_to_it()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([TestDocuments.Summit("w1", "Agency")]);
        var rewritten = TestDocuments.Summit("w1", "Agency", TestDocuments.AgencyCopy);
        var reprint = TestDocuments.Summit("w2", "Daily Paper", "Daily Paper, morning edition.\n" + TestDocuments.AgencyCopy);
        var result = await store.StoreAsync([rewritten, reprint]);
        Assert.Equal(1, result.Updated);
        Assert.Equal(1, result.NearDuplicates);
        Assert.Equal("w1", (await store.DocumentAsync("w2"))!.DuplicateOf);
    }

    [Fact]
    public async Task Reprints_in_later_batches_are_linked_to_the_first_copy()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([TestDocuments.Summit("f1", "Agency", TestDocuments.AgencyCopy)]);
        await store.StoreAsync([
            TestDocuments.Summit("f2", "Daily Paper", "Daily Paper, evening edition.\n" + TestDocuments.AgencyCopy),
            TestDocuments.Summit("f3", "Weekly", "Weekly, late edition.\n" + TestDocuments.AgencyCopy),
        ]);
        Assert.Equal("f1", (await store.DocumentAsync("f2"))!.DuplicateOf);
        Assert.Equal("f1", (await store.DocumentAsync("f3"))!.DuplicateOf);
    }

    [Fact]
    public async Task Events_that_differ_in_type_date_or_actors_stay_apart()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([
            TestDocuments.Build("d1", "A", "Washington and Moscow talked by video.", "2021-12-07"),
            TestDocuments.Build("d2", "B", "Washington and Moscow talked again by video.", "2021-12-30"),
            TestDocuments.Build("d3", "C", "Moscow accused Washington of provocations.", "2021-12-07", "ACCUSE", ["RUS"], ["USA"]),
            TestDocuments.Build("d4", "D", "Paris and Berlin talked by video.", "2021-12-07", "CONSULT", ["FRA"], ["DEU"]),
        ]);
        Assert.Equal(4, (await store.IncidentsAsync(new IncidentFilter())).Total);
    }

    [Fact]
    public async Task A_month_date_merges_with_a_day_of_that_month()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([
            TestDocuments.Build("d1", "A", "Washington and Moscow talked by video.", "2021-12"),
            TestDocuments.Build("d2", "B", "Washington and Moscow spoke by video link.", "2021-12-07"),
        ]);
        var incident = Assert.Single((await store.IncidentsAsync(new IncidentFilter())).Items);
        Assert.Equal("2021-12-07", incident.Date);
        Assert.Equal(2, incident.Corroboration);
    }

    [Fact]
    public async Task The_same_quote_from_several_outlets_is_one_quote_with_several_reports()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        const string words = "We will not accept any new deployment";
        await store.StoreAsync([
            TestDocuments.Build("q1", "A", $"Washington and Moscow talked.\n\"{words}\", the minister said.", "2021-12-07", quote: ("Example_Minister", words)),
            TestDocuments.Build("q2", "B", $"Washington and Moscow met online.\nThe minister said: \"{words}.\"", "2021-12-07", quote: ("Example_Minister", words + ".")),
            TestDocuments.Build("q3", "C", $"Washington and Moscow held talks.\n\"{words}\", another minister said.", "2021-12-07", quote: ("Other_Minister", words)),
        ]);
        var quotes = await store.QuotesAsync(null, 0, 10);
        Assert.Equal(2, quotes.Total);
        var merged = (await store.QuotesAsync("Example_Minister", 0, 10)).Items.Single();
        Assert.Equal(["A", "B"], merged.Reports.Select(r => r.Outlet).Order());
    }

    [Fact]
    public async Task Full_text_search_finds_sentences_by_their_words()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([TestDocuments.Summit("s1", "A", TestDocuments.AgencyCopy), TestDocuments.Build("s2", "B", "Paris and Berlin discussed gas prices.", "2021-12-07", "CONSULT", ["FRA"], ["DEU"])]);
        var hits = await store.SearchAsync("security guarantees", 0, 10);
        var hit = Assert.Single(hits.Items);
        Assert.Equal("s1", hit.Document);
        Assert.Contains("security guarantees", hit.Text);
        Assert.Equal(hit.Text, TestDocuments.AgencyCopy[hit.Start..hit.End]);
        Assert.Empty((await store.SearchAsync("volcano", 0, 10)).Items);
        Assert.Empty((await store.SearchAsync("  \"*( ", 0, 10)).Items);
    }

    [Fact]
    public async Task Timeline_filters_by_actor_type_dates_outlet_and_text()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([
            TestDocuments.Build("f1", "A", "Washington and Moscow talked by video.", "2021-12-07"),
            TestDocuments.Build("f2", "B", "Moscow accused Washington of provocations.", "2021-12-10", "ACCUSE", ["RUS"], ["USA"]),
            TestDocuments.Build("f3", "C", "Paris and Berlin agreed on gas prices.", "2022-01-12", "AGREE", ["FRA"], ["DEU"]),
        ]);
        Assert.Equal(2, (await store.IncidentsAsync(new IncidentFilter { Actor = "RUS" })).Total);
        Assert.Equal("f2", (await store.IncidentsAsync(new IncidentFilter { Type = "ACCUSE" })).Items.Single().Reports.Single().Document);
        Assert.Equal(2, (await store.IncidentsAsync(new IncidentFilter { From = new DateOnly(2021, 12, 8) })).Total);
        Assert.Equal(2, (await store.IncidentsAsync(new IncidentFilter { To = new DateOnly(2021, 12, 31) })).Total);
        Assert.Equal(1, (await store.IncidentsAsync(new IncidentFilter { Outlet = "C" })).Total);
        Assert.Equal(1, (await store.IncidentsAsync(new IncidentFilter { Text = "provocations" })).Total);
        Assert.Equal(2, (await store.IncidentsAsync(new IncidentFilter { QuadClass = "verbal-cooperation" })).Total);
        var page = await store.IncidentsAsync(new IncidentFilter { Limit = 1, Offset = 1 });
        Assert.Equal(3, page.Total);
        Assert.Equal("2021-12-10", page.Items.Single().Date);
        Assert.Equal(3, (await store.EventsAsync(new IncidentFilter())).Total);
    }

    [Fact]
    public async Task Actors_and_outlets_summarise_who_appears_with_whom()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        await store.StoreAsync([
            TestDocuments.Build("f1", "A", "Washington and Moscow talked by video.", "2021-12-07", quote: ("Example_Minister", "talked by video")),
            TestDocuments.Build("f2", "A", "Moscow accused Washington of provocations.", "2021-12-10", "ACCUSE", ["RUS"], ["USA"]),
        ]);
        var actors = await store.ActorsAsync();
        var usa = actors.Single(a => a.Code == "USA");
        Assert.Equal(2, usa.Mentions);
        Assert.Equal(2, usa.Incidents);
        Assert.Contains(usa.Relations, r => r.Source == "USA" && r.Target == "RUS" && r.Cooperation == 1);
        Assert.Contains(usa.Relations, r => r.Source == "RUS" && r.Target == "USA" && r.Conflict == 1);
        var outlet = Assert.Single(await store.OutletsAsync());
        Assert.Equal(2, outlet.Documents);
        Assert.Equal(2, outlet.Events);
        Assert.Equal(2, outlet.Actors["RUS"]);
        Assert.Equal(1, outlet.QuotesBySpeaker["Example_Minister"]);
    }

    [Fact]
    public async Task Malformed_documents_are_reported_and_skipped_and_the_rest_is_stored()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        var bad = TestDocuments.Summit("bad", "X");
        bad.Events.Add(new EventMention("CONSULT", null, ["USA"], ["RUS"], null, null, [], 5, 100_000, "x", "test:event"));
        var result = await store.StoreAsync([TestDocuments.Summit("ok", "A"), bad]);
        Assert.Equal(1, result.Added);
        Assert.Single(result.Errors);
        Assert.Contains("bad", result.Errors[0]);
        Assert.Null(await store.DocumentAsync("bad"));
        Assert.NotNull(await store.DocumentAsync("ok"));
    }

    [Fact]
    public async Task An_interrupted_ingest_leaves_nothing_and_a_rerun_gives_the_same_store()
    {
        var docs = Enumerable.Range(0, 6).Select(i => TestDocuments.Summit("c" + i, "Outlet " + i)).ToList();
        string expected;
        await using (var reference = await FreshAsync())
        {
            if (reference is null) return;
            await reference.StoreAsync(docs);
            expected = await StoreSnapshot.OfAsync(reference);
        }

        await using var store = await FreshAsync();
        Assert.NotNull(store);
        await store.StoreAsync(docs.Take(2).ToList());
        store.BeforeDocument = d => { if (d.Id == "c4") throw new IOException("killed"); };
        await Assert.ThrowsAsync<IOException>(() => store.StoreAsync(docs.Skip(2).ToList()));
        Assert.Equal(2, (await store.DocumentIdsAsync()).Count);
        store.BeforeDocument = null;
        var rerun = await store.StoreAsync(docs);
        Assert.Equal(2, rerun.Unchanged);
        Assert.Equal(4, rerun.Added);
        Assert.Equal(expected, await StoreSnapshot.OfAsync(store));
    }

    [Fact]
    public async Task Migrating_twice_keeps_the_schema_version()
    {
        await using var store = await FreshAsync();
        if (store is null) return;
        int version = await store.SchemaVersionAsync();
        await store.MigrateAsync();
        Assert.Equal(version, await store.SchemaVersionAsync());
        Assert.True(version >= 1);
    }
}
