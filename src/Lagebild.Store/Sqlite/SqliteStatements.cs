using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lagebild.Store.Sqlite;

/// <summary>
/// Statements of the ingest prepared once on the connection's SQLite handle, their parameters @p0, @p1, … found once
/// and then bound by position. Microsoft.Data.Sqlite looks every parameter up by name on every execution, which
/// costs more than the insert itself for the rows of a batch. Values are bound as Microsoft.Data.Sqlite binds them
/// (text as UTF-8, integers as 64-bit integers, floating point as REAL), so the stored rows are the same.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    /// <summary>One prepared statement and the SQLite index of each argument (0: not in the statement).</summary>
    private sealed record Prepared(sqlite3_stmt Statement, int[] Indexes);

    /// <summary>By SQL; null for SQL this class does not run (several statements, an error, unnamed parameters).</summary>
    private readonly Dictionary<string, Prepared?> _prepared = new(StringComparer.Ordinal);

    private byte[] _utf8 = new byte[4096];

    /// <summary>Runs a statement to its end; null when it must run through Microsoft.Data.Sqlite instead.</summary>
    public int? Execute(string sql, object?[] args)
    {
        if (Prepare(sql, args) is not { } prepared) return null;
        var statement = prepared.Statement;
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }
            Check(rc);
            return raw.sqlite3_stmt_readonly(statement) != 0 ? -1 : raw.sqlite3_changes(connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>The first column of the first row (null for no row or NULL); false when it must run through Microsoft.Data.Sqlite instead.</summary>
    public bool TryScalar(string sql, object?[] args, out object? value)
    {
        value = null;
        if (Prepare(sql, args) is not { } prepared) return false;
        var statement = prepared.Statement;
        try
        {
            int rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW) value = Column(statement);
            else Check(rc);
            return true;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose()
    {
        foreach (var prepared in _prepared.Values) prepared?.Statement.Dispose();
        _prepared.Clear();
    }

    private Prepared? Prepare(string sql, object?[] args)
    {
        if (!_prepared.TryGetValue(sql, out var prepared))
        {
            prepared = Compile(sql, args.Length);
            _prepared[sql] = prepared;
        }
        if (prepared is null || prepared.Indexes.Length != args.Length || !Bindable(args)) return null;

        var statement = prepared.Statement;
        for (int i = 0; i < args.Length; i++)
        {
            int index = prepared.Indexes[i];
            if (index == 0) continue;
            int rc = Bind(statement, index, args[i]);
            if (rc != raw.SQLITE_OK)
            {
                raw.sqlite3_clear_bindings(statement);
                Check(rc);
            }
        }
        return prepared;
    }

    /// <summary>Prepares one statement whose parameters are exactly @p0 … @p(count-1), each used; otherwise null.</summary>
    private Prepared? Compile(string sql, int count)
    {
        if (raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement, out string tail) != raw.SQLITE_OK)
        {
            statement?.Dispose();
            return null;
        }
        if (!string.IsNullOrWhiteSpace(tail) || raw.sqlite3_bind_parameter_count(statement) != count)
        {
            statement.Dispose();
            return null;
        }
        var indexes = new int[count];
        for (int i = 0; i < count; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (indexes[i] == 0)
            {
                statement.Dispose();
                return null;
            }
        }
        return new Prepared(statement, indexes);
    }

    private static bool Bindable(object?[] args)
    {
        foreach (var arg in args)
        {
            if (arg is not (null or DBNull or string or int or long or double)) return false;
        }
        return true;
    }

    private int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => BindText(statement, index, text),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        _ => throw new ArgumentException($"cannot bind {value.GetType().Name}"),
    };

    /// <summary>Binds text as UTF-8 encoded into a reused buffer (SQLite copies it).</summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        // An empty span has no address, and SQLite would read that as NULL.
        if (text.Length == 0) return raw.sqlite3_bind_text(statement, index, text);
        int most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        int length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
    }

    private static object? Column(sqlite3_stmt statement) => raw.sqlite3_column_type(statement, 0) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, 0),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, 0),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, 0).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, 0).ToArray(),
        _ => null,
    };

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }
}
