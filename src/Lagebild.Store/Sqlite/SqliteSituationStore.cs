using System.Data.Common;
using System.Text;
using Lagebild.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Lagebild.Store.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, full-text search with FTS5.</summary>
public sealed class SqliteSituationStore : SqlSituationStore
{
    private readonly SqliteStatements _statements;

    private SqliteSituationStore(SqliteConnection connection)
        : base(connection) => _statements = new SqliteStatements(connection);

    internal override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    protected override string ParameterPrefix => "@";

    /// <summary>
    /// Rows per statement decide when the full-text index writes out what it gathered, so they shape its pages:
    /// kept as they were, so that a store is written byte for byte as before.
    /// </summary>
    protected override int ParametersPerStatement => 64;

    protected override (string Select, string Count) SearchSql => (
        """
        SELECT s.doc_id, d.outlet, s.span_start, s.span_end, s.text, -bm25(sentence_fts) AS rank
        FROM sentence_fts JOIN sentences s ON s.id = sentence_fts.rowid JOIN documents d ON d.id = s.doc_id
        WHERE sentence_fts MATCH @p0 ORDER BY bm25(sentence_fts), s.id LIMIT @p1 OFFSET @p2
        """,
        "SELECT COUNT(*) FROM sentence_fts WHERE sentence_fts MATCH @p0");

    /// <summary>Opens (creating if needed) the store file and migrates the schema.</summary>
    public static async Task<SqliteSituationStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        using (var pragma = connection.CreateCommand())
        {
            // An ingest batch writes a few megabytes: checkpoint the log every 16 MB instead of every 4 MB (the default),
            // so that not every commit also copies the log into the database file. Each commit stays atomic.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = OFF; " +
                                 "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 4096;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        var store = new SqliteSituationStore(connection);
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    /// <summary>Inside a write transaction, statements run prepared and bound by position (see <see cref="SqliteStatements"/>).</summary>
    protected override Task<int> ExecAsync(string sql, object?[] args, CancellationToken cancellationToken)
    {
        if (!InTransaction) return base.ExecAsync(sql, args, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _statements.Execute(sql, args) is { } changes ? Task.FromResult(changes) : base.ExecAsync(sql, args, cancellationToken);
    }

    protected override Task<object?> ScalarAsync(string sql, object?[] args, CancellationToken cancellationToken)
    {
        if (!InTransaction) return base.ScalarAsync(sql, args, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return _statements.TryScalar(sql, args, out var value) ? Task.FromResult(value) : base.ScalarAsync(sql, args, cancellationToken);
    }

    protected override void ReleaseStatements() => _statements.Dispose();

    /// <summary>The file's change counter as of this connection's last batch; it moves only when another connection commits.</summary>
    private long? _dataVersion;

    /// <summary>BEGIN IMMEDIATE: the write lock is taken at once, so nothing read in the transaction is stale.</summary>
    protected override ValueTask<DbTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)Connection).BeginTransaction(deferred: false));

    protected override async Task<bool> UnchangedByOthersAsync(CancellationToken cancellationToken)
    {
        // The transaction began IMMEDIATE: no other connection can commit until it ends.
        long now = await DataVersionAsync(cancellationToken);
        bool unchanged = now == _dataVersion;
        _dataVersion = null;
        return unchanged;
    }

    protected override async Task AfterBatchAsync(CancellationToken cancellationToken) => _dataVersion = await DataVersionAsync(cancellationToken);

    private async Task<long> DataVersionAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync("PRAGMA data_version", [], cancellationToken));

    /// <summary>Each word becomes a quoted FTS5 term; all must occur.</summary>
    protected override string? SearchQuery(string text)
    {
        var sb = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (clean.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append('"').Append(clean).Append('"');
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
