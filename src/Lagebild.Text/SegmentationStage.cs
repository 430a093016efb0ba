using Lagebild.Core.Data;
using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Text.Language;
using Lagebild.Text.Sentences;
using Lagebild.Text.Tokens;

namespace Lagebild.Text;

/// <summary>The first stage: tokens, sentences and, where the input did not say, the document's language.</summary>
public sealed class SegmentationStage : IStage
{
    private readonly Tokenizer _tokenizer;
    private readonly LanguageDetector _languages;

    public SegmentationStage(DataDirectory data)
    {
        _tokenizer = new Tokenizer(AbbreviationList.Load(data), WordList.Load(data.PathOf("shared/text/ordinal-context.tsv")));
        _languages = LanguageDetector.Load(data);
    }

    public string Name => "text";

    public IReadOnlyList<string> Reads { get; } = [Layers.Text];

    public IReadOnlyList<string> Writes { get; } = [Layers.Language, Layers.Tokens, Layers.Sentences];

    public void Process(Document document)
    {
        document.Tokens.Clear();
        document.Sentences.Clear();
        ReserveFor(document);
        _tokenizer.Tokenize(document.Text, document.Tokens);
        SentenceSplitter.Split(document.Text, document.Tokens, document.Sentences);
        if (document.Language is "und" or "") document.Language = _languages.Detect(document.Text, document.Tokens);
    }

    /// <summary>News text averages a token per five to six characters and a sentence per 25 tokens: the lists are
    /// allocated once at about their final size instead of growing (and copying) step by step.</summary>
    private static void ReserveFor(Document document)
    {
        int tokens = document.Text.Length / CharactersPerToken + 16;
        document.Tokens.EnsureCapacity(tokens);
        document.Sentences.EnsureCapacity(tokens / TokensPerSentence + 4);
    }

    private const int CharactersPerToken = 5;

    private const int TokensPerSentence = 20;
}
