using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lagebild.Core.Model;

namespace Lagebild.Analysis.Benchmark;

/// <summary>What the peer date parser measured on the same texts.</summary>
public sealed record PeerFigures(int Documents, long Bytes, int DatesFound, double Seconds)
{
    public double MegabytesPerSecond => Bytes / 1_000_000.0 / Math.Max(Seconds, 1e-9);
}

/// <summary>
/// Runs chrono-node (npm, pinned in <c>bench/chrono/package.json</c>) with Node.js on the same texts: dates alone,
/// German locale for German texts. Installs the package with <c>npm ci</c> on first use.
/// </summary>
public sealed class ChronoPeer(string peerFolder)
{
    /// <summary>Returns the figures, or a reason why the peer could not run.</summary>
    public (PeerFigures? Figures, string? Problem) Run(IEnumerable<Document> corpus)
    {
        var script = Path.Combine(peerFolder, "parse-dates.mjs");
        if (!File.Exists(script)) return (null, $"{script} not found");
        if (!Directory.Exists(Path.Combine(peerFolder, "node_modules", "chrono-node")))
        {
            var (installed, output) = Execute("npm", ["ci", "--no-audit", "--no-fund"], peerFolder);
            if (!installed) return (null, "npm ci failed: " + output);
        }

        var corpusFile = Path.Combine(Path.GetTempPath(), $"lagebild-peer-{Environment.ProcessId}.jsonl");
        try
        {
            using (var writer = new StreamWriter(corpusFile, false, new UTF8Encoding(false)))
            {
                foreach (var document in corpus)
                {
                    writer.WriteLine(JsonSerializer.Serialize(new PeerRecord(document.Language, document.Text, document.Dct?.Value)));
                }
            }

            var (ok, result) = Execute("node", [script, corpusFile], peerFolder);
            if (!ok) return (null, "node failed: " + result);
            var figures = JsonSerializer.Deserialize<PeerOutput>(result)!;
            return (new PeerFigures(figures.documents, figures.bytes, figures.found, figures.seconds), null);
        }
        finally
        {
            File.Delete(corpusFile);
        }
    }

    private static (bool Ok, string Output) Execute(string program, string[] arguments, string folder)
    {
        try
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? (true, output) : (false, error.Result + output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (false, $"{program}: {ex.Message}");
        }
    }

    private sealed record PeerRecord(string lang, string text, string? dct);

    private sealed record PeerOutput(int documents, long bytes, int found, double seconds);
}
