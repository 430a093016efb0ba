using Lagebild.Core.Model;

namespace Lagebild.Core.Pipeline;

/// <summary>
/// One analysis stage. A stage is built once (its data loaded and compiled) and then runs on many documents,
/// possibly from several threads at once: <see cref="Process"/> must not change the stage's own state.
/// </summary>
public interface IStage
{
    /// <summary>The stage's name on the command line (<c>--skip quotes</c>).</summary>
    string Name { get; }

    /// <summary>Layers this stage needs (see <see cref="Layers"/>).</summary>
    IReadOnlyList<string> Reads { get; }

    /// <summary>Layers this stage fills.</summary>
    IReadOnlyList<string> Writes { get; }

    void Process(Document document);
}
