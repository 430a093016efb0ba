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
        var taken = new HashSet<int>(mentions.Select(m => m.Start));
        var text = document.Text;
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Word || taken.Contains(token.Start) || Covered(mentions, token)) continue;
            var word = token.Slice(text);
            if (!lookup.TryGetValue(word, out var full) && !(word.Length > 3 && word[^1] == 's' && lookup.TryGetValue(word[..^1], out full))) continue;
            mentions.Add(new EntityMention(token.Start, token.End, text[token.Start..token.End], "PER", full.Id, full.ActorCode, "coref:surname"));
        }
    }

    private static bool Covered(List<EntityMention> mentions, Token token)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start < token.End && token.Start < mention.End) return true;
        }

        return false;
    }
}
