using System.Globalization;

namespace Lagebild.Timex.Resolution;

/// <summary>Calendar arithmetic and TIMEX3 formatting.</summary>
public static class Calendar
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>ISO weekday number, Monday 1 … Sunday 7.</summary>
    public static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The weekday on or before <paramref name="reference"/>.</summary>
    public static DateOnly WeekdayBackward(DateOnly reference, int weekday) =>
        reference.AddDays(-((IsoWeekday(reference) - weekday + 7) % 7));

    /// <summary>The weekday on or after <paramref name="reference"/>.</summary>
    public static DateOnly WeekdayForward(DateOnly reference, int weekday) =>
        reference.AddDays((weekday - IsoWeekday(reference) + 7) % 7);

    /// <summary>The weekday the tense points to: past backward, future forward, otherwise the nearer one.</summary>
    public static DateOnly Weekday(DateOnly reference, int weekday, Tense tense)
    {
        var back = WeekdayBackward(reference, weekday);
        var forward = WeekdayForward(reference, weekday);
        return tense switch
        {
            Tense.Past => back,
            Tense.Future => forward,
            _ => reference.DayNumber - back.DayNumber <= forward.DayNumber - reference.DayNumber ? back : forward,
        };
    }

    /// <summary>The year of a month (and day) nearest the reference in the tense's direction.</summary>
    public static int YearFor(int refYear, int refMonth, int refDay, int month, int day, Tense tense)
    {
        int refKey = refMonth * 32 + refDay;
        int key = month * 32 + (day == 0 ? refDay : day);
        return tense switch
        {
            Tense.Past => key <= refKey ? refYear : refYear - 1,
            Tense.Future => key >= refKey ? refYear : refYear + 1,
            _ => Math.Abs(key - refKey) <= 6 * 32 ? refYear : key > refKey ? refYear - 1 : refYear + 1,
        };
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Reads a day written <c>yyyy-MM-dd</c> (exactly ten characters, ASCII digits) without the general date parser,
    /// which is slow on the per-timex path; accepts exactly what <c>DateOnly.TryParseExact(s, "yyyy-MM-dd")</c> accepts.
    /// </summary>
    public static bool TryParseDay(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!TryDigits(s[..4], out int year) || !TryDigits(s.Slice(5, 2), out int month) || !TryDigits(s.Slice(8, 2), out int day)) return false;
        return TryDate(year, month, day, out date);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }

    public static int Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 0;
}
