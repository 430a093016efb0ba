using Lagebild.Core.Data;

namespace Lagebild.Timex.Tests;

/// <summary>The stage built once from the repository's data for all tests.</summary>
internal static class StageFixture
{
    private static readonly Lazy<TimexStage> Instance = new(() => new TimexStage(DataDirectory.Default));

    public static TimexStage Stage => Instance.Value;
}
