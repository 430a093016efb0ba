namespace Lagebild.Core.Pipeline;

/// <summary>Names of the layers stages read and write; <see cref="PipelineBuilder"/> checks the order with them.</summary>
public static class Layers
{
    public const string Text = "text";
    public const string Language = "language";
    public const string Tokens = "tokens";
    public const string Sentences = "sentences";
    public const string Dct = "dct";
    public const string Timexes = "timexes";
    public const string Entities = "entities";
    public const string ActorReferences = "actor-references";
    public const string Quotes = "quotes";
    public const string Events = "events";
}
