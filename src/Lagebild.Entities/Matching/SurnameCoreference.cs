using Lagebild.Core.Model;

namespace Lagebild.Entities.Matching;

/// <summary>
/// Within a document, a surname alone refers to the person named in full elsewhere (<c>Kaja Kallas … Kallas</c>),
/// also in the genitive (<c>Kallas'</c>, <c>Blooms</c>) and for persons the lexicon does not know.
/// </summary>
public static class SurnameCoreference
{
    public static void Resolve(Document document, List<EntityMention> mentions)
    {
        var surnames = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Type != "PER") continue;
            int space = mention.Text.LastIndexOf(' ');
            if (space <= 0) continue;
            var surname = mention.Text[(space + 1)..];
            if (surname.Length > 2) surnames.TryAdd(surname, mention);
        }

        if (surnames.Count == 0) return;
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var initials = Initials(surnames.Keys);
        var text = document.Text;
        int found = mentions.Count;

        // What the mentions found before coreference take, worked out only once some token matches a surname.
        HashSet<int>? taken = null;
        bool[]? covered = null;
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word || initials.IndexOf(text[token.Start]) < 0) continue;
            var word = token.Slice(text);
            if (!lookup.TryGetValue(word, out var full) && !(word.Length > 3 && word[^1] == 's' && lookup.TryGetValue(word[..^1], out full))) continue;
            taken ??= Starts(mentions, found);
            covered ??= CoveredCharacters(text.Length, mentions, found);
            if (taken.Contains(token.Start) || Covered(covered, token)) continue;
            mentions.Add(new EntityMention(token.Start, token.End, text[token.Start..token.End], "PER", full.Id, full.ActorCode, "coref:surname"));
        }
    }

    /// <summary>The first letters of the surnames: a word (or genitive) of a surname starts with one of them.</summary>
    private static string Initials(IReadOnlyCollection<string> surnames)
    {
        Span<char> initials = surnames.Count <= 256 ? stackalloc char[surnames.Count] : new char[surnames.Count];
        int count = 0;
        foreach (var surname in surnames)
        {
            if (initials[..count].IndexOf(surname[0]) < 0) initials[count++] = surname[0];
        }

        return new string(initials[..count]);
    }

    private static HashSet<int> Starts(List<EntityMention> mentions, int count)
    {
        var starts = new HashSet<int>();
        for (int i = 0; i < count; i++) starts.Add(mentions[i].Start);
        return starts;
    }

    /// <summary>The characters inside a mention found before coreference. A mention added here covers only its own
    /// token, which no later token overlaps, so the marks need no update while tokens are visited.</summary>
    private static bool[] CoveredCharacters(int length, List<EntityMention> mentions, int count)
    {
        var covered = new bool[length];
        for (int i = 0; i < count; i++)
        {
            var mention = mentions[i];
            int start = Math.Max(0, mention.Start);
            int end = Math.Min(length, mention.End);
            if (start < end) covered.AsSpan(start, end - start).Fill(true);
        }

        return covered;
    }

    private static bool Covered(bool[] covered, Token token)
    {
        int start = Math.Max(0, token.Start);
        int end = Math.Min(covered.Length, token.End);
        return start < end && covered.AsSpan(start, end - start).Contains(true);
    }
}
