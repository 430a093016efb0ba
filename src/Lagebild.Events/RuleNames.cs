using Lagebild.Events.Lexicon;

namespace Lagebild.Events;

/// <summary>
/// The rule names of events, "entry id+how its roles were found" (de-treffen+subject), each made once per entry and
/// way on one thread and then reused: most events of a corpus repeat a name already made.
/// </summary>
internal sealed class RuleNames
{
    private readonly Dictionary<EventEntry, Dictionary<string, string>> _byEntry = new(ReferenceEqualityComparer.Instance);

    /// <summary>The rule name of an event of <paramref name="entry"/> whose roles were found as <paramref name="how"/>.</summary>
    public string Of(EventEntry entry, string how)
    {
        if (!_byEntry.TryGetValue(entry, out var names)) _byEntry[entry] = names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!names.TryGetValue(how, out var name)) names[how] = name = $"{entry.Id}+{how}";
        return name;
    }
}
