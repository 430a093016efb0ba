using Lagebild.Timex.Rules;

namespace Lagebild.Timex.Resolution;

/// <summary>A match with the tense of its clause, before values are filled.</summary>
public sealed record PendingTimex(RuleMatch Match, Tense Tense);

/// <summary>
/// Estimates the day the narrative stands on when only a month is known: the earliest day of the month
/// (the latest when only future dates bound it) at which every past weekday falls after the latest explicit
/// past date and within the month, and that lies before every explicit future date.
/// </summary>
public static class ReferenceEstimator
{
    /// <summary>The estimated day, and whether the text pins it: an explicit past date and past weekdays
    /// that must fall after it leave the earliest consistent day as the narrative's present.</summary>
    public readonly record struct Estimate(DateOnly Day, bool Pinned);

    public static DateOnly? ExplicitDay(RuleMatch match, ReferenceTime? month)
    {
        if (match.Get("weekday") is not null || match.Rule.Type is not ("DATE" or "TIME")) return null;
        if (match.Rule.Value is null || !match.Rule.Value.Contains("{date}", StringComparison.Ordinal)) return null;
        int day = Calendar.Int(match.Get("day"));
        int m = Calendar.Int(match.Get("month"));
        if (match.Get("holiday") is not null) return null;
        if (day == 0 || m == 0) return null;
        int year = Calendar.Int(match.Get("year"));
        if (year == 0)
        {
            if (month is null || month.Month == 0) return null;
            year = Calendar.YearFor(month.Year, month.Month, 15, m, day, Tense.Unknown);
        }

        return Calendar.TryDate(year, m, day, out var d) ? d : null;
    }

    public static Estimate Run(ReferenceTime month, IReadOnlyList<PendingTimex> pending, Tense defaultTense)
    {
        var start = new DateOnly(month.Year, month.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        DateOnly? lower = null, upper = null;
        var weekdays = new List<(int Weekday, Tense Tense)>();
        foreach (var p in pending)
        {
            if (ExplicitDay(p.Match, month) is { } d)
            {
                bool future = p.Tense == Tense.Future || d > end;
                if (future && d > end && d <= end.AddDays(90)) upper = upper is null || d < upper ? d : upper;
                else if (!future && d >= start.AddDays(-60) && d <= end) lower = lower is null || d > lower ? d : lower;
                continue;
            }

            int w = Calendar.Int(p.Match.Get("weekday"));
            if (w > 0 && p.Match.Get("day") is null)
            {
                weekdays.Add((w, p.Tense == Tense.Unknown ? defaultTense : p.Tense));
            }
        }

        var floor = lower is { } l && l > start ? l : start;
        DateOnly? earliest = null, latest = null;
        for (var r = start; r <= end; r = r.AddDays(1))
        {
            if (lower is { } lo && r < lo) continue;
            if (upper is { } up && r >= up) continue;
            if (!IsValid(r, weekdays, floor)) continue;
            earliest ??= r;
            latest = r;
        }

        if (earliest is null) return new Estimate(floor <= end ? floor : start, false);
        if (lower is not null) return new Estimate(earliest.Value, weekdays.Any(w => w.Tense == Tense.Past));
        if (upper is not null) return new Estimate(latest!.Value, false);

        // Nothing bounds the day: the valid day nearest the middle of the month keeps the error smallest.
        var middle = start.AddDays(14);
        DateOnly best = earliest.Value;
        for (var r = earliest.Value; r <= latest!.Value; r = r.AddDays(1))
        {
            if (Math.Abs(r.DayNumber - middle.DayNumber) < Math.Abs(best.DayNumber - middle.DayNumber) && IsValid(r, weekdays, floor)) best = r;
        }

        return new Estimate(best, false);
    }

    private static bool IsValid(DateOnly r, List<(int Weekday, Tense Tense)> weekdays, DateOnly floor)
    {
        foreach (var (w, tense) in weekdays)
        {
            if (tense == Tense.Past && Calendar.WeekdayBackward(r, w) < floor) return false;
        }

        return true;
    }
}
