using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Events.Lexicon;
using Lagebild.Events.Roles;
using Lagebild.Events.Scheme;

namespace Lagebild.Events;

/// <summary>
/// The events stage: finds triggers of PLOVER events from the per-language lexicon, assigns source and target actors
/// inside the trigger's clause, and adds date, place and context.
/// </summary>
public sealed class EventStage : IStage
{
    /// <summary>The working memory of the finder on this thread, reused from document to document.</summary>
    [ThreadStatic]
    private static EventFinderBuffers? t_buffers;

    private readonly PloverScheme _scheme;
    private readonly Dictionary<string, LanguageResources> _languages = new(StringComparer.Ordinal);

    public EventStage(DataDirectory data)
    {
        _scheme = PloverScheme.Load(data);
        foreach (var (language, german) in new[] { ("de", true), ("en", false) })
        {
            string lexiconPath = data.PathOf($"{language}/events/lexicon.tsv");
            if (!File.Exists(lexiconPath)) continue;
            var lexicon = EventLexicon.Load(lexiconPath, german, _scheme);
            var cues = ContextCues.Load(data.PathOf($"{language}/events/context.tsv"));
            _languages[language] = new LanguageResources(lexicon, cues, new WordIndex(cues, lexicon));
        }
    }

    public string Name => "events";

    public IReadOnlyList<string> Reads { get; } =
        [Layers.Tokens, Layers.Sentences, Layers.Entities, Layers.ActorReferences, Layers.Timexes, Layers.Quotes];

    public IReadOnlyList<string> Writes { get; } = [Layers.Events];

    /// <summary>The PLOVER categories with their quad classes and tension weights.</summary>
    public PloverScheme Scheme => _scheme;

    public void Process(Document document)
    {
        if (!_languages.TryGetValue(document.Language, out var resources)) return;
        var buffers = t_buffers ??= new EventFinderBuffers();
        buffers.PrepareFor(document, resources.Words);
        var finder = new EventFinder(document, resources.Lexicon, resources.Cues, _scheme, buffers);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            finder.FindIn(document.Sentences[s], document.ContentStart(s));
        }
    }

    private sealed record LanguageResources(EventLexicon Lexicon, ContextCues Cues, WordIndex Words);
}
