using Lagebild.Store.Postgres;
using Lagebild.Store.Sqlite;

namespace Lagebild.Store;

/// <summary>Opens the store named by <c>--db</c>: a PostgreSQL connection string or a SQLite file path.</summary>
public static class SituationStoreFactory
{
    /// <summary>The SQLite file used when no <c>--db</c> is given.</summary>
    public const string DefaultPath = "lagebild.db";

    /// <summary>True when <paramref name="db"/> is a PostgreSQL connection string (contains <c>Host=</c>).</summary>
    public static bool IsPostgres(string? db) =>
        db is not null && (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) && db.Contains('='));

    /// <summary>Opens and migrates the store: PostgreSQL for a connection string, else the SQLite file (default <c>lagebild.db</c>).</summary>
    public static async Task<ISituationStore> OpenAsync(string? db, CancellationToken cancellationToken = default) =>
        IsPostgres(db)
            ? await PostgresSituationStore.OpenAsync(db!, cancellationToken)
            : await SqliteSituationStore.OpenAsync(string.IsNullOrWhiteSpace(db) ? DefaultPath : db, cancellationToken);

    /// <summary>Synchronous form of <see cref="OpenAsync"/>.</summary>
    public static ISituationStore Open(string? db) => OpenAsync(db).GetAwaiter().GetResult();
}
