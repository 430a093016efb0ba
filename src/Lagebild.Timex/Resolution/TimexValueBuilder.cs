using System.Text;
using Lagebild.Timex.Rules;

namespace Lagebild.Timex.Resolution;

/// <summary>
/// Fills a rule's value template. Placeholders: <c>{date}</c> (from year, month, day, weekday, season
/// captures), <c>{relative}</c> (offset and unit from the reference), <c>{duration}</c> (n and unit),
/// <c>{decade}</c>, <c>{today}</c> (the reference day), <c>{later}</c> (offset and unit from the day the narrative
/// last named, else from the reference day), <c>{day}</c> (the day the narrative last named, else the
/// reference day), and any capture by name (hours and minutes two digits).
/// </summary>
public static class TimexValueBuilder
{
    private const string Unknown = "XXXX-XX-XX";

    public static string Fill(string template, RuleMatch match, Tense tense, ReferenceTime? reference, DateOnly? narrativeDay = null)
    {
        if (template.IndexOf('{') < 0) return template;
        var sb = new StringBuilder(template.Length + 8);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            if (close < 0)
            {
                sb.Append(template, open, template.Length - open);
                break;
            }

            sb.Append(Placeholder(template[(open + 1)..close], match, tense, reference, narrativeDay));
            i = close + 1;
        }

        return sb.ToString();
    }

    private static string Placeholder(string name, RuleMatch match, Tense tense, ReferenceTime? reference, DateOnly? narrativeDay) => name switch
    {
        "day" => narrativeDay is { } n ? Calendar.Day(n) : reference?.Day is { } rd ? Calendar.Day(rd) : Unknown,
        "date" => Date(match, tense, reference),
        "relative" => Relative(match, reference),
        "later" => (narrativeDay ?? reference?.Day) is { } from ? Shift(from, Offset(match), match.Get("unit") ?? "D") : Unknown,
        "duration" => Duration(match),
        "decade" => (Calendar.Int(match.Get("year")) / 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "today" => reference?.Day is { } d ? Calendar.Day(d) : Unknown,
        "hour" or "minute" => Calendar.Int(match.Get(name)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
        _ => match.Get(name) ?? "X",
    };

    /// <summary>The date a match names, resolved against the reference and the clause's tense.</summary>
    public static string Date(RuleMatch match, Tense tense, ReferenceTime? reference)
    {
        int year = Calendar.Int(match.Get("year"));
        int month = Calendar.Int(match.Get("month"));
        int day = Calendar.Int(match.Get("day"));
        int weekday = Calendar.Int(match.Get("weekday"));
        string? season = match.Get("season");
        if (match.Get("holiday") is { Length: 5 } holiday)
        {
            month = Calendar.Int(holiday[..2]);
            day = Calendar.Int(holiday[3..]);
        }

        if (weekday > 0 && day == 0)
        {
            if (reference?.Day is { } r) return Calendar.Day(Calendar.Weekday(r, weekday, tense));
            return $"XXXX-WXX-{weekday}";
        }

        if (year == 0 && (month > 0 || season is not null))
        {
            if (reference is null || reference.Month == 0) year = reference?.Year ?? 0;
            else
            {
                int refDay = reference.Day?.Day ?? 15;
                int seasonMonth = season switch { "SP" => 4, "SU" => 7, "FA" => 10, "WI" => 1, _ => 0 };
                year = Calendar.YearFor(reference.Year, reference.Month, refDay, month > 0 ? month : seasonMonth, day, tense);
            }
        }

        string y = year > 0 ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : "XXXX";
        if (season is not null && month == 0) return $"{y}-{season}";
        if (month == 0) return y;
        if (day == 0) return $"{y}-{month:D2}";
        return $"{y}-{month:D2}-{day:D2}";
    }

    private static int Offset(RuleMatch match)
    {
        int offset = Calendar.Int(match.Get("offset"));
        if (match.Get("n") is { } n) offset *= Calendar.Int(n);
        return offset;
    }

    /// <summary>The day, week, month or year <paramref name="offset"/> units from <paramref name="from"/>.</summary>
    private static string Shift(DateOnly from, int offset, string unit) => unit switch
    {
        "D" => Calendar.Day(from.AddDays(offset)),
        "W" => Calendar.Week(from.AddDays(7 * offset)),
        "M" => Calendar.Month(from.AddMonths(offset).Year, from.AddMonths(offset).Month),
        "Y" => (from.Year + offset).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        _ => Unknown,
    };

    private static string Relative(RuleMatch match, ReferenceTime? reference)
    {
        int offset = Offset(match);
        string unit = match.Get("unit") ?? "D";
        if (reference is null) return Unknown;
        if (reference.Day is { } r) return Shift(r, offset, unit);

        if (unit == "Y") return (reference.Year + offset).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (unit == "M" && reference.Month > 0)
        {
            var m = new DateOnly(reference.Year, reference.Month, 1).AddMonths(offset);
            return Calendar.Month(m.Year, m.Month);
        }

        return Unknown;
    }

    private static string Duration(RuleMatch match)
    {
        string n = match.Get("n") ?? "X";
        string unit = match.Get("unit") ?? "D";
        return unit switch
        {
            "H" => $"PT{n}H",
            "MIN" => $"PT{n}M",
            "S" => $"PT{n}S",
            _ => $"P{n}{unit}",
        };
    }
}
