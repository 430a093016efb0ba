using System.Text;
using Lagebild.Core.Data;
using Lagebild.Core.Model;

namespace Lagebild.Analysis.Benchmark;

/// <summary>
/// Generates a varied news-like corpus of a requested size from seed articles, streamed one document at a time:
/// paragraphs are shuffled, years shifted and actors swapped (<c>data/shared/bench/actor-swaps.tsv</c>),
/// so no generated article repeats its seed verbatim. Deterministic for a given seed.
/// </summary>
public sealed class BenchmarkCorpus(IReadOnlyList<Document> seeds, IReadOnlyList<(string Form, string Replacement)> swaps, int randomSeed = 20211207)
{
    public static IReadOnlyList<(string Form, string Replacement)> LoadSwaps(DataDirectory data) =>
        TsvFile.Read(data.PathOf("shared/bench/actor-swaps.tsv"), 2).Select(r => (r[0], r[1])).ToList();

    /// <summary>Yields documents until their text adds up to at least <paramref name="totalCharacters"/>.</summary>
    public IEnumerable<Document> Generate(long totalCharacters)
    {
        if (seeds.Count == 0) yield break;
        var random = new Random(randomSeed);
        long produced = 0;
        for (int n = 0; produced < totalCharacters; n++)
        {
            var seed = seeds[n % seeds.Count];
            var text = Vary(seed.Text, random);
            produced += text.Length;
            yield return new Document($"{seed.Id}-{n}", text)
            {
                Language = seed.Language,
                Dct = seed.Dct,
                Source = $"outlet-{n % 7}",
            };
        }
    }

    private string Vary(string text, Random random)
    {
        var paragraphs = text.Split("\n\n");
        if (paragraphs.Length > 2)
        {
            // Keep the first paragraph (headline or header), shuffle the rest.
            var body = paragraphs[1..];
            random.Shuffle(body);
            paragraphs = [paragraphs[0], .. body];
        }

        var builder = new StringBuilder(string.Join("\n\n", paragraphs));
        foreach (var (form, replacement) in swaps)
        {
            if (random.Next(3) == 0) builder.Replace(form, replacement);
        }

        int yearShift = random.Next(-3, 4);
        if (yearShift != 0)
        {
            // Walk the years against the shift's direction so that no year is shifted twice.
            var years = Enumerable.Range(2015, 12);
            foreach (int year in yearShift > 0 ? years.Reverse() : years)
            {
                builder.Replace(year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (year + yearShift).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
