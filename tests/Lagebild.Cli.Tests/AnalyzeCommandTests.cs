using Lagebild.Tests;
using System.Text.Json;

namespace Lagebild.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lagebild-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_development_corpus_gives_five_documents_with_their_ids_and_dates()
    {
        var seeds = Path.Combine(SharedFolder.Locate(), "corpus", "seeds");
        var output = Path.Combine(_folder, "seeds.jsonl");
        var (exitCode, _, error) = CliRunner.Run("analyze", seeds, "-o", output);
        Assert.True(exitCode == 0, error);

        var documents = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expectedIds = Directory.GetFiles(seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(expectedIds, documents.Select(d => d.GetProperty("id").GetString()));
        foreach (var document in documents)
        {
            // A file with a date line keeps its date, refined at most; one without gets a date only where the text tells it.
            var header = File.ReadLines(Path.Combine(seeds, document.GetProperty("id").GetString() + ".txt")).First();
            var dct = document.GetProperty("dct");
            if (header.TrimStart().StartsWith("date ", StringComparison.Ordinal))
            {
                var headerDate = header.TrimStart()[5..].Split(' ')[0];
                Assert.StartsWith(headerDate, dct.GetProperty("value").GetString());
                Assert.Contains(dct.GetProperty("basis").GetString(), new[] { "header", "inferred" });
            }
            else if (dct.ValueKind != JsonValueKind.Null)
            {
                Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", dct.GetProperty("value").GetString());
                Assert.Equal("inferred", dct.GetProperty("basis").GetString());
            }

            Assert.Equal("de", document.GetProperty("lang").GetString());
            foreach (var layer in new[] { "entities", "timexes", "quotes", "events" })
            {
                Assert.Equal(JsonValueKind.Array, document.GetProperty(layer).ValueKind);
            }
        }
    }

    [Fact]
    public void A_bad_input_is_reported_by_name_and_the_others_are_still_written()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "Die Gespräche in Genf gingen am Montag weiter.");
        File.WriteAllText(Path.Combine(_folder, "feed.jsonl"), "{\"id\": \"ok\", \"text\": \"Talks resumed in Geneva.\"}\n{broken\n");
        var output = Path.Combine(_folder, "out.jsonl");
        var (exitCode, _, error) = CliRunner.Run("analyze", _folder, "-o", output);
        Assert.Equal(1, exitCode);
        Assert.Contains("feed.jsonl:2", error);
        Assert.Equal(2, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void Eval_agrees_with_the_reference_scorer_on_the_same_prediction()
    {
        var shared = SharedFolder.Locate();
        var output = Path.Combine(_folder, "pred.jsonl");
        Assert.Equal(0, CliRunner.Run("analyze", Path.Combine(shared, "corpus", "seeds"), "-o", output).ExitCode);

        var ours = CliRunner.Run("eval", Path.Combine(shared, "gold"), output);
        var start = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(shared, "tools", "score.py"), Path.Combine(shared, "gold"), output }) start.ArgumentList.Add(a);
        using var python = System.Diagnostics.Process.Start(start)!;
        var reference = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        Assert.Equal(reference, ours.Output);
    }

    [Fact]
    public void Switching_off_a_stage_leaves_its_layer_empty()
    {
        var file = Path.Combine(_folder, "a.txt");
        File.WriteAllText(file, "Putin sprach am Dienstag mit Biden.");
        var (exitCode, output, error) = CliRunner.Run("analyze", file, "--skip", "timex");
        Assert.True(exitCode == 0, error);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("timexes").GetArrayLength());
    }
}
