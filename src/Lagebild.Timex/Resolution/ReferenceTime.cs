namespace Lagebild.Timex.Resolution;

/// <summary>
/// The time expressions are resolved against: a day when one is known or estimated, else a month or a year.
/// </summary>
public sealed record ReferenceTime(int Year, int Month, DateOnly? Day)
{
    /// <summary>Document dates outside these years are ignored as implausible.</summary>
    public const int MinYear = 1000, MaxYear = 2999;

    public static ReferenceTime? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 4) return null;
        int year = Calendar.Int(value[..4]);
        if (year is < MinYear or > MaxYear) return null;
        int month = value.Length >= 7 ? Calendar.Int(value.Substring(5, 2)) : 0;
        if (month is < 0 or > 12) month = 0;
        int day = value.Length >= 10 ? Calendar.Int(value.Substring(8, 2)) : 0;
        return new ReferenceTime(year, month, month > 0 && Calendar.TryDate(year, month, day, out var d) ? d : null);
    }
}
