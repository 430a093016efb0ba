namespace Lagebild.Timex.Rules;

/// <summary>A compiled rule: its pattern and what a match becomes.</summary>
public sealed class TimeRule
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required PatternElement[] Elements { get; init; }

    public string? Value { get; init; }

    public string? Mod { get; init; }

    public Capture[] Fixed { get; init; } = [];

    /// <summary>Order in the file; earlier rules win ties of equal length.</summary>
    public int Order { get; init; }

    /// <summary>A rule that only blocks false hits (<c>type: NONE</c>).</summary>
    public bool IsBlocking => Type == "NONE";
}
