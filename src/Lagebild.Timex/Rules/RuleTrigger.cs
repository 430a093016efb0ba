namespace Lagebild.Timex.Rules;

/// <summary>
/// A rule that a token can start, at one of its leading elements, with what the token after it must be for the rule
/// to go on matching. Most tokens that start a rule (articles, prepositions) are not followed by anything the rule
/// accepts; <see cref="NextTokens"/> rejects those attempts before the matcher tries them.
/// </summary>
public readonly record struct RuleTrigger(TimeRule Rule, int Element, NextTokens Next);

/// <summary>
/// What may follow the token matched by an element: a word or mark of the vocabulary, a digit run, or (when every
/// later element is optional) nothing at all. A superset of what the following elements accept: a token outside it
/// can never continue the match.
/// </summary>
public sealed class NextTokens
{
    private readonly HashSet<int> _ids = [];
    private readonly bool _numbers;
    private readonly bool _canEnd;

    /// <summary>What may follow in any of <paramref name="alternatives"/>.</summary>
    public NextTokens(IEnumerable<NextTokens> alternatives)
    {
        foreach (var next in alternatives)
        {
            _ids.UnionWith(next._ids);
            _numbers |= next._numbers;
            _canEnd |= next._canEnd;
        }
    }

    /// <summary>The tokens that can follow element <paramref name="matched"/> of <paramref name="elements"/>.</summary>
    public NextTokens(PatternElement[] elements, int matched)
    {
        _canEnd = true;
        for (int e = matched + 1; e < elements.Length; e++)
        {
            var element = elements[e];
            if (element.Kind == ElementKind.Number) _numbers = true;
            else _ids.UnionWith(element.BoundIds);
            if (!element.Optional)
            {
                _canEnd = false;
                break;
            }
        }
    }

    /// <summary>Whether a token with vocabulary id <paramref name="id"/> (-1 for none, also when there is no next
    /// token) may continue the match.</summary>
    public bool Admits(int id, bool isNumber) => _canEnd || (isNumber ? _numbers : id >= 0 && _ids.Contains(id));
}

/// <summary>The rules one token can start, and what may follow the token in any of them (to skip them all at once).</summary>
public sealed class RuleTriggers(IEnumerable<RuleTrigger> all)
{
    public RuleTrigger[] All { get; } = [.. all];

    public NextTokens AnyNext { get; } = new(all.Select(t => t.Next));
}
