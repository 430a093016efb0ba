using Lagebild.Core.Model;
using Lagebild.Entities.Roles;

namespace Lagebild.Entities;

/// <summary>The day the document's offices are looked up at: its creation date, the middle of a month or year when only that is known.</summary>
public static class DocumentDates
{
    public static DateOnly? Reference(DocumentDate? dct)
    {
        if (dct is null || dct.Value.Length < 4) return null;
        var value = dct.Value.Length >= 10 ? dct.Value[..10] : dct.Value;
        var start = RoleTable.ParseDate(value, start: true);
        var end = RoleTable.ParseDate(value, start: false);
        if (start is null || end is null) return null;
        return start.Value.AddDays((end.Value.DayNumber - start.Value.DayNumber) / 2);
    }
}
