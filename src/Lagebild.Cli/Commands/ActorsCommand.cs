using System.CommandLine;
using Lagebild.Store;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild actors</c>: who appears, how often, and with whom.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var json = StoreOptions.Json();
        var limit = StoreOptions.Limit();
        var command = new Command("actors", "Show the actors: mentions, incidents, and whom they act on.") { database, json, limit };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var actors = (await store.ActorsAsync(cancel)).Take(parse.GetValue(limit)).ToList();
            if (parse.GetValue(json))
            {
                QueryOutput.WriteJson(actors);
                return 0;
            }

            var table = QueryOutput.NewTable("actor", "name", "mentions", "incidents", "acts on (cooperation/conflict)");
            foreach (var actor in actors)
            {
                var relations = actor.Relations.Where(r => r.Source == actor.Code).OrderByDescending(r => r.Incidents).Take(4)
                    .Select(r => $"{r.Target} ({r.Cooperation}/{r.Conflict})");
                table.AddRow(Markup.Escape(actor.Code), Markup.Escape(actor.Name ?? ""), actor.Mentions.ToString(), actor.Incidents.ToString(),
                    Markup.Escape(string.Join(", ", relations)));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
