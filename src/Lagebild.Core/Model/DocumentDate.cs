namespace Lagebild.Core.Model;

/// <summary>The document creation time as resolved, and what it rests on.</summary>
/// <param name="Value">ISO 8601 date as precise as known (<c>2021-12</c>, <c>2021-12-07</c>).</param>
/// <param name="Basis">One of <see cref="DateBasis"/>.</param>
/// <param name="Rule">For an inferred date, the rule and evidence it rests on; null otherwise.</param>
public sealed record DocumentDate(string Value, string Basis, string? Rule = null);

/// <summary>The values of <c>dct.basis</c> in the analysis format.</summary>
public static class DateBasis
{
    public const string Header = "header";
    public const string Inferred = "inferred";
    public const string Given = "given";
}
