using System.CommandLine;

namespace Lagebild.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class SharedOptions
{
    public static Option<string?> DataFolder() => new("--data")
    {
        Description = "The data folder with lexicons and rules (default: data/ beside the program, or LAGEBILD_DATA).",
    };

    public static Option<string[]> Skip() => new("--skip")
    {
        Description = "Stages to switch off, comma-separated or repeated: text, timex, entities, quotes, events.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<int> Threads() => new("--threads", "-j")
    {
        Description = "Documents analysed in parallel (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>Splits <c>--skip a,b --skip c</c> into stage names.</summary>
    public static IEnumerable<string> StageNames(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
