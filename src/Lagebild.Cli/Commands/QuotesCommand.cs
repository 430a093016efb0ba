using System.CommandLine;
using Lagebild.Store;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild quotes [--speaker ID]</c>: what was said, by whom, reported by which outlets.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker id or actor code (Dmitry_Peskov, RUS)." };
        var json = StoreOptions.Json();
        var limit = StoreOptions.Limit();
        var command = new Command("quotes", "Show quotes with their speakers and the outlets that report them.") { database, speaker, json, limit };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var page = await store.QuotesAsync(parse.GetValue(speaker), 0, parse.GetValue(limit), cancel);
            if (parse.GetValue(json))
            {
                QueryOutput.WriteJson(page.Items);
                return 0;
            }

            var table = QueryOutput.NewTable("speaker", "kind", "quote", "outlets");
            foreach (var quote in page.Items)
            {
                table.AddRow(Markup.Escape(quote.Speaker ?? quote.SpeakerText ?? "?"), quote.Kind, QueryOutput.Clip(quote.Text, 90),
                    Markup.Escape(string.Join(", ", quote.Reports.Select(r => r.Outlet ?? r.Document).Distinct())));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{page.Items.Count} of {page.Total} quotes");
            return 0;
        });
        return command;
    }
}
