using Lagebild.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Lagebild.Store.Tests;

/// <summary>Statements bound by position store exactly what Microsoft.Data.Sqlite stores for the same values.</summary>
public sealed class SqliteStatementsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteStatementsTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t(source TEXT NOT NULL, a, b)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    public static TheoryData<object?, object?> Values => new()
    {
        { "", "plain" },
        { "Zoë – «Grüße» 😀", "\ud800 lone surrogate" },
        { 7, 7L },
        { long.MaxValue, -1.25 },
        { null, DBNull.Value },
        { 0.1, string.Empty },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_bound_by_position_are_stored_as_bound_by_name(object? a, object? b)
    {
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO t(source, a, b) VALUES ('name', @p0, @p1)";
            command.Parameters.AddWithValue("@p0", a ?? DBNull.Value);
            command.Parameters.AddWithValue("@p1", b ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        using (var statements = new SqliteStatements(_connection))
        {
            Assert.Equal(1, statements.Execute("INSERT INTO t(source, a, b) VALUES ('position', @p0, @p1)", [a, b]));
        }

        Assert.Equal(Row("name"), Row("position"));
    }

    [Fact]
    public void A_scalar_query_returns_its_first_value_and_null_for_no_row()
    {
        using var statements = new SqliteStatements(_connection);
        statements.Execute("INSERT INTO t(source, a, b) VALUES (@p0, @p1, @p2)", ["s", 3, "x"]);
        Assert.True(statements.TryScalar("SELECT a FROM t WHERE source = @p0", ["s"], out var found));
        Assert.Equal(3L, found);
        Assert.True(statements.TryScalar("SELECT b FROM t WHERE source = @p0", ["none"], out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Sql_with_several_statements_or_other_parameter_names_is_left_to_microsoft_data_sqlite()
    {
        using var statements = new SqliteStatements(_connection);
        Assert.Null(statements.Execute("DELETE FROM t; DELETE FROM t WHERE a = @p0", [1]));
        Assert.Null(statements.Execute("DELETE FROM t WHERE a = @x", [1]));
        Assert.Null(statements.Execute("DELETE FROM t WHERE a = @p0 OR b = @p1", [1]));
        Assert.Null(statements.Execute("DELETE FROM t WHERE a = @p0", [1m]));
    }

    [Fact]
    public void A_failing_statement_throws_as_microsoft_data_sqlite_does()
    {
        using var statements = new SqliteStatements(_connection);
        var error = Assert.Throws<SqliteException>(() => statements.Execute("INSERT INTO t(source, a, b) VALUES (@p0, 1, 2)", [null]));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: source is NOT NULL
    }

    private string Row(string source)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT quote(a) || '|' || typeof(a) || '|' || quote(b) || '|' || typeof(b) FROM t WHERE source = @p0";
        command.Parameters.AddWithValue("@p0", source);
        return (string)command.ExecuteScalar()!;
    }
}
