using Lagebild.Core.Data;

namespace Lagebild.Events.Scheme;

/// <summary>One PLOVER category: its quad class, Goldstein-like weight and modes.</summary>
public sealed record PloverCategory(string Name, string Quad, double Weight, bool Symmetric, IReadOnlySet<string> Modes)
{
    /// <summary>Whether a verb of the category takes an act as object that is not done (demanded guarantees, threatened sanctions).</summary>
    public EmbeddedActs Embeds { get; init; }

    /// <summary>The category whose latest act an act of this one answers when it names no target (REJECT answers REQUEST).</summary>
    public string? Answers { get; init; }
}

/// <summary>Which acts a verb of a category takes as objects that are not done.</summary>
public enum EmbeddedActs
{
    /// <summary>None: the act named as object is an act of its own.</summary>
    None,

    /// <summary>Every act named as object (fordert den Abzug der Truppen: asked for, not done).</summary>
    All,

    /// <summary>Acts named without an actor owning them (lehnte Gespräche ab; but wies die Forderungen Ankaras zurück).</summary>
    Unowned,
}

/// <summary>The event a format's session is coded as.</summary>
public sealed record FormatSession(string Category, string? Mode);

/// <summary>The PLOVER categories of <c>data/shared/plover.yaml</c>.</summary>
public sealed class PloverScheme
{
    public const string File = "shared/plover.yaml";

    /// <summary>The <c>answers</c> value that stands for acts of every category.</summary>
    public const string AnyCategory = "*";

    private readonly Dictionary<string, PloverCategory> _categories;

    private readonly Dictionary<string, string[]> _formats;

    private PloverScheme(Dictionary<string, PloverCategory> categories, Dictionary<string, string[]> formats, FormatSession? session)
    {
        _categories = categories;
        _formats = formats;
        Session = session;
    }

    /// <summary>
    /// The category and mode of a session of a format named with its day (der NATO-Russland-Rat am 12. Januar); null when
    /// the scheme gives none.
    /// </summary>
    public FormatSession? Session { get; }

    /// <summary>The sides of a negotiation format or joint body (NATO–Russia Council → NATO, RUS); null if none listed.</summary>
    public string[]? SidesOf(string actor) => _formats.TryGetValue(actor, out var sides) ? sides : null;

    public IReadOnlyCollection<PloverCategory> Categories => _categories.Values;

    public bool TryGet(string name, out PloverCategory category) => _categories.TryGetValue(name, out category!);

    /// <summary>The tension weight of a category (−10 conflict … +10 cooperation), 0 when unknown.</summary>
    public double WeightOf(string category) => _categories.TryGetValue(category, out var c) ? c.Weight : 0;

    public static PloverScheme Load(DataDirectory data)
    {
        var path = data.PathOf(File);
        var model = YamlData.Read(path, SchemeJson.Default.SchemeModel, ParsedDataCache.Default);
        var categories = new Dictionary<string, PloverCategory>(StringComparer.Ordinal);
        foreach (var c in model.Categories)
        {
            if (string.IsNullOrEmpty(c.Name)) throw new DataException(path, "a category without a name");
            if (c.Weight is < -10 or > 10) throw new DataException(path, $"category {c.Name}: weight outside -10..10");
            categories[c.Name] = new PloverCategory(c.Name, c.Quad ?? "", c.Weight, c.Symmetric,
                new HashSet<string>(c.Modes ?? [], StringComparer.Ordinal)) { Embeds = ParseEmbeds(path, c), Answers = c.Answers };
        }

        foreach (var c in categories.Values)
        {
            if (c.Answers is { } answered && answered != AnyCategory && !categories.ContainsKey(answered)) throw new DataException(path, $"category {c.Name}: answers unknown category '{answered}'");
        }

        var formats = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var f in model.Formats)
        {
            if (string.IsNullOrEmpty(f.Id) || f.Sides is not { Count: > 0 }) throw new DataException(path, $"format '{f.Id}' without id or sides");
            formats[f.Id] = [.. f.Sides];
        }

        FormatSession? session = null;
        if (model.FormatSession is { } fs)
        {
            if (!categories.TryGetValue(fs.Category, out var category)) throw new DataException(path, $"format_session: unknown category '{fs.Category}'");
            if (fs.Mode is not null && !category.Modes.Contains(fs.Mode)) throw new DataException(path, $"format_session: {fs.Category} has no mode '{fs.Mode}'");
            session = new FormatSession(fs.Category, fs.Mode);
        }

        return new PloverScheme(categories, formats, session);
    }

    private static EmbeddedActs ParseEmbeds(string path, CategoryModel c) => c.Embeds switch
    {
        null => EmbeddedActs.None,
        "all" => EmbeddedActs.All,
        "unowned" => EmbeddedActs.Unowned,
        _ => throw new DataException(path, $"category {c.Name}: embeds must be 'all' or 'unowned', not '{c.Embeds}'"),
    };

    internal sealed class SchemeModel
    {
        public List<CategoryModel> Categories { get; set; } = [];

        public List<FormatModel> Formats { get; set; } = [];

        public SessionModel? FormatSession { get; set; }
    }

    internal sealed class SessionModel
    {
        public string Category { get; set; } = "";
        public string? Mode { get; set; }
    }

    internal sealed class FormatModel
    {
        public string Id { get; set; } = "";
        public List<string>? Sides { get; set; }
    }

    internal sealed class CategoryModel
    {
        public string Name { get; set; } = "";
        public string? Quad { get; set; }
        public double Weight { get; set; }
        public bool Symmetric { get; set; }
        public string? Embeds { get; set; }
        public string? Answers { get; set; }
        public List<string>? Modes { get; set; }
    }
}
