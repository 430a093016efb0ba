namespace Lagebild.Core.Pipeline;

/// <summary>Collects stages in order, drops the disabled ones, and checks that each stage's inputs are written first.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];
    private readonly HashSet<string> _disabled = new(StringComparer.OrdinalIgnoreCase);

    public PipelineBuilder Add(IStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder Disable(IEnumerable<string> stageNames)
    {
        foreach (var name in stageNames) _disabled.Add(name);
        return this;
    }

    /// <summary>Builds the pipeline; throws <see cref="PipelineException"/> when a stage reads a layer nothing wrote.</summary>
    public AnalysisPipeline Build()
    {
        var unknown = _disabled.Where(d => _stages.All(s => !s.Name.Equals(d, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new PipelineException(
                $"unknown stage(s) {string.Join(", ", unknown)}; the stages are {string.Join(", ", _stages.Select(s => s.Name))}");
        }

        var written = new HashSet<string> { Layers.Text };
        var active = new List<IStage>();
        var disabledWrites = new HashSet<string>();
        foreach (var stage in _stages)
        {
            if (_disabled.Contains(stage.Name))
            {
                disabledWrites.UnionWith(stage.Writes);
                continue;
            }

            foreach (var layer in stage.Reads)
            {
                if (!written.Contains(layer) && !disabledWrites.Contains(layer))
                {
                    throw new PipelineException($"stage '{stage.Name}' reads '{layer}', which no earlier stage writes");
                }
            }

            written.UnionWith(stage.Writes);
            active.Add(stage);
        }

        return new AnalysisPipeline(active);
    }
}

/// <summary>A pipeline that cannot be built as asked.</summary>
public sealed class PipelineException(string message) : Exception(message);
