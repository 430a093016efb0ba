namespace Lagebild.Core.Data;

/// <summary>One data row of a TSV file, with the place it came from for error messages.</summary>
public sealed record TsvRow(string File, int Line, string[] Fields)
{
    public string Location => $"{File}:{Line}";

    public string this[int index] => Fields[index];

    /// <summary>The field, or null when the row is shorter or the field is empty.</summary>
    public string? Optional(int index) => index < Fields.Length && Fields[index].Length > 0 ? Fields[index] : null;

    public DataException Error(string problem) => new(Location, problem);
}

/// <summary>
/// Reads the project's TSV data files: UTF-8, tab-separated, lines starting with <c>#</c> are comments,
/// blank lines are skipped. A row with too few fields is an error naming the file and line.
/// </summary>
public static class TsvFile
{
    public static IEnumerable<TsvRow> Read(string path, int minimumFields)
    {
        if (!File.Exists(path)) throw new DataException(path, "file not found");

        int lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.AsSpan().IsWhiteSpace()) continue;

            var fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
            if (fields.Length < minimumFields)
            {
                throw new DataException($"{path}:{lineNumber}", $"expected at least {minimumFields} tab-separated fields, found {fields.Length}");
            }

            yield return new TsvRow(path, lineNumber, fields);
        }
    }
}
