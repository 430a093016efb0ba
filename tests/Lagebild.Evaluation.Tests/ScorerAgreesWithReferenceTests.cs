using Lagebild.Tests;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lagebild.Evaluation.Tests;

public sealed class ScorerAgreesWithReferenceTests
{
    [Fact]
    public void Perfect_prediction_scores_one_on_every_layer()
    {
        var gold = AnnotatedDocuments.Load(Path.Combine(SharedFolder.Locate(), "gold"));
        var report = Scorer.Score(gold, gold);
        Assert.All(report.Rows.Where(r => r.Gold > 0), row => Assert.Equal(1.0, row.F1, 6));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Perturbed_prediction_gets_the_same_numbers_as_score_py(int seed)
    {
        var shared = SharedFolder.Locate();
        var goldPath = Path.Combine(shared, "gold");
        var predictionPath = Path.Combine(Path.GetTempPath(), $"lagebild-eval-{seed}-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(predictionPath, Perturb(AnnotatedDocuments.Load(goldPath), seed));
        try
        {
            var ours = Scorer.Score(AnnotatedDocuments.Load(goldPath), AnnotatedDocuments.Load(predictionPath));
            var reference = RunReference(Path.Combine(shared, "tools", "score.py"), goldPath, predictionPath);
            foreach (var row in ours.Rows)
            {
                var expected = reference[row.Layer]!;
                Assert.Equal((int)expected["tp"]!, row.TruePositives);
                Assert.Equal((int)expected["gold"]!, row.Gold);
                Assert.Equal((int)expected["pred"]!, row.Predicted);
                Assert.Equal((double)expected["f1"]!, Math.Round(row.F1, 4), 4);
            }

            Assert.Equal(reference.Count, ours.Rows.Count);
        }
        finally
        {
            File.Delete(predictionPath);
        }
    }

    /// <summary>Drops, shifts, relabels and relinks annotations so that every matching rule is exercised.</summary>
    private static IEnumerable<string> Perturb(Dictionary<string, JsonElement> gold, int seed)
    {
        var random = new Random(seed);
        foreach (var (_, document) in gold.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(document.GetRawText())!.AsObject();
            if (random.Next(5) == 0) continue;
            foreach (var layer in new[] { "entities", "timexes", "quotes", "events" })
            {
                if (node[layer] is not JsonArray items) continue;
                var kept = new JsonArray();
                foreach (var item in items.ToList())
                {
                    items.Remove(item);
                    if (random.NextDouble() < 0.2) continue;
                    var copy = item!.AsObject();
                    switch (random.Next(6))
                    {
                        case 0: copy["start"] = (int)copy["start"]! + random.Next(-20, 20); copy["end"] = (int)copy["end"]! + random.Next(-20, 20); break;
                        case 1 when copy.ContainsKey("id"): copy["id"] = "Someone_Else"; break;
                        case 2 when copy.ContainsKey("value"): copy["value"] = "2021"; break;
                        case 3 when copy.ContainsKey("speaker"): copy["speaker"] = null; break;
                        case 4 when copy.ContainsKey("source"): copy["source"] = new JsonArray("XXX"); break;
                        case 5 when copy.ContainsKey("date"): copy["date"] = "2021-12"; break;
                    }

                    kept.Add(copy);
                }

                node[layer] = kept;
            }

            if (random.Next(3) == 0) node["dct"] = new JsonObject { ["value"] = "2022-02", ["basis"] = "header" };
            yield return node.ToJsonString();
        }
    }

    private static JsonObject RunReference(string scorer, string gold, string predicted)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { scorer, gold, predicted, "--json" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return JsonNode.Parse(output)!.AsObject();
    }
}
