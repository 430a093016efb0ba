using Lagebild.Store.Schema;
using Npgsql;

namespace Lagebild.Store.Postgres;

/// <summary>
/// The team store on PostgreSQL: full-text search with a generated <c>tsvector</c>; every write transaction holds
/// one advisory lock, so several ingest processes never duplicate a document or a merge.
/// </summary>
public sealed class PostgresSituationStore : SqlSituationStore
{
    /// <summary>The advisory lock key shared by all writers of one database.</summary>
    private const long WriteLock = 0x4c616765_62696c64;

    private PostgresSituationStore(NpgsqlConnection connection)
        : base(connection)
    {
    }

    internal override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    protected override string Like => "ILIKE";

    protected override (string Select, string Count) SearchSql => (
        """
        SELECT s.doc_id, d.outlet, s.span_start, s.span_end, s.text, ts_rank(s.tsv, plainto_tsquery('simple', @p0)) AS rank
        FROM sentences s JOIN documents d ON d.id = s.doc_id
        WHERE s.tsv @@ plainto_tsquery('simple', @p0) ORDER BY rank DESC, s.id LIMIT @p1 OFFSET @p2
        """,
        "SELECT COUNT(*) FROM sentences s WHERE s.tsv @@ plainto_tsquery('simple', @p0)");

    /// <summary>Opens a connection (<c>Host=…;Database=…</c>) and migrates the schema.</summary>
    public static async Task<PostgresSituationStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The ingest repeats a handful of statements thousands of times: let Npgsql prepare them server-side.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var store = new PostgresSituationStore(connection);
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    protected override async Task LockAsync(CancellationToken cancellationToken) =>
        await ExecAsync("SELECT pg_advisory_xact_lock(@p0)", [WriteLock], cancellationToken);

    protected override string? SearchQuery(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
