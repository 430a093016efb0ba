using Lagebild.Core.Data;

namespace Lagebild.Timex.Rules;

/// <summary>
/// Compiles a pattern string into elements. Elements are separated by spaces:
/// <c>am|vom</c> literal alternatives; <c>&lt;month&gt;</c> a piece (captured under its name, or
/// <c>&lt;number:n&gt;</c> under another); <c>&lt;weekday+part_of_day&gt;</c> one word made of pieces;
/// <c>#day #month #year #modernyear #hour #minute #num</c> digit runs; a trailing <c>?</c> makes an element optional,
/// a leading <c>~</c> requires it to be glued to the previous token.
/// </summary>
public static class PatternCompiler
{
    public static PatternElement[] Compile(string pattern, IReadOnlyDictionary<string, Dictionary<string, string>> pieces, string where)
    {
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new DataException(where, "empty pattern");
        var elements = new PatternElement[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            bool glued = part.Length > 1 && part[0] == '~';
            if (glued) part = part[1..];
            bool optional = part.Length > 1 && part[^1] == '?';
            if (optional) part = part[..^1];
            elements[i] = CompileOne(part, glued, optional, pieces, where);
        }

        if (elements.All(e => e.Optional)) throw new DataException(where, "every element is optional");
        return elements;
    }

    private static PatternElement CompileOne(string part, bool glued, bool optional, IReadOnlyDictionary<string, Dictionary<string, string>> pieces, string where)
    {
        if (part.Length > 1 && part[0] == '#')
        {
            var (name, min, max, minDigits, maxDigits) = part[1..] switch
            {
                "day" => ("day", 1, 31, 1, 2),
                "month" => ("month", 1, 12, 1, 2),
                "year" => ("year", 1000, 2199, 4, 4),
                "modernyear" => ("year", 1800, 2199, 4, 4),
                "hour" => ("hour", 0, 24, 1, 2),
                "minute" => ("minute", 0, 59, 2, 2),
                "num" => ("n", 1, 999, 1, 3),
                _ => throw new DataException(where, $"unknown number class '{part}'"),
            };
            return new PatternElement
            {
                Kind = ElementKind.Number, Optional = optional, Glued = glued, CaptureName = name,
                Min = min, Max = max, MinDigits = minDigits, MaxDigits = maxDigits,
            };
        }

        if (part.Length > 2 && part[0] == '<' && part[^1] == '>')
        {
            var words = new Dictionary<string, Capture[]>(StringComparer.OrdinalIgnoreCase) { [""] = [] };
            foreach (var component in part[1..^1].Split('+'))
            {
                var nameAndAlias = component.Split(':');
                if (!pieces.TryGetValue(nameAndAlias[0], out var piece)) throw new DataException(where, $"unknown piece '{nameAndAlias[0]}'");
                string capture = nameAndAlias.Length > 1 ? nameAndAlias[1] : nameAndAlias[0];
                var next = new Dictionary<string, Capture[]>(StringComparer.OrdinalIgnoreCase);
                foreach (var (prefix, prefixCaptures) in words)
                {
                    foreach (var (word, value) in piece)
                    {
                        next.TryAdd(prefix + word, [.. prefixCaptures, new Capture(capture, value)]);
                    }
                }

                words = next;
            }

            return new PatternElement { Kind = ElementKind.Piece, Optional = optional, Glued = glued, Words = words };
        }

        var literals = new Dictionary<string, Capture[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in part.Split('|', StringSplitOptions.RemoveEmptyEntries)) literals.TryAdd(word, []);
        if (literals.Count == 0) throw new DataException(where, $"empty element '{part}'");
        return new PatternElement { Kind = ElementKind.Literal, Optional = optional, Glued = glued, Words = literals };
    }
}
