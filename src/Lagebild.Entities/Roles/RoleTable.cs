using System.Globalization;
using Lagebild.Core.Data;

namespace Lagebild.Entities.Roles;

/// <summary>
/// The dated role table: which state or organisation a person acts for at a date, and who held an office then
/// (<c>data/actors/roles.tsv</c>). Loaded once; read-only afterwards.
/// </summary>
public sealed class RoleTable
{
    private readonly Dictionary<string, List<OfficeTerm>> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Role, string Actor), List<OfficeTerm>> _byOffice = [];
    private readonly Dictionary<(string Role, string Body), List<OfficeTerm>> _byBody = [];
    private readonly Dictionary<string, string> _actorOfBody = new(StringComparer.Ordinal);

    public RoleTable(IEnumerable<OfficeTerm> terms)
    {
        foreach (var term in terms)
        {
            Append(_byPerson, term.PersonId, term);
            Append(_byOffice, (term.Role, term.Actor), term);
            if (term.Body is not null) Append(_byBody, (term.Role, term.Body), term);
        }

        foreach (var body in _byBody.Keys.Select(k => k.Body).Distinct())
        {
            // The actor most terms of the body serve; on a tie, the one listed first.
            var actor = _byBody.Where(kv => kv.Key.Body == body).SelectMany(kv => kv.Value).GroupBy(t => t.Actor)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).First();
            _actorOfBody[body] = actor;
        }
    }

    public static RoleTable Load(DataDirectory data)
    {
        if (!data.Exists("actors/roles.tsv")) return new RoleTable([]);
        var terms = new List<OfficeTerm>();
        foreach (var row in TsvFile.Read(data.PathOf("actors/roles.tsv"), 5))
        {
            var from = ParseDate(row[4], start: true) ?? throw row.Error($"'from' is not an ISO date: {row[4]}");
            DateOnly? to = row.Optional(5) is { } end ? ParseDate(end, start: false) ?? throw row.Error($"'to' is not an ISO date: {end}") : null;
            terms.Add(new OfficeTerm(row[0], row[1], row[2], row.Optional(3), from, to));
        }

        return new RoleTable(terms);
    }

    /// <summary>
    /// The actor a person acts for at <paramref name="date"/>: the term covering the date (heads of state and
    /// government first), else the nearest term; null when the person holds no office in the table.
    /// </summary>
    public string? ActorFor(string personId, DateOnly? date) => TermFor(personId, date)?.Actor;

    /// <summary>Every term in which the person held <paramref name="role"/>, in the table's order.</summary>
    public IEnumerable<OfficeTerm> TermsOf(string personId, string role)
    {
        if (!_byPerson.TryGetValue(personId, out var terms)) yield break;
        foreach (var term in terms)
        {
            if (term.Role == role) yield return term;
        }
    }

    /// <summary>The term a person held at the date (or nearest to it).</summary>
    public OfficeTerm? TermFor(string personId, DateOnly? date)
    {
        if (!_byPerson.TryGetValue(personId, out var terms)) return null;
        if (date is { } d) return HighestRankingCovering(terms, d) ?? Nearest(terms, d);
        return LatestEnding(terms);
    }

    /// <summary>Among the terms covering the date, the first of the highest-ranking role.</summary>
    private static OfficeTerm? HighestRankingCovering(List<OfficeTerm> terms, DateOnly date)
    {
        OfficeTerm? best = null;
        int bestPriority = int.MaxValue;
        foreach (var term in terms)
        {
            if (!term.Covers(date)) continue;
            int priority = RolePriority(term.Role);
            if (priority < bestPriority) (best, bestPriority) = (term, priority);
        }

        return best;
    }

    /// <summary>The first term nearest to the date.</summary>
    private static OfficeTerm Nearest(List<OfficeTerm> terms, DateOnly date)
    {
        var best = terms[0];
        int bestDistance = Distance(best, date);
        for (int i = 1; i < terms.Count; i++)
        {
            int distance = Distance(terms[i], date);
            if (distance < bestDistance) (best, bestDistance) = (terms[i], distance);
        }

        return best;
    }

    /// <summary>The first term ending last (an open term ends last).</summary>
    private static OfficeTerm LatestEnding(List<OfficeTerm> terms)
    {
        var best = terms[0];
        for (int i = 1; i < terms.Count; i++)
        {
            if ((terms[i].To ?? DateOnly.MaxValue) > (best.To ?? DateOnly.MaxValue)) best = terms[i];
        }

        return best;
    }

    /// <summary>Who held <paramref name="role"/> for <paramref name="actor"/> at the date, if exactly one person did.</summary>
    public string? HolderOf(string role, string actor, DateOnly? date) => Holder(_byOffice, (role, actor), date);

    /// <summary>Who held <paramref name="role"/> in a body (<c>spokesperson</c> of <c>Moscow_Kremlin</c>) at the date.</summary>
    public string? HolderInBody(string role, string body, DateOnly? date) => Holder(_byBody, (role, body), date);

    /// <summary>Every term of the body, for mapping a body to the state it belongs to.</summary>
    public string? ActorOfBody(string body) => _actorOfBody.GetValueOrDefault(body);

    private static string? Holder<TKey>(Dictionary<TKey, List<OfficeTerm>> index, TKey key, DateOnly? date) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var terms)) return null;
        string? holder = null;
        foreach (var term in terms)
        {
            bool current = date is { } d ? term.Covers(d) : term.To is null;
            if (!current) continue;
            if (holder is null) holder = term.PersonId;
            else if (holder != term.PersonId) return null; // more than one person held it
        }

        return holder;
    }

    private static int RolePriority(string role) => role switch
    {
        "head_of_state" => 0,
        "head_of_government" => 1,
        "secretary_general" or "president_of_body" or "high_representative" => 2,
        "foreign_minister" => 3,
        "defence_minister" => 4,
        _ => 5,
    };

    private static int Distance(OfficeTerm term, DateOnly date)
    {
        if (date < term.From) return term.From.DayNumber - date.DayNumber;
        if (term.To is { } to && date > to) return date.DayNumber - to.DayNumber;
        return 0;
    }

    private static void Append<TKey>(Dictionary<TKey, List<OfficeTerm>> index, TKey key, OfficeTerm term) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(term);
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; a partial date is its first day (or last, for an end).</summary>
    public static DateOnly? ParseDate(string value, bool start)
    {
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))) return null;
        int year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < 1 or > 9999) return null;
        int month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : start ? 1 : 12;
        if (month is < 1 or > 12) return null;
        int lastDay = DateTime.DaysInMonth(year, month);
        int day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : start ? 1 : lastDay;
        return day >= 1 && day <= lastDay ? new DateOnly(year, month, day) : null;
    }
}
