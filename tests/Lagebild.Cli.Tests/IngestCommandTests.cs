using Lagebild.Tests;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Lagebild.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lagebild-ingest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Ingesting_the_same_articles_twice_stores_them_once()
    {
        var feed = WriteFeed(20);
        var db = Path.Combine(_folder, "twice.db");
        Assert.Equal(0, CliRunner.Run("ingest", feed, "--db", db).ExitCode);
        var first = Timeline(db);
        var (exitCode, output, _) = CliRunner.Run("ingest", feed, "--db", db);
        Assert.Equal(0, exitCode);
        Assert.Contains("0 new", output);
        Assert.Equal(first, Timeline(db));
    }

    [Fact]
    public void The_development_articles_about_the_december_video_summit_make_one_incident()
    {
        var db = Path.Combine(_folder, "seeds.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(SharedFolder.Locate(), "corpus", "seeds"), "--db", db).ExitCode);
        var (exitCode, output, error) = CliRunner.Run("timeline", "--type", "CONSULT", "--from", "2021-12-07", "--to", "2021-12-07", "--json", "--db", db);
        Assert.True(exitCode == 0, error);
        // The summit: an act of the United States or Russia with both among its participants.
        var summit = Assert.Single(JsonNode.Parse(output)!.AsArray(), i =>
        {
            var sources = i!["source"]!.AsArray().Select(a => (string?)a).ToHashSet();
            var participants = sources.Concat(i["target"]!.AsArray().Select(a => (string?)a)).ToHashSet();
            return participants.IsSupersetOf(["USA", "RUS"]) && sources.Overlaps(["USA", "RUS"]);
        })!;
        var documents = summit["reports"]!.AsArray().Select(r => (string?)r!["document"]).Distinct().ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(3, (int)summit["corroboration"]!);
    }

    [Fact]
    public void A_killed_ingest_resumes_to_the_same_store_as_an_uninterrupted_one()
    {
        var feed = WriteFeed(1500);
        var whole = Path.Combine(_folder, "whole.db");
        Assert.Equal(0, CliRunner.Run("ingest", feed, "--db", whole, "--batch", "10", "-j", "1").ExitCode);

        var interrupted = Path.Combine(_folder, "interrupted.db");
        using (var process = Process.Start(CliRunner.StartInfo(null, "ingest", feed, "--db", interrupted, "--batch", "10", "-j", "1"))!)
        {
            // Kill once some batches are committed, in the middle of the run.
            var clock = Stopwatch.StartNew();
            while (StoredDocuments(interrupted) < 30 && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120)) Thread.Sleep(10);
            Assert.False(process.HasExited, "the ingest finished before it could be interrupted; the test needs a longer feed");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.Equal(0, CliRunner.Run("ingest", feed, "--db", interrupted, "--batch", "10", "-j", "1").ExitCode);
        Assert.Equal(Export(whole), Export(interrupted));
        Assert.Equal(Timeline(whole), Timeline(interrupted));
    }

    [Fact]
    public void A_malformed_line_is_reported_and_skipped_and_the_store_stays_intact()
    {
        var feed = WriteFeed(5);
        var db = Path.Combine(_folder, "intact.db");
        Assert.Equal(0, CliRunner.Run("ingest", feed, "--db", db).ExitCode);
        var before = Export(db);

        var broken = Path.Combine(_folder, "broken.jsonl");
        File.WriteAllText(broken, "{\"id\": \"x\", \"text\": 5}\nnot json\n");
        var (exitCode, _, error) = CliRunner.Run("ingest", broken, "--db", db);
        Assert.Equal(1, exitCode);
        Assert.Contains("broken.jsonl:1", error);
        Assert.Contains("broken.jsonl:2", error);
        Assert.Equal(before, Export(db));
    }

    private static long StoredDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    /// <summary>Articles made from the bundled samples, each with its own id, outlet and closing line.</summary>
    private string WriteFeed(int count)
    {
        var samples = File.ReadAllLines(Path.Combine(CliRunner.RepositoryRoot(), "samples", "samples.jsonl"));
        var path = Path.Combine(_folder, $"feed-{count}.jsonl");
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            var article = JsonNode.Parse(samples[i % samples.Length])!.AsObject();
            article["id"] = $"{article["id"]}-{i}";
            article["source"] = $"Outlet {i % 5}";
            article["text"] = $"{article["text"]}\n\nMeldung Nummer {i} aus dem Archiv, Folge {i * 7919 % 1000}.";
            writer.WriteLine(article.ToJsonString());
        }

        return path;
    }

    private static string Export(string db)
    {
        var (exitCode, output, error) = CliRunner.Run("export", "--format", "jsonl", "--db", db);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>The timeline without incident ids, which depend on the order of inserts, not on the content.</summary>
    private static string Timeline(string db)
    {
        var (exitCode, output, error) = CliRunner.Run("timeline", "--json", "--limit", "100000", "--db", db);
        Assert.True(exitCode == 0, error);
        var incidents = JsonNode.Parse(output)!.AsArray();
        foreach (var incident in incidents) incident!.AsObject().Remove("id");
        return incidents.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
