using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary>Prints query results: a terminal table, or with <c>--json</c> one JSON array.</summary>
internal static class QueryOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static void WriteJson<T>(IEnumerable<T> items) => System.Console.WriteLine(JsonSerializer.Serialize(items.ToList(), Json));

    public static string Actors(IReadOnlyList<string> codes) => codes.Count == 0 ? "–" : string.Join(", ", codes);

    public static string Clip(string text, int length)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return Markup.Escape(oneLine.Length <= length ? oneLine : oneLine[..(length - 1)] + "…");
    }

    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn($"[bold]{Markup.Escape(column)}[/]"));
        return table;
    }
}
