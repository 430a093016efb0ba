using Lagebild.Core.Model;
using Lagebild.Store;
using Lagebild.Store.Sqlite;

namespace Lagebild.Web.Tests;

/// <summary>A real SQLite store filled with a few invented analysed documents, for the browser test.</summary>
internal static class SqliteBrowserStore
{
    public static async Task<ISituationStore> OpenAsync(string path)
    {
        var store = await SqliteSituationStore.OpenAsync(path);
        await store.MigrateAsync();
        await store.StoreAsync(
        [
            Build("north-1", "Harbour Gazette", "2023-05-02", "Northland threatened Southland over the dam project.\nBoth governments will meet in Vienna next month.",
                ("THREATEN", "NRL", "SRL", []), ("CONSULT", "NRL", "SRL", ["future"])),
            Build("south-1", "Valley Times", "2023-05-04", "Southland accused Northland of closing the river border.\nThe ministers agreed on an observer mission.",
                ("ACCUSE", "SRL", "NRL", []), ("AGREE", "SRL", "NRL", [])),
            Build("east-1", "Harbour Gazette", "2023-05-06", "Eastmark sent food aid to Southland.",
                ("AID", "EMK", "SRL", [])),
        ]);
        return store;
    }

    private static Document Build(string id, string outlet, string date, string text, params (string Type, string Source, string Target, string[] Context)[] events)
    {
        var d = new Document(id, text) { Language = "en", Source = outlet, Url = $"https://example.org/{id}" };
        d.Dct = new DocumentDate(date, DateBasis.Given);
        var start = 0;
        var lines = text.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            d.Sentences.Add(new Sentence(start, start + line.Length, 0, 0, 0));
            if (k < events.Length)
            {
                var e = events[k];
                d.Events.Add(new EventMention(e.Type, null, [e.Source], [e.Target], date, null, e.Context, start, start + line.Length, line, "example:" + e.Type.ToLowerInvariant()));
            }
            start += line.Length + 1;
        }
        return d;
    }
}
