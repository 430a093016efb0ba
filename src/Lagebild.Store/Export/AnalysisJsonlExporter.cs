using System.Text;

namespace Lagebild.Store.Export;

/// <summary>Every stored document in the analysis format (JSON Lines), in the order documents were first stored.</summary>
public static class AnalysisJsonlExporter
{
    public static async Task<int> WriteAsync(ISituationStore store, Stream output, CancellationToken cancellationToken = default)
    {
        int rows = 0;
        foreach (var id in await store.DocumentIdsAsync(cancellationToken))
        {
            if (await store.DocumentAsync(id, cancellationToken) is not { } document) continue;
            await output.WriteAsync(Encoding.UTF8.GetBytes(document.AnalysisJson), cancellationToken);
            output.WriteByte((byte)'\n');
            rows++;
        }
        await output.FlushAsync(cancellationToken);
        return rows;
    }
}
