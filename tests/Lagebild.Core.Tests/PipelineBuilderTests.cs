using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Core.Tests;

public sealed class PipelineBuilderTests
{
    private sealed class RecordingStage(string name, string[] reads, string[] writes, List<string>? log = null, bool fails = false) : IStage
    {
        public string Name => name;

        public IReadOnlyList<string> Reads => reads;

        public IReadOnlyList<string> Writes => writes;

        public void Process(Document document)
        {
            log?.Add(name);
            if (fails) throw new InvalidOperationException("broken rule file");
        }
    }

    [Fact]
    public void Stages_run_in_the_order_they_were_added()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("split", [Layers.Text], [Layers.Tokens], log))
            .Add(new RecordingStage("names", [Layers.Tokens], [Layers.Entities], log))
            .Build();
        pipeline.Process(new Document("d", "x"));
        Assert.Equal(["split", "names"], log);
    }

    [Fact]
    public void A_stage_that_reads_an_unwritten_layer_is_rejected()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("names", [Layers.Tokens], [Layers.Entities]));
        var error = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.Contains("'names' reads 'tokens'", error.Message);
    }

    [Fact]
    public void A_disabled_stage_does_not_run_and_its_readers_are_still_accepted()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("split", [Layers.Text], [Layers.Tokens], log))
            .Add(new RecordingStage("names", [Layers.Tokens], [Layers.Entities], log))
            .Disable(["SPLIT"])
            .Build();
        pipeline.Process(new Document("d", "x"));
        Assert.Equal(["names"], log);
    }

    [Fact]
    public void Disabling_an_unknown_stage_names_the_known_ones()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("split", [Layers.Text], [Layers.Tokens])).Disable(["qoutes"]);
        var error = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.Contains("qoutes", error.Message);
        Assert.Contains("split", error.Message);
    }

    [Fact]
    public void A_failing_stage_becomes_a_diagnostic_and_later_stages_still_run()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("split", [Layers.Text], [Layers.Tokens], log, fails: true))
            .Add(new RecordingStage("names", [Layers.Tokens], [Layers.Entities], log))
            .Build();
        var document = new Document("d", "x") { Origin = "in/d.txt" };
        pipeline.Process(document);
        Assert.Equal(["split", "names"], log);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.StageFailed, diagnostic.Code);
        Assert.Equal("in/d.txt", diagnostic.Location);
    }
}
