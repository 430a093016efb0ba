namespace Lagebild.Core.Model;

/// <summary>How bad a diagnostic is.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem with an input or a data file, named by place (file and line) and a coded message.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Location">File path, with <c>:line</c> when a line is known.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Location, string Message)
{
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
