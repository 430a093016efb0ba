using Lagebild.Core.Model;
using Lagebild.Store;
using Lagebild.Store.Queries;

namespace Lagebild.Web.Tests;

/// <summary>An in-memory store with a small invented situation, for endpoint and browser tests.</summary>
public sealed class FakeSituationStore : ISituationStore
{
    private const string TextA =
        "Northland and Southland met in Geneva on Monday.\n\nNorthland threatened Southland with new sanctions. The talks will resume next week.";
    private const string TextB =
        "The foreign minister of Southland accused Northland of moving troops. Northland deployed two brigades to the border.";

    public static readonly IReadOnlyList<DocumentRecord> Documents =
    [
        new("doc-a", "Daily Ledger", "https://example.org/a", "en", "2024-03-04", "metadata", TextA, "{}", null),
        new("doc-b", "Evening Courier", "https://example.org/b", "en", "2024-03-06", "metadata", TextB, "{}", null),
    ];

    public static readonly IReadOnlyList<IncidentRecord> Incidents =
    [
        Incident(1, "CONSULT", "verbal-cooperation", ["NRL"], ["SRL"], "2024-03-04", [], Report("doc-a", "Daily Ledger", TextA, "met in Geneva", "en.consult.meet", "weekday")),
        Incident(2, "THREATEN", "verbal-conflict", ["NRL"], ["SRL"], "2024-03-04", [], Report("doc-a", "Daily Ledger", TextA, "Northland threatened Southland with new sanctions.", "en.threaten.verb", "dct")),
        Incident(3, "CONSULT", "verbal-cooperation", ["NRL"], ["SRL"], "2024-03-11", ["future"], Report("doc-a", "Daily Ledger", TextA, "The talks will resume next week.", "en.consult.talks", "relative")),
        Incident(4, "ACCUSE", "verbal-conflict", ["SRL"], ["NRL"], "2024-03-06", [], Report("doc-b", "Evening Courier", TextB, "The foreign minister of Southland accused Northland of moving troops.", "en.accuse.verb", "dct")),
        Incident(5, "MOBILIZE", "material-conflict", ["NRL"], [], "2024-03-05", [], Report("doc-b", "Evening Courier", TextB, "Northland deployed two brigades to the border.", "en.mobilize.deploy", "dct")),
    ];

    public TimeSpan Delay { get; init; } = TimeSpan.Zero;

    private static ReportRecord Report(string document, string outlet, string text, string sentence, string rule, string basis)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        return new ReportRecord(document, outlet, start, start + sentence.Length, sentence, rule, basis);
    }

    private static IncidentRecord Incident(long id, string type, string quad, string[] source, string[] target, string date, string[] context, ReportRecord report) =>
        new(id, type, null, source, target, date, null, context, quad, 1, "single report", [report]);

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IngestResult> StoreAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the fake store is read-only");

    private IEnumerable<IncidentRecord> Matching(IncidentFilter f) => Incidents.Where(i =>
        (f.Actor is null || i.Source.Contains(f.Actor) || i.Target.Contains(f.Actor))
        && (f.Type is null || i.Type == f.Type)
        && (f.QuadClass is null || i.QuadClass == f.QuadClass)
        && (f.From is null || DateOnly.Parse(i.Date!) >= f.From)
        && (f.To is null || DateOnly.Parse(i.Date!) <= f.To)
        && (f.Outlet is null || i.Reports.Any(r => r.Outlet == f.Outlet))
        && (f.Text is null || i.Reports.Any(r => r.Text.Contains(f.Text, StringComparison.OrdinalIgnoreCase))));

    public async Task<Page<IncidentRecord>> IncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        await Task.Delay(Delay, cancellationToken);
        var all = Matching(filter).ToList();
        return new Page<IncidentRecord>(all.Skip(filter.Offset).Take(filter.Limit).ToList(), all.Count, filter.Offset, filter.Limit);
    }

    public Task<Page<EventRecord>> EventsAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        var all = Matching(filter).Select(i => new EventRecord(i.Id * 10, i.Id, i.Reports[0].Document, i.Reports[0].Outlet, i.Type, i.Mode,
            i.Source, i.Target, i.Date, i.Location, i.Context, i.Reports[0].Start, i.Reports[0].End, i.Reports[0].Text, i.Reports[0].Rule)).ToList();
        return Task.FromResult(new Page<EventRecord>(all.Skip(filter.Offset).Take(filter.Limit).ToList(), all.Count, filter.Offset, filter.Limit));
    }

    public Task<IncidentRecord?> IncidentAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Incidents.FirstOrDefault(i => i.Id == id));

    public Task<IReadOnlyList<ActorRecord>> ActorsAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ActorRecord> actors =
        [
            new("NRL", "Northland", 6, 5, [new("NRL", "SRL", 3, 2, 1), new("SRL", "NRL", 1, 0, 1)]),
            new("SRL", "Southland", 5, 4, [new("SRL", "NRL", 1, 0, 1), new("NRL", "SRL", 3, 2, 1)]),
        ];
        return Task.FromResult(actors);
    }

    public Task<Page<QuoteRecord>> QuotesAsync(string? speaker, int offset, int limit, CancellationToken cancellationToken = default)
    {
        List<QuoteRecord> all =
        [
            new(1, "direct", "Q-SRL-FM", "the foreign minister of Southland", "We will not accept troops at our border.", "2024-03-06",
                [new("doc-b", "Evening Courier", 10, 50, "said", null)]),
            new(2, "indirect", "Q-NRL-PM", "the prime minister of Northland", "the exercises were routine", "2024-03-05",
                [new("doc-a", "Daily Ledger", 5, 30, "said", null)]),
        ];
        var matching = all.Where(q => speaker is null || q.Speaker == speaker).ToList();
        return Task.FromResult(new Page<QuoteRecord>(matching.Skip(offset).Take(limit).ToList(), matching.Count, offset, limit));
    }

    public Task<DocumentRecord?> DocumentAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Documents.FirstOrDefault(d => d.Id == id));

    public Task<IReadOnlyList<OutletRecord>> OutletsAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<OutletRecord> outlets =
        [
            new("Daily Ledger", 1, 3, new Dictionary<string, int> { ["NRL"] = 3, ["SRL"] = 3 }, new Dictionary<string, int> { ["Q-NRL-PM"] = 1 }),
            new("Evening Courier", 1, 2, new Dictionary<string, int> { ["NRL"] = 2, ["SRL"] = 1 }, new Dictionary<string, int> { ["Q-SRL-FM"] = 1 }),
        ];
        return Task.FromResult(outlets);
    }

    public Task<Page<SearchHit>> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var hits = Incidents.SelectMany(i => i.Reports).Where(r => r.Text.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(r => new SearchHit(r.Document, r.Outlet, r.Start, r.End, r.Text, 1.0)).ToList();
        return Task.FromResult(new Page<SearchHit>(hits.Skip(offset).Take(limit).ToList(), hits.Count, offset, limit));
    }

    public Task<IReadOnlyList<string>> DocumentIdsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(Documents.Select(d => d.Id).ToList());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
