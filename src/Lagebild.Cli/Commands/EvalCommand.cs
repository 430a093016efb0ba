using System.CommandLine;
using System.Text.Json;
using Lagebild.Analysis;
using Lagebild.Core.Data;
using Lagebild.Core.Format;
using Lagebild.Evaluation;
using Lagebild.Input;

namespace Lagebild.Cli.Commands;

/// <summary>
/// <c>lagebild eval GOLD PRED</c> scores a prediction file against gold, with the matching rules of the analysis format;
/// <c>lagebild eval GOLD --on PATH…</c> analyses the articles first.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold analysis file (.jsonl) or folder of them." };
        var predicted = new Argument<string?>("pred") { Description = "Predicted analysis file or folder.", Arity = ArgumentArity.ZeroOrOne };
        var on = new Option<string[]>("--on") { Description = "Analyse these articles and score the result.", AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var layer = new Option<string?>("--layer") { Description = "Print only this layer's row." };
        var data = SharedOptions.DataFolder();
        var skip = SharedOptions.Skip();
        var command = new Command("eval", "Score an analysis against gold annotations: precision, recall and F1 per layer.")
        {
            gold, predicted, on, json, layer, data, skip,
        };
        command.SetAction(parse => Run(
            parse.GetValue(gold)!, parse.GetValue(predicted), parse.GetValue(on) ?? [], parse.GetValue(json), parse.GetValue(layer),
            parse.GetValue(data), SharedOptions.StageNames(parse.GetValue(skip))));
        return command;
    }

    private static int Run(string goldPath, string? predictedPath, string[] on, bool json, string? layer, string? dataFolder, IEnumerable<string> skip)
    {
        try
        {
            var gold = AnnotatedDocuments.Load(goldPath);
            Dictionary<string, JsonElement> predicted;
            if (predictedPath is not null) predicted = AnnotatedDocuments.Load(predictedPath);
            else if (on.Length > 0) predicted = AnalyzeForEvaluation(on, dataFolder, skip);
            else
            {
                System.Console.Error.WriteLine("error: give a prediction file, or articles to analyse with --on");
                return 2;
            }

            var report = Scorer.Score(gold, predicted);
            System.Console.Write(json ? ScoreTableWriter.Json(report) + "\n" : ScoreTableWriter.Table(report, layer));
            return 0;
        }
        catch (EvaluationException ex)
        {
            System.Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static Dictionary<string, JsonElement> AnalyzeForEvaluation(string[] paths, string? dataFolder, IEnumerable<string> skip)
    {
        var pipeline = StandardPipeline.Build(DataDirectory.Locate(dataFolder), skip);
        var predicted = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        using var analyzer = new ParallelAnalyzer(pipeline, Environment.ProcessorCount);
        foreach (var item in analyzer.Analyze(InputReader.Read(paths), i => i.Document))
        {
            if (item.Problem is not null)
            {
                System.Console.Error.WriteLine(item.Problem);
                continue;
            }

            using var parsed = JsonDocument.Parse(AnalysisJsonWriter.ToJson(item.Document!));
            predicted[item.Document!.Id] = parsed.RootElement.Clone();
        }

        return predicted;
    }
}
