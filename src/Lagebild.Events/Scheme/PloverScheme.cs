using Lagebild.Core.Data;

namespace Lagebild.Events.Scheme;

/// <summary>One PLOVER category: its quad class, Goldstein-like weight and modes.</summary>
public sealed record PloverCategory(string Name, string Quad, double Weight, bool Symmetric, IReadOnlySet<string> Modes);

/// <summary>The PLOVER categories of <c>data/shared/plover.yaml</c>.</summary>
public sealed class PloverScheme
{
    public const string File = "shared/plover.yaml";

    private readonly Dictionary<string, PloverCategory> _categories;

    private readonly Dictionary<string, string[]> _formats;

    private PloverScheme(Dictionary<string, PloverCategory> categories, Dictionary<string, string[]> formats)
    {
        _categories = categories;
        _formats = formats;
    }

    /// <summary>The sides of a negotiation format or joint body (NATO–Russia Council → NATO, RUS); null if none listed.</summary>
    public string[]? SidesOf(string actor) => _formats.TryGetValue(actor, out var sides) ? sides : null;

    public IReadOnlyCollection<PloverCategory> Categories => _categories.Values;

    public bool TryGet(string name, out PloverCategory category) => _categories.TryGetValue(name, out category!);

    /// <summary>The tension weight of a category (−10 conflict … +10 cooperation), 0 when unknown.</summary>
    public double WeightOf(string category) => _categories.TryGetValue(category, out var c) ? c.Weight : 0;

    public static PloverScheme Load(DataDirectory data)
    {
        var path = data.PathOf(File);
        var model = YamlData.Read<SchemeModel>(path);
        var categories = new Dictionary<string, PloverCategory>(StringComparer.Ordinal);
        foreach (var c in model.Categories)
        {
            if (string.IsNullOrEmpty(c.Name)) throw new DataException(path, "a category without a name");
            if (c.Weight is < -10 or > 10) throw new DataException(path, $"category {c.Name}: weight outside -10..10");
            categories[c.Name] = new PloverCategory(c.Name, c.Quad ?? "", c.Weight, c.Symmetric,
                new HashSet<string>(c.Modes ?? [], StringComparer.Ordinal));
        }

        var formats = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var f in model.Formats)
        {
            if (string.IsNullOrEmpty(f.Id) || f.Sides is not { Count: > 0 }) throw new DataException(path, $"format '{f.Id}' without id or sides");
            formats[f.Id] = [.. f.Sides];
        }

        return new PloverScheme(categories, formats);
    }

    private sealed class SchemeModel
    {
        public List<CategoryModel> Categories { get; set; } = [];

        public List<FormatModel> Formats { get; set; } = [];
    }

    private sealed class FormatModel
    {
        public string Id { get; set; } = "";
        public List<string>? Sides { get; set; }
    }

    private sealed class CategoryModel
    {
        public string Name { get; set; } = "";
        public string? Quad { get; set; }
        public double Weight { get; set; }
        public bool Symmetric { get; set; }
        public List<string>? Modes { get; set; }
    }
}
