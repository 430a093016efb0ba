using BenchmarkDotNet.Attributes;
using Lagebild.Analysis;
using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Input;

namespace Lagebild.Benchmarks;

/// <summary>
/// The pipeline up to and including one stage, on the bundled samples: the difference between two neighbouring
/// rows is that stage's cost. Memory diagnoser on, so allocations per run show beside the time.
/// </summary>
[MemoryDiagnoser]
public class PipelinePrefixBenchmarks
{
    private AnalysisPipeline _pipeline = null!;
    private List<Document> _samples = null!;

    [ParamsSource(nameof(Stages))]
    public string UpTo { get; set; } = "text";

    public static IEnumerable<string> Stages => StandardPipeline.StageNames;

    [GlobalSetup]
    public void Setup()
    {
        var data = DataDirectory.Locate();
        var names = StandardPipeline.StageNames;
        var skip = names.Skip(names.ToList().IndexOf(UpTo) + 1);
        _pipeline = StandardPipeline.Build(data, skip);
        var samples = Path.Combine(Path.GetDirectoryName(data.Root)!, "samples");
        _samples = InputReader.Read([Directory.Exists(samples) ? samples : "samples"]).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
    }

    [Benchmark]
    public int AnalyseSamples()
    {
        int items = 0;
        foreach (var sample in _samples)
        {
            var document = new Document(sample.Id, sample.Text) { Dct = sample.Dct };
            _pipeline.Process(document);
            items += document.Tokens.Count + document.Entities.Count + document.Timexes.Count + document.Quotes.Count + document.Events.Count;
        }

        return items;
    }
}
