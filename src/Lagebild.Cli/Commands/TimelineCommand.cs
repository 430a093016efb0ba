using System.CommandLine;
using Lagebild.Store;
using Lagebild.Store.Queries;
using Spectre.Console;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild timeline</c>: incidents in date order, filtered by actor, category and date range.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var actor = new Option<string?>("--actor") { Description = "Actor code among sources or targets (RUS, NATO)." };
        var type = new Option<string?>("--type") { Description = "PLOVER category (THREATEN, CONSULT …)." };
        var from = new Option<DateOnly?>("--from") { Description = "Earliest date (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Latest date (YYYY-MM-DD)." };
        var json = StoreOptions.Json();
        var limit = StoreOptions.Limit();
        var command = new Command("timeline", "Show incidents in date order.") { database, actor, type, from, to, json, limit };
        command.SetAction(async (parse, cancel) =>
        {
            await using var store = await SituationStoreFactory.OpenAsync(parse.GetValue(database)!, cancel);
            var filter = new IncidentFilter
            {
                Actor = parse.GetValue(actor), Type = parse.GetValue(type)?.ToUpperInvariant(), From = parse.GetValue(from), To = parse.GetValue(to),
                Limit = parse.GetValue(limit),
            };
            var page = await store.IncidentsAsync(filter, cancel);
            if (parse.GetValue(json))
            {
                QueryOutput.WriteJson(page.Items);
                return 0;
            }

            var table = QueryOutput.NewTable("date", "type", "source", "target", "context", "reports", "first report");
            foreach (var incident in page.Items)
            {
                table.AddRow(
                    Markup.Escape(incident.Date ?? "?"),
                    Markup.Escape(incident.Type + (incident.Mode is null ? "" : $"/{incident.Mode}")),
                    Markup.Escape(QueryOutput.Actors(incident.Source)),
                    Markup.Escape(QueryOutput.Actors(incident.Target)),
                    Markup.Escape(string.Join(", ", incident.Context)),
                    incident.Corroboration.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    incident.Reports.Count > 0 ? QueryOutput.Clip(incident.Reports[0].Text, 70) : "");
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{page.Items.Count} of {page.Total} incidents");
            return 0;
        });
        return command;
    }
}
