using Lagebild.Core.Model;

namespace Lagebild.Quotes;

/// <summary>What the events stage needs to know about a quote's speaker.</summary>
public static class QuoteSpeakers
{
    /// <summary>
    /// The actor code a quote's speaker acts for: the <see cref="EntityMention.ActorCode"/> of an entity with the
    /// speaker's id, else the speaker itself (already an ISO code or an organisation id), or null.
    /// </summary>
    public static string? ActorCodeOf(Document document, QuoteMention quote)
    {
        if (quote.Speaker is null) return null;
        foreach (var entity in document.Entities)
        {
            if (entity.Id == quote.Speaker && entity.ActorCode is not null) return entity.ActorCode;
        }

        foreach (var reference in document.ActorReferences)
        {
            if (reference.EntityId == quote.Speaker && reference.ActorCode is not null) return reference.ActorCode;
        }

        return quote.Speaker;
    }
}
