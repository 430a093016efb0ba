using System.CommandLine;
using Lagebild.Store;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild search "WORDS"</c>: full-text search over the stored sentences.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var query = new Argument<string>("query") { Description = "Words to find (all must occur)." };
        var json = StoreOptions.Json();
        var limit = StoreOptions.Limit();
        var command = new Command("search", "Find sentences by their words.") { query, database, json, limit };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var page = await store.SearchAsync(parse.GetValue(query)!, 0, parse.GetValue(limit), cancel);
            if (parse.GetValue(json))
            {
                QueryOutput.WriteJson(page.Items);
                return 0;
            }

            var table = QueryOutput.NewTable("document", "outlet", "sentence");
            foreach (var hit in page.Items)
            {
                table.AddRow(Markup.Escape(hit.Document), Markup.Escape(hit.Outlet ?? ""), QueryOutput.Clip(hit.Text, 110));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{page.Items.Count} of {page.Total} sentences");
            return 0;
        });
        return command;
    }
}
