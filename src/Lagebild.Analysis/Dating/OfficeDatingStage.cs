using Lagebild.Core.Model;
using Lagebild.Core.Pipeline;
using Lagebild.Entities;
using Lagebild.Timex;

namespace Lagebild.Analysis.Dating;

/// <summary>
/// Dates a document that gave no date, neither in its metadata nor in its text, from the offices it names with
/// their holders (see <see cref="Entities.Dating.OfficeTermDating"/>): within the days all of those terms share, a
/// year-less dateline gives the day, else the document date is the month the span opens; the time expressions and
/// actors are then resolved again at that date.
/// Documents with a date pass untouched.
/// </summary>
public sealed class OfficeDatingStage(TimexStage timex, EntityStage entities) : IStage
{
    public const string StageName = "dating";

    private const string RulePrefix = "office-terms:";

    public string Name => StageName;

    public IReadOnlyList<string> Reads { get; } = [Layers.Dct, Layers.Timexes, Layers.Entities, Layers.ActorReferences];

    public IReadOnlyList<string> Writes { get; } = [Layers.Dct, Layers.Timexes, Layers.Entities, Layers.ActorReferences];

    public void Process(Document document)
    {
        if (document.Dct is not null || entities.Dating.WindowOf(document) is not { } window) return;
        timex.Redate(document, window.From, window.To, RulePrefix + window.Evidence);
        document.Entities.Clear();
        document.ActorReferences.Clear();
        entities.Process(document);
    }
}
