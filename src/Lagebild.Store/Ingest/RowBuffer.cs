namespace Lagebild.Store.Ingest;

/// <summary>
/// Rows of one table collected during a batch and written with multi-row INSERT statements, so that a document's
/// sentences, entities, events and quote reports cost a few round trips per batch instead of one per row.
/// </summary>
internal sealed class RowBuffer(string table, string columns, int width, string suffix = "")
{
    /// <summary>
    /// Parameters per INSERT statement. PostgreSQL gains from more rows per round trip; SQLite binds the ingest's
    /// statements by position (<see cref="Sqlite.SqliteStatements"/>) and keeps them small (see its store).
    /// </summary>
    public int ParametersPerStatement { get; init; } = 960;
    private readonly List<object?> _values = [];

    public int Width => width;

    public int Rows => _values.Count / width;

    public void Add(params ReadOnlySpan<object?> row)
    {
        if (row.Length != width) throw new ArgumentException($"{table}: {row.Length} values for {width} columns");
        foreach (var value in row) _values.Add(value);
    }

    /// <summary>The INSERT statements with their arguments, each covering at most the bounded number of rows; then empties the buffer.</summary>
    public IEnumerable<(string Sql, object?[] Args)> Drain()
    {
        int rows = Rows;
        int rowsPerStatement = Math.Max(1, ParametersPerStatement / width);
        for (int first = 0; first < rows; first += rowsPerStatement)
        {
            int count = Math.Min(rowsPerStatement, rows - first);
            var args = new object?[count * width];
            _values.CopyTo(first * width, args, 0, args.Length);
            yield return (Sql(count), args);
        }
        _values.Clear();
    }

    private string Sql(int rows)
    {
        var sb = new System.Text.StringBuilder($"INSERT INTO {table}({columns}) VALUES ", 32 + rows * width * 6);
        int p = 0;
        for (int r = 0; r < rows; r++)
        {
            if (r > 0) sb.Append(", ");
            sb.Append('(');
            for (int c = 0; c < width; c++)
            {
                if (c > 0) sb.Append(", ");
                sb.Append("@p").Append(p++);
            }
            sb.Append(')');
        }
        return sb.Append(suffix).ToString();
    }
}
