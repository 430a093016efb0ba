using System.CommandLine;
using Lagebild.Store;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild sources</c>: per outlet, its documents, the actors it features and whose quotes it carries.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var json = StoreOptions.Json();
        var command = new Command("sources", "Compare outlets: documents, events, actors featured, quotes given to each side.") { database, json };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var outlets = await store.OutletsAsync(cancel);
            if (parse.GetValue(json))
            {
                QueryOutput.WriteJson(outlets);
                return 0;
            }

            var table = QueryOutput.NewTable("outlet", "documents", "events", "actors featured", "quotes by speaker");
            foreach (var outlet in outlets)
            {
                table.AddRow(Markup.Escape(outlet.Outlet), outlet.Documents.ToString(), outlet.Events.ToString(),
                    Markup.Escape(Top(outlet.Actors)), Markup.Escape(Top(outlet.QuotesBySpeaker)));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static string Top(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(5).Select(c => $"{c.Key} {c.Value}"));
}
