using System.Globalization;
using Lagebild.Store.Queries;

namespace Lagebild.Web.Api;

/// <summary>Thrown when a query parameter is malformed; the API answers 400 with its message.</summary>
public sealed class BadParameterException(string parameter, string message) : Exception($"{parameter}: {message}")
{
    public string Parameter { get; } = parameter;
}

/// <summary>Parses and validates the query parameters shared by the list endpoints.</summary>
public static class QueryParameters
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
    public const int MaxTextLength = 200;

    public static int Offset(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return 0;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            throw new BadParameterException("offset", $"must be a whole number ≥ 0, got '{Clip(value)}'");
        return offset;
    }

    public static int Limit(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultLimit;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > MaxLimit)
            throw new BadParameterException("limit", $"must be a whole number from 1 to {MaxLimit}, got '{Clip(value)}'");
        return limit;
    }

    public static DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new BadParameterException(name, $"must be an ISO date yyyy-MM-dd, got '{Clip(value)}'");
        return date;
    }

    public static string? QuadClass(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var quad = value.Trim().ToLowerInvariant();
        if (!PloverCategories.QuadClasses.Contains(quad))
            throw new BadParameterException("quad", $"must be one of {string.Join(", ", PloverCategories.QuadClasses)}, got '{Clip(value)}'");
        return quad;
    }

    public static string? Type(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var type = value.Trim().ToUpperInvariant();
        if (!PloverCategories.ByName.ContainsKey(type))
            throw new BadParameterException("type", $"must be a PLOVER category ({string.Join(", ", PloverCategories.ByName.Keys)}), got '{Clip(value)}'");
        return type;
    }

    public static string? Text(string name, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) throw new BadParameterException(name, "is required");
            return null;
        }
        if (value.Length > MaxTextLength)
            throw new BadParameterException(name, $"must be at most {MaxTextLength} characters");
        return value.Trim();
    }

    public static IncidentFilter Filter(
        string? actor, string? type, string? quad, string? from, string? to, string? outlet, string? text, string? offset, string? limit)
    {
        var filter = new IncidentFilter
        {
            Actor = Text("actor", actor),
            Type = Type(type),
            QuadClass = QuadClass(quad),
            From = Date("from", from),
            To = Date("to", to),
            Outlet = Text("outlet", outlet),
            Text = Text("text", text),
            Offset = Offset(offset),
            Limit = Limit(limit),
        };
        if (filter.From is { } f && filter.To is { } t && f > t)
            throw new BadParameterException("from", $"must not be after 'to' ({t:yyyy-MM-dd})");
        return filter;
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
