using Lagebild.Events.Lexicon;

namespace Lagebild.Events.Roles;

/// <summary>How the sources and targets of one trigger were found, and whether its sources act on each other.</summary>
public readonly record struct RoleAssignment(bool Reciprocal, string Rule);

/// <summary>
/// Assigns source and target without a parser: passive agents (<c>von X</c>), <c>zwischen X und Y</c>, the first
/// ungoverned actor group as subject, prepositional and remaining actors as targets; coordination joins groups.
/// </summary>
public static class RoleAssigner
{
    /// <param name="actors">Actors of the clause in text order, places removed.</param>
    /// <param name="coordinated">Whether actor i and actor i+1 are joined by a coordinating word.</param>
    /// <param name="passive">Whether the clause may be passive: only then is an agent phrase (von X, by X) the source.</param>
    /// <param name="source">Receives the source codes (emptied first).</param>
    /// <param name="target">Receives the target codes (emptied first).</param>
    public static RoleAssignment Assign(List<ClauseActor> actors, Func<int, bool> coordinated, bool reciprocal, bool passive,
        List<string> source, List<string> target)
    {
        source.Clear();
        target.Clear();
        if (actors.Count == 0) return new RoleAssignment(false, "none");

        int between = IndexOf(actors, CueKind.Between);
        if (between >= 0)
        {
            int last = GroupEnd(actors, between, coordinated);
            for (int i = between; i <= last; i++) AddDistinct(source, actors[i].Code);
            foreach (var a in actors)
            {
                if (!source.Contains(a.Code) && a.Governor is CueKind.None) AddDistinct(source, a.Code);
            }

            return new RoleAssignment(false, "between");
        }

        int agent = passive ? IndexOf(actors, CueKind.Agent) : -1;
        int subject = -1;
        for (int i = 0; i < actors.Count; i++)
        {
            if (actors[i].Governor is CueKind.None) { subject = i; break; }
        }

        string rule;
        int groupStart = agent >= 0 ? agent : subject;
        int groupEnd = groupStart >= 0 ? GroupEnd(actors, groupStart, coordinated) : -1;
        if (agent >= 0)
        {
            for (int i = agent; i <= groupEnd; i++) AddDistinct(source, actors[i].Code);
            rule = "passive-agent";
        }
        else if (subject >= 0)
        {
            for (int i = subject; i <= groupEnd; i++) AddDistinct(source, actors[i].Code);
            rule = "subject";
        }
        else
        {
            // No subject in the clause (it stands in another clause): prepositional objects are still targets.
            foreach (var a in actors)
            {
                if (a.Governor is CueKind.Target) AddDistinct(target, a.Code);
            }

            return new RoleAssignment(false, "no-subject");
        }

        // Targets: prepositional objects first, then remaining ungoverned actors.
        for (int pass = 0; pass < 2; pass++)
        {
            bool governedPass = pass == 0;
            for (int i = 0; i < actors.Count; i++)
            {
                if (i >= groupStart && i <= groupEnd) continue;
                // Outside a passive an agent phrase names whom the act concerns (eine Antwort von X).
                bool governed = actors[i].Governor is CueKind.Target or CueKind.Between || (!passive && actors[i].Governor is CueKind.Agent);
                if (governed != governedPass) continue;
                if (!governedPass && actors[i].Governor is not (CueKind.None or CueKind.Genitive)) continue;
                if (!source.Contains(actors[i].Code)) AddDistinct(target, actors[i].Code);
            }
        }

        return new RoleAssignment(reciprocal && source.Count >= 2 && target.Count == 0, rule);
    }

    private static int IndexOf(List<ClauseActor> actors, CueKind governor)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            if (actors[i].Governor == governor) return i;
        }

        return -1;
    }

    /// <summary>The last actor of the coordinated group that opens at <paramref name="first"/> (Biden und Putin).</summary>
    private static int GroupEnd(List<ClauseActor> actors, int first, Func<int, bool> coordinated)
    {
        int last = first;
        while (last + 1 < actors.Count && coordinated(last)) last++;
        return last;
    }

    private static void AddDistinct(List<string> list, string code)
    {
        if (!list.Contains(code)) list.Add(code);
    }
}
