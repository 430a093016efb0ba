using Lagebild.Core.Model;
using Lagebild.Store.Queries;

namespace Lagebild.Store;

/// <summary>
/// The situation store: documents with their annotations, incidents merged from events, quotes merged across outlets.
/// SQLite (embedded default) and PostgreSQL implement it; both pass the same tests.
/// </summary>
public interface ISituationStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema (forward migrations).</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores analysed documents in one transaction and merges their events and quotes; idempotent.</summary>
    Task<IngestResult> StoreAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default);

    Task<Page<IncidentRecord>> IncidentsAsync(IncidentFilter filter, CancellationToken cancellationToken = default);

    Task<Page<EventRecord>> EventsAsync(IncidentFilter filter, CancellationToken cancellationToken = default);

    Task<IncidentRecord?> IncidentAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ActorRecord>> ActorsAsync(CancellationToken cancellationToken = default);

    Task<Page<QuoteRecord>> QuotesAsync(string? speaker, int offset, int limit, CancellationToken cancellationToken = default);

    Task<DocumentRecord?> DocumentAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutletRecord>> OutletsAsync(CancellationToken cancellationToken = default);

    Task<Page<SearchHit>> SearchAsync(string query, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>The ids of all stored documents in the order they were first stored.</summary>
    Task<IReadOnlyList<string>> DocumentIdsAsync(CancellationToken cancellationToken = default);
}

/// <summary>What one call to <see cref="ISituationStore.StoreAsync"/> did.</summary>
public sealed record IngestResult(int Added, int Updated, int Unchanged, int NearDuplicates, int Events, int NewIncidents)
{
    /// <summary>Documents that were malformed and skipped, each with the reason; the rest of the batch is stored.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Number of documents skipped as malformed.</summary>
    public int Skipped => Errors.Count;
}
