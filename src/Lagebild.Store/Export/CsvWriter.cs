namespace Lagebild.Store.Export;

/// <summary>Writes RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class CsvWriter
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            var value = field ?? "";
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }
        writer.Write("\r\n");
    }

    /// <summary>Lists inside one CSV field are joined with <c>;</c>.</summary>
    public static string List(IEnumerable<string> items) => string.Join(';', items);
}
