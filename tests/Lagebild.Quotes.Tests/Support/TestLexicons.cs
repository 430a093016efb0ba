using Lagebild.Core.Data;

namespace Lagebild.Quotes.Tests.Support;

/// <summary>The stage over the project's data folder, built once for all tests.</summary>
public static class TestLexicons
{
    private static readonly Lazy<QuoteStage> Stage = new(() => new QuoteStage(DataDirectory.Locate()));

    public static QuoteStage Production => Stage.Value;
}
