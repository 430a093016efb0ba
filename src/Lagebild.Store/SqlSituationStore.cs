using System.Data.Common;
using Lagebild.Store.Schema;

namespace Lagebild.Store;

/// <summary>
/// The store on one ADO.NET connection; SQL shared by SQLite and PostgreSQL, dialect differences in the subclasses.
/// Calls on one instance are serialised; open one instance per process or task for parallel ingests.
/// </summary>
public abstract partial class SqlSituationStore : ISituationStore
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DbTransaction? _transaction;

    protected SqlSituationStore(DbConnection connection) => Connection = connection;

    protected DbConnection Connection { get; }

    /// <summary>The forward migrations of this backend.</summary>
    internal abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Starts a write transaction.</summary>
    protected virtual ValueTask<DbTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => Connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Called at the start of every write transaction; PostgreSQL takes an advisory lock here.</summary>
    protected virtual Task LockAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// What a parameter's name starts with. SQLite looks a name up as given and then with each prefix it knows,
    /// each lookup a linear search of the statement: naming parameters as they are written (@p0) takes one search.
    /// </summary>
    protected virtual string ParameterPrefix => "";

    /// <summary>The case-insensitive LIKE operator.</summary>
    protected virtual string Like => "LIKE";

    /// <summary>Test hook: called before each document is written, inside the transaction.</summary>
    internal Action<Lagebild.Core.Model.Document>? BeforeDocument { get; set; }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await BeginAsync(cancellationToken);
            await ExecAsync("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)", [], cancellationToken);
            var current = Convert.ToInt32(await ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], cancellationToken));
            foreach (var migration in Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                foreach (var statement in migration.Statements) await ExecAsync(statement, [], cancellationToken);
                await ExecAsync("INSERT INTO schema_version(version) VALUES (@p0)", [migration.Version], cancellationToken);
            }
            await CommitAsync(cancellationToken);
        }
        catch
        {
            await RollbackAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The schema version in the database (0 when not migrated).</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Convert.ToInt32(await ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        ReleaseStatements();
        if (_transaction is not null) await _transaction.DisposeAsync();
        await Connection.DisposeAsync();
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called on disposal before the connection closes: statements the backend prepared itself are finalised here.</summary>
    protected virtual void ReleaseStatements()
    {
    }

    private async Task BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await BeginTransactionAsync(cancellationToken);
        await LockAsync(cancellationToken);
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null) return;
        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    private async Task RollbackAsync()
    {
        if (_transaction is null) return;
        try
        {
            await _transaction.RollbackAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // The connection may already have aborted the transaction.
        }
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    /// <summary>A cached, prepared-on-reuse command with parameters @p0, @p1, … set to <paramref name="args"/>.</summary>
    protected DbCommand Command(string sql, object?[] args)
    {
        if (!_commands.TryGetValue(sql, out var command) || command.Parameters.Count != args.Length)
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            for (int i = 0; i < args.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = ParameterPrefix + "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }
            _commands[sql] = command;
        }
        command.Transaction = _transaction;
        for (int i = 0; i < args.Length; i++) command.Parameters[i].Value = args[i] ?? DBNull.Value;
        return command;
    }

    /// <summary>True inside a write transaction (an ingest batch or a migration).</summary>
    protected bool InTransaction => _transaction is not null;

    protected virtual Task<int> ExecAsync(string sql, object?[] args, CancellationToken cancellationToken) =>
        Command(sql, args).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>The first column of the first row, null for none or NULL.</summary>
    protected virtual async Task<object?> ScalarAsync(string sql, object?[] args, CancellationToken cancellationToken)
    {
        var value = await Command(sql, args).ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query and maps every row; the reader is closed before returning.</summary>
    protected async Task<List<T>> QueryAsync<T>(string sql, object?[] args, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await Command(sql, args).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    protected static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    protected static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i));

    protected static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt64(r.GetValue(i));

    internal static string JoinList(IEnumerable<string> items) => string.Join('|', items);

    internal static IReadOnlyList<string> SplitList(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('|');

    private async Task<T> GatedAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            _gate.Release();
        }
    }
}
