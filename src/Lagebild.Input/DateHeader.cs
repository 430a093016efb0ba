using Lagebild.Core.Model;

namespace Lagebild.Input;

/// <summary>
/// The optional metadata line that opens a text file: <c> date 2021-12 …</c> or <c> date 2021-12-07 …</c>.
/// The line stays part of the text; its date becomes the document's DCT with basis <c>header</c>.
/// </summary>
public static class DateHeader
{
    private const string Keyword = "date ";

    public static DocumentDate? Parse(string text)
    {
        var span = text.AsSpan();
        int lineEnd = span.IndexOfAny('\n', '\r');
        var firstLine = (lineEnd < 0 ? span : span[..lineEnd]).TrimStart();
        if (!firstLine.StartsWith(Keyword, StringComparison.Ordinal)) return null;

        var rest = firstLine[Keyword.Length..].TrimStart();
        int valueEnd = rest.IndexOf(' ');
        var value = valueEnd < 0 ? rest : rest[..valueEnd];
        return IsIsoDate(value) ? new DocumentDate(value.ToString(), DateBasis.Header) : null;
    }

    /// <summary>True for <c>YYYY</c>, <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> with a valid month and day.</summary>
    public static bool IsIsoDate(ReadOnlySpan<char> value)
    {
        if (value.Length is not (4 or 7 or 10)) return false;
        if (!int.TryParse(value[..4], out int year) || year < 1) return false;
        if (value.Length == 4) return true;
        if (value[4] != '-' || !int.TryParse(value.Slice(5, 2), out int month) || month is < 1 or > 12) return false;
        if (value.Length == 7) return true;
        return value[7] == '-' && int.TryParse(value.Slice(8, 2), out int day) && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
