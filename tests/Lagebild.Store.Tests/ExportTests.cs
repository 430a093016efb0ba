using System.Text;
using System.Text.Json;
using Lagebild.Store.Export;
using Lagebild.Store.Sqlite;

namespace Lagebild.Store.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lagebild-export-").FullName;

    private async Task<SqliteSituationStore> SummitStoreAsync()
    {
        var store = await SqliteSituationStore.OpenAsync(Path.Combine(_directory, "export.db"));
        await store.StoreAsync([
            TestDocuments.Summit("a1", "Outlet A"), TestDocuments.Summit("a2", "Outlet, B"), TestDocuments.Summit("a3", "Outlet C"),
            TestDocuments.Build("b1", "Outlet A", "Moscow accused Washington of \"provocations\".", "2021-12-10", "ACCUSE", ["RUS"], ["USA"], "Geneva"),
        ]);
        return store;
    }

    [Fact]
    public async Task Incident_csv_has_one_row_per_incident_with_quoted_fields()
    {
        await using var store = await SummitStoreAsync();
        var writer = new StringWriter();
        Assert.Equal(2, await IncidentCsvExporter.WriteAsync(store, writer));
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id,type,mode,quad_class,source,target,date", lines[0]);
        Assert.Contains(",CONSULT,,verbal-cooperation,USA,RUS,2021-12-07,,,3,3,a1;a2;a3,\"Outlet A;Outlet, B;Outlet C\",", lines[1]);
    }

    [Fact]
    public async Task Event_csv_has_one_row_per_event_and_doubles_quotes()
    {
        await using var store = await SummitStoreAsync();
        var writer = new StringWriter();
        Assert.Equal(4, await EventCsvExporter.WriteAsync(store, writer));
        Assert.Contains("\"Moscow accused Washington of \"\"provocations\"\".\"", writer.ToString());
    }

    [Fact]
    public async Task Plover_records_use_the_specification_field_names()
    {
        await using var store = await SummitStoreAsync();
        using var output = new MemoryStream();
        Assert.Equal(2, await PloverJsonExporter.WriteAsync(store, output));
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var summit = JsonDocument.Parse(lines[0]);
        var r = summit.RootElement;
        Assert.Equal("2021-12-07", r.GetProperty("date").GetString());
        Assert.Equal("USA", r.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("RUS", r.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("CONSULT", r.GetProperty("event")[0].GetString());
        Assert.Equal(1, r.GetProperty("quad_code").GetInt32());
        Assert.Equal("a1", r.GetProperty("cite_info").GetProperty("citation").GetString());
        Assert.Equal(3, r.GetProperty("event_text").GetArrayLength());
        using var accuse = JsonDocument.Parse(lines[1]);
        Assert.Equal("Geneva", accuse.RootElement.GetProperty("event_loc").GetProperty("extracted_place").GetString());
        Assert.Equal(3, accuse.RootElement.GetProperty("quad_code").GetInt32());
    }

    [Fact]
    public async Task Analysis_jsonl_gives_back_every_document_in_the_analysis_format()
    {
        await using var store = await SummitStoreAsync();
        using var output = new MemoryStream();
        Assert.Equal(4, await AnalysisJsonlExporter.WriteAsync(store, output));
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a1", "a2", "a3", "b1"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temporary-file cleanup.
        }
    }
}
