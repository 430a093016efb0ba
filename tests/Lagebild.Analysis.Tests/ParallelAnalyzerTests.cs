using System.Collections.Concurrent;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;

namespace Lagebild.Analysis.Tests;

/// <summary>The parallel analyser hands documents back in input order, whatever order the workers finish them in.</summary>
public sealed class ParallelAnalyzerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Every_document_comes_back_analysed_and_in_input_order(int workers)
    {
        var stage = new MarkingStage();
        using var analyzer = new ParallelAnalyzer(Pipeline(stage), workers, batchSize: 8);
        var documents = Enumerable.Range(0, 200).Select(i => new Document($"d{i}", new string('x', i % 7))).ToList();

        var handedBack = analyzer.Analyze(documents, d => d).ToList();

        Assert.Equal(documents.Select(d => d.Id), handedBack.Select(d => d.Id));
        Assert.All(handedBack, d => Assert.Equal("marked", d.Language));
        Assert.Equal(200, stage.Calls);
    }

    [Fact]
    public void Several_workers_analyse_side_by_side()
    {
        var stage = new MarkingStage();
        using var analyzer = new ParallelAnalyzer(Pipeline(stage), 2, batchSize: 8);

        analyzer.Analyze(Enumerable.Range(0, 100).Select(i => new Document($"d{i}", "x")), d => d).ToList();

        Assert.Equal(2, stage.Threads.Keys.Count(id => id != Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void A_handful_of_documents_is_analysed_without_starting_workers()
    {
        var stage = new MarkingStage();
        using var analyzer = new ParallelAnalyzer(Pipeline(stage), 2, batchSize: 8);

        var handedBack = analyzer.Analyze(Enumerable.Range(0, 5).Select(i => new Document($"d{i}", "x")), d => d).ToList();

        Assert.Equal(5, handedBack.Count);
        Assert.Equal([Environment.CurrentManagedThreadId], stage.Threads.Keys);
    }

    [Fact]
    public void Later_calls_are_analysed_by_the_same_workers()
    {
        var stage = new MarkingStage();
        using var analyzer = new ParallelAnalyzer(Pipeline(stage), 2, batchSize: 8);

        for (int call = 0; call < 3; call++)
        {
            analyzer.Analyze(Enumerable.Range(0, 40).Select(i => new Document($"c{call}d{i}", "x")), d => d).ToList();
        }

        Assert.Equal(120, stage.Calls);
        Assert.Equal(2, stage.Threads.Keys.Count(id => id != Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void The_action_after_each_document_runs_once_per_analysed_document()
    {
        using var analyzer = new ParallelAnalyzer(Pipeline(new MarkingStage()), 3, batchSize: 4);
        var items = Enumerable.Range(0, 50).Select(i => new Item(i % 5 == 0 ? null : new Document($"d{i}", "x"))).ToList();

        var handedBack = analyzer.Analyze(items, i => i.Document, i => i.After++).ToList();

        Assert.Equal(items, handedBack);
        Assert.All(handedBack, i => Assert.Equal(i.Document is null ? 0 : 1, i.After));
    }

    [Fact]
    public void A_failure_after_a_document_throws_when_its_turn_comes_after_the_ones_before_it()
    {
        using var analyzer = new ParallelAnalyzer(Pipeline(new MarkingStage()), 2, batchSize: 4);
        var received = new List<string>();
        Action<Document> serialise = d =>
        {
            if (d.Id == "d12") throw new InvalidOperationException($"cannot serialise {d.Id}");
        };

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var document in analyzer.Analyze(Enumerable.Range(0, 20).Select(i => new Document($"d{i}", "x")), d => d, serialise))
            {
                received.Add(document.Id);
            }
        });

        Assert.Equal("cannot serialise d12", error.Message);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"d{i}"), received);
    }

    [Fact]
    public void Stopping_early_reads_no_further_than_the_window()
    {
        var stage = new MarkingStage();
        using var analyzer = new ParallelAnalyzer(Pipeline(stage), 2, batchSize: 8);
        int read = 0;
        var input = Enumerable.Range(0, 10_000).Select(i =>
        {
            read++;
            return new Document($"d{i}", "x");
        });

        var first = analyzer.Analyze(input, d => d).Take(12).ToList();

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"d{i}"), first.Select(d => d.Id));
        Assert.InRange(read, 12, 12 + 8 + 1);
        Assert.InRange(stage.Calls, read - 1, read); // the item read last may not have been handed to a worker
    }

    private static AnalysisPipeline Pipeline(IStage stage) => new PipelineBuilder().Add(stage).Build();

    private sealed class Item(Document? document)
    {
        public Document? Document { get; } = document;

        public int After { get; set; }
    }

    /// <summary>Marks each document's language; later documents of a run take longer, so workers finish out of order.</summary>
    private sealed class MarkingStage : IStage
    {
        private int _calls;

        public ConcurrentDictionary<int, bool> Threads { get; } = new();

        public int Calls => _calls;

        public string Name => "marking";

        public IReadOnlyList<string> Reads { get; } = [Layers.Text];

        public IReadOnlyList<string> Writes { get; } = [Layers.Language];

        public void Process(Document document)
        {
            int call = Interlocked.Increment(ref _calls);
            Threads[Environment.CurrentManagedThreadId] = true;
            Thread.Sleep(call % 3);
            document.Language = "marked";
        }
    }
}
