using System.CommandLine;
using Lagebild.Analysis;
using Lagebild.Cli.Console;
using Lagebild.Core.Data;
using Lagebild.Core.Format;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Input;

namespace Lagebild.Cli.Commands;

/// <summary><c>lagebild analyze PATH… [-o FILE]</c>: analyses articles and writes the analysis format (JSON Lines).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.txt, .jsonl, .html) or folders to analyse.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON Lines here instead of standard output." };
        var data = SharedOptions.DataFolder();
        var skip = SharedOptions.Skip();
        var threads = SharedOptions.Threads();
        var command = new Command("analyze", "Analyse articles and write one JSON object per document (the analysis format).")
        {
            paths, output, data, skip, threads,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(data), SharedOptions.StageNames(parse.GetValue(skip)), parse.GetValue(threads)));
        return command;
    }

    /// <summary>An input item and, once analysed, its JSON line.</summary>
    private sealed class Pending(InputItem item)
    {
        public InputItem Item { get; } = item;

        public byte[] Json { get; set; } = [];

        public void Deconstruct(out InputItem input, out byte[] json) => (input, json) = (Item, Json);
    }

    private static int Run(string[] paths, string? output, string? dataFolder, IEnumerable<string> skip, int threads)
    {
        AnalysisPipeline pipeline;
        try
        {
            pipeline = StandardPipeline.Build(DataDirectory.Locate(dataFolder), skip);
        }
        catch (Exception ex) when (ex is DataException or PipelineException)
        {
            System.Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }

        var outputPath = output is null ? null : Path.GetFullPath(output);
        var temporary = outputPath is null ? null : outputPath + ".tmp";
        int documents = 0, failed = 0;
        long characters = 0;
        var progress = new ProgressLine("analysed");
        using (var stream = temporary is null ? System.Console.OpenStandardOutput() : File.Create(temporary))
        using (var buffered = new BufferedStream(stream, 1 << 16))
        using (var writer = new AnalysisJsonWriter(buffered))
        {
            using var analyzer = new ParallelAnalyzer(pipeline, Math.Max(1, threads));
            // Each document is serialised on the thread that analysed it; this loop only writes bytes in input order.
            var pending = InputReader.Read(paths).Select(i => new Pending(i));
            foreach (var (item, json) in analyzer.Analyze(pending, p => p.Item.Document, p => p.Json = AnalysisJsonWriter.ToUtf8(p.Item.Document!)))
            {
                if (item.Problem is { } problem)
                {
                    failed++;
                    System.Console.Error.WriteLine(problem);
                    continue;
                }

                var document = item.Document!;
                foreach (var diagnostic in document.Diagnostics) System.Console.Error.WriteLine(diagnostic);
                if (document.Diagnostics.Any(d => d.Severity == Severity.Error)) failed++;
                writer.WriteSerialised(json);
                documents++;
                characters += document.Text.Length;
                progress.Report(documents, characters, failed);
            }
        }

        if (temporary is not null) File.Move(temporary, outputPath!, overwrite: true);
        progress.Finish();
        System.Console.Error.WriteLine(
            $"analysed {documents} documents ({characters / 1_000_000.0:F2} M chars) in {progress.Elapsed.TotalSeconds:F2} s" +
            (failed > 0 ? $"; {failed} failed" : "") + (outputPath is null ? "" : $"; wrote {output}"));
        return failed > 0 ? 1 : 0;
    }
}
