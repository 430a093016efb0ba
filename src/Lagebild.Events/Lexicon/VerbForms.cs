namespace Lagebild.Events.Lexicon;

/// <summary>A verb entry parsed from the lexicon: <c>[particle+]lemma[/past/participle[/present]]</c>.</summary>
public sealed record VerbSpec(string? Particle, string Lemma, string? Past, string? Participle, string? Present)
{
    public static VerbSpec Parse(string entry)
    {
        string? particle = null;
        int plus = entry.IndexOf('+');
        if (plus > 0)
        {
            particle = entry[..plus];
            entry = entry[(plus + 1)..];
        }

        var parts = entry.Split('/');
        return new VerbSpec(particle, parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null,
            parts.Length > 3 ? parts[3] : null);
    }
}

/// <summary>A word form of a verb; <see cref="NeedsParticle"/> when a separated particle must follow in the clause.</summary>
public readonly record struct VerbForm(string Form, bool NeedsParticle);

/// <summary>Generates the inflected forms of a verb entry by the rules of its language.</summary>
public static class VerbForms
{
    private static readonly string[] InseparablePrefixes = ["be", "ver", "ent", "er", "zer", "ge", "miss", "emp", "hinter", "über", "unter", "wider"];

    public static IEnumerable<VerbForm> German(VerbSpec spec)
    {
        string lemma = spec.Lemma;
        string stem = lemma.EndsWith("en", StringComparison.Ordinal) ? lemma[..^2] : lemma.EndsWith('n') ? lemma[..^1] : lemma;
        bool eInsert = stem.EndsWith('t') || stem.EndsWith('d') || (stem.EndsWith('n') && !stem.EndsWith("rn") && !stem.EndsWith("ln") && stem.Length > 2 && !"aeiouäöüh".Contains(stem[^2]));
        string e = eInsert ? "e" : "";
        bool noGe = lemma.EndsWith("ieren", StringComparison.Ordinal) || InseparablePrefixes.Any(p => lemma.StartsWith(p, StringComparison.Ordinal) && lemma.Length > p.Length + 3);

        var finite = new List<string> { lemma, stem + "e", stem + e + "st", stem + e + "t" };
        if (spec.Present is not null) finite.Add(spec.Present);
        if (spec.Past is null)
        {
            foreach (var ending in new[] { "te", "test", "ten", "tet" }) finite.Add(stem + e + ending);
        }
        else
        {
            finite.Add(spec.Past);
            string pastStem = spec.Past;
            finite.Add(pastStem + (pastStem.EndsWith('e') ? "n" : "en"));
            finite.Add(pastStem + "st");
            finite.Add(pastStem + "t");
            // Konjunktiv II of strong verbs is close to the past with umlaut; the umlaut-free form is a safe subset.
        }

        string participle = spec.Participle ?? (noGe ? stem + e + "t" : "ge" + stem + e + "t");
        var participles = new List<string> { participle };
        foreach (var ending in new[] { "e", "en", "er", "es", "em" }) participles.Add(participle + ending);

        if (spec.Particle is null)
        {
            foreach (var f in finite) yield return new VerbForm(f, false);
            foreach (var p in participles) yield return new VerbForm(p, false);
            yield break;
        }

        string particle = spec.Particle;
        foreach (var f in finite)
        {
            yield return new VerbForm(f, true);
            yield return new VerbForm(particle + f, false);
        }

        foreach (var p in participles)
        {
            string joined = spec.Participle is null && !noGe ? particle + p : particle + p;
            yield return new VerbForm(joined, false);
        }

        yield return new VerbForm(particle + "zu" + lemma, false);
    }

    public static IEnumerable<VerbForm> English(VerbSpec spec)
    {
        string lemma = spec.Lemma;
        // A phrasal verb (on+call) needs its particle right after it.
        bool particle = spec.Particle is not null;
        yield return new VerbForm(lemma, particle);
        string third = lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2]) ? lemma[..^1] + "ies"
            : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z') ? lemma + "es"
            : lemma + "s";
        yield return new VerbForm(third, particle);
        string ed = lemma.EndsWith('e') ? lemma + "d"
            : lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2]) ? lemma[..^1] + "ied"
            : lemma + "ed";
        yield return new VerbForm(spec.Past ?? ed, particle);
        yield return new VerbForm(spec.Participle ?? ed, particle);
        string ing = lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing" : lemma.EndsWith('e') ? lemma[..^1] + "ing" : lemma + "ing";
        yield return new VerbForm(ing, particle);
    }
}

/// <summary>Generates the case and number forms of a noun entry.</summary>
public static class NounForms
{
    private static readonly string[] GermanEndings = ["", "s", "es", "e", "en", "n", "er", "ern"];
    private static readonly string[] EnglishEndings = ["", "s", "es"];

    public static IEnumerable<string> Of(string lemma, bool german)
    {
        var endings = german ? GermanEndings : EnglishEndings;
        foreach (var ending in endings) yield return lemma + ending;
        if (!german && lemma.EndsWith('y')) yield return lemma[..^1] + "ies";
    }
}
