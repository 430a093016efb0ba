using System.CommandLine;
using Lagebild.Store;
using Lagebild.Web;
using Microsoft.Extensions.Hosting;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild serve [--db …] [--port …]</c>: the JSON API and the situation page, on 127.0.0.1 by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = StoreOptions.Database();
        var port = new Option<int>("--port") { Description = "Port to listen on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the situation picture in the browser and its JSON API (OpenAPI at /openapi/v1.json).") { database, port, host };
        command.SetAction(async (parse, cancel) =>
        {
            var db = parse.GetValue(database)!;
            if (!SituationStoreFactory.IsPostgres(db) && !File.Exists(db))
            {
                System.Console.Error.WriteLine($"error: {db} does not exist; fill it first with: lagebild ingest PATH… --db {db}");
                return 2;
            }

            await using var store = await SituationStoreFactory.OpenAsync(db, cancel);
            var url = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}";
            await using var app = SituationWebApp.Build(store, url);
            await app.StartAsync(cancel);
            System.Console.Error.WriteLine($"serving the situation picture of {db} at {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }
}
