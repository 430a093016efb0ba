using System.CommandLine;
using Lagebild.Store;
using Lagebild.Store.Export;

namespace Lagebild.Cli.Commands;

/// <summary>
/// <c>lagebild export --format F [-o FILE]</c>: the store as the analysis format (JSONL), events or incidents as CSV,
/// or PLOVER JSON records for other event-data tools.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["jsonl", "events-csv", "incidents-csv", "plover"];

    public static Command Create()
    {
        var database = StoreOptions.Database();
        var format = new Option<string>("--format", "-f") { Description = "jsonl, events-csv, incidents-csv or plover.", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write here instead of standard output." };
        var command = new Command("export", "Export the store: analysis JSONL, events or incidents as CSV, or PLOVER JSON.") { database, format, output };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var path = parse.GetValue(output);
            var temporary = path is null ? null : path + ".tmp";
            int count;
            await using (var stream = temporary is null ? System.Console.OpenStandardOutput() : File.Create(temporary))
            {
                count = parse.GetValue(format) switch
                {
                    "jsonl" => await AnalysisJsonlExporter.WriteAsync(store, stream, cancel),
                    "plover" => await PloverJsonExporter.WriteAsync(store, stream, null, cancel),
                    var csv => await WriteCsvAsync(store, stream, csv ?? "incidents-csv", cancel),
                };
            }

            if (temporary is not null) File.Move(temporary, path!, overwrite: true);
            System.Console.Error.WriteLine($"exported {count} records" + (path is null ? "" : $" to {path}"));
            return 0;
        });
        return command;
    }

    private static async Task<int> WriteCsvAsync(ISituationStore store, Stream stream, string format, CancellationToken cancel)
    {
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        return format == "events-csv"
            ? await EventCsvExporter.WriteAsync(store, writer, null, cancel)
            : await IncidentCsvExporter.WriteAsync(store, writer, null, cancel);
    }
}
