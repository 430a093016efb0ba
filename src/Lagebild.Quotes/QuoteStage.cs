using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Quotes.Engine;
using Lagebild.Quotes.Lexicon;

namespace Lagebild.Quotes;

/// <summary>
/// The <c>quotes</c> stage: direct quotations and reported speech, each with its speaker (entity id or actor
/// code), the cue that credits it, the relay that passed it on, and the rule that found it.
/// </summary>
public sealed class QuoteStage : IStage
{
    private readonly Dictionary<string, QuoteLexicon> _lexicons = new(StringComparer.OrdinalIgnoreCase);
    private readonly QuoteMarks _marks;
    private readonly Relays _relays;

    /// <summary>The languages with a <c>quotes</c> folder under <c>data/</c>.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en"];

    public QuoteStage(DataDirectory data)
    {
        _marks = QuoteMarks.Load(data);
        _relays = Relays.Load(data);
        foreach (var language in Languages)
        {
            _lexicons[language] = QuoteLexicon.Load(data, language);
        }
    }

    /// <summary>A stage from ready-made data (for tests with invented lexicons).</summary>
    public QuoteStage(IReadOnlyDictionary<string, QuoteLexicon> lexicons, QuoteMarks marks, Relays relays)
    {
        foreach (var (language, lexicon) in lexicons) _lexicons[language] = lexicon;
        _marks = marks;
        _relays = relays;
    }

    public string Name => "quotes";

    public IReadOnlyList<string> Reads { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences];

    public IReadOnlyList<string> Writes { get; } = [Layers.Quotes];

    public void Process(Document document)
    {
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        if (!_lexicons.TryGetValue(document.Language, out var lexicon)) return;
        using var view = new DocumentView(document, lexicon, _marks, _relays);
        document.Quotes.AddRange(new QuoteFinder(view).Run());
    }
}
