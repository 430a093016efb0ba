using Lagebild.Core.Lookup;
using Lagebild.Core.Model;

namespace Lagebild.Entities.Roles;

/// <summary>
/// Finds office nouns that refer to an actor without naming it and resolves them through the role table at the
/// document's date: <c>US-Präsident</c> → the US president then, <c>der Kremlsprecher</c> → the Kremlin's spokesperson,
/// <c>ein hoher US-Beamter</c> → an unnamed official of the United States (state code only).
/// The state comes from a hyphen prefix, an adjective just before, or a genitive just after the noun.
/// </summary>
public sealed class RoleReferenceFinder(RoleNouns nouns, RoleTable roles)
{
    private const int Window = 3;

    public void Find(Document document, DateOnly? date)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word) continue;
                int length = nouns.MatchPhrase(text, tokens, i, sentence.EndToken, out var phrase);
                if (length > 1)
                {
                    var phraseReference = Resolve(document, sentence, i, i + length - 1, phrase, null, date);
                    if (phraseReference is not null) document.ActorReferences.Add(phraseReference);
                    i += length - 1;
                    continue;
                }

                var word = token.Slice(text);
                int dash = word.LastIndexOf('-');
                RoleNoun noun;
                EntityMention? prefix = null;
                if (nouns.TryGet(word, out noun))
                {
                    // A closed compound such as "Kremlsprecher" carries its body itself.
                }
                else if (dash > 0 && dash < word.Length - 1 && nouns.TryGet(word[(dash + 1)..], out noun))
                {
                    prefix = MentionInside(document, token.Start, token.Start + dash);
                    if (prefix is null) continue;
                }
                else
                {
                    continue;
                }

                var reference = Resolve(document, sentence, i, i, noun, prefix, date);
                if (reference is not null) document.ActorReferences.Add(reference);
            }
        }
    }

    /// <summary>Resolves the office noun on tokens [<paramref name="first"/>, <paramref name="index"/>].</summary>
    private ActorReference? Resolve(Document document, Sentence sentence, int first, int index, RoleNoun noun, EntityMention? prefix, DateOnly? date)
    {
        var tokens = document.Tokens;
        var token = tokens[index];
        int start = tokens[first].Start;
        string rule = RoleRule.Of(noun.Role);

        // "Außenminister Sergej Lawrow": the person named right after the noun.
        if (index + 1 < sentence.EndToken && MentionStartingAt(document, tokens[index + 1].Start) is { Type: "PER" } person)
        {
            return new ActorReference(start, token.End, document.Text[start..token.End], person.Id, person.ActorCode, rule + RoleRule.NamedSuffix);
        }

        string? actor = prefix?.ActorCode;
        if (actor is null && AdjectiveBefore(document, sentence, first) is { } adjective)
        {
            actor = adjective.ActorCode;
            start = adjective.Start;
        }

        actor ??= GenitiveAfter(document, sentence, index)?.ActorCode;

        string? holder = null;
        if (noun.Body is not null)
        {
            holder = roles.HolderInBody(noun.Role, noun.Body, date);
            actor ??= roles.ActorOfBody(noun.Body);
            rule += $"@{noun.Body}";
        }

        if (actor is null) return null;
        if (noun.Role != "official") holder ??= roles.HolderOf(noun.Role, actor, date);
        if (holder is not null) actor = roles.ActorFor(holder, date) ?? actor;
        return new ActorReference(start, token.End, document.Text[start..token.End], holder, actor, rule);
    }

    private static EntityMention? AdjectiveBefore(Document document, Sentence sentence, int index)
    {
        int from = Math.Max(sentence.FirstToken, index - Window);
        for (int k = index - 1; k >= from; k--)
        {
            var tokenStart = document.Tokens[k].Start;
            if (MentionStartingAt(document, tokenStart) is { Type: "GPE" or "ORG" } mention && mention.ActorCode is not null) return mention;
        }

        return null;
    }

    private static EntityMention? GenitiveAfter(Document document, Sentence sentence, int index)
    {
        int to = Math.Min(sentence.EndToken, index + 1 + Window);
        for (int k = index + 1; k < to; k++)
        {
            if (MentionStartingAt(document, document.Tokens[k].Start) is { } mention && mention.ActorCode is not null && mention.Type is "GPE" or "ORG") return mention;
        }

        return null;
    }

    private static EntityMention? MentionStartingAt(Document document, int start)
    {
        var entities = document.Entities;
        for (int i = StartOrder.FirstAtOrAfter(entities, start, static m => m.Start); i < entities.Count; i++)
        {
            if (entities[i].Start == start) return entities[i];
            if (entities[i].Start > start) break;
        }

        return null;
    }

    private static EntityMention? MentionInside(Document document, int start, int end)
    {
        var entities = document.Entities;
        for (int i = StartOrder.FirstAtOrAfter(entities, start, static m => m.Start); i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.End <= end) return mention;
            if (mention.Start >= end) break;
        }

        return null;
    }
}
