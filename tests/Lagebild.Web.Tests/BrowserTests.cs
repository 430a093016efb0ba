using System.Diagnostics;

namespace Lagebild.Web.Tests;

/// <summary>
/// Drives the page in headless chromium through tests/Lagebild.Web.Tests/e2e/run.mjs (playwright-core).
/// Needs /usr/bin/chromium (or CHROMIUM) and `npm ci` in e2e/ (.ci/browser.sh does both). Without them the test passes
/// with a message, unless CI=true, where it fails. Screenshots go to artifacts/screenshots/ (or LAGEBILD_SCREENSHOTS).
/// </summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task The_page_shows_the_timeline_an_incident_and_filters_by_a_clicked_actor()
    {
        var repo = RepositoryRoot();
        var e2e = Path.Combine(repo, "tests", "Lagebild.Web.Tests", "e2e");
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        var missing = !File.Exists(chromium) ? $"chromium not found at {chromium}"
            : !Directory.Exists(Path.Combine(e2e, "node_modules", "playwright-core")) ? "e2e/node_modules missing (run .ci/browser.sh)"
            : null;
        if (missing is not null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"browser test cannot run in CI: {missing}");
            Console.WriteLine($"browser test skipped: {missing}");
            return;
        }

        await using var app = await RunningApp.StartAsync(new FakeSituationStore());
        var shots = Environment.GetEnvironmentVariable("LAGEBILD_SCREENSHOTS") ?? Path.Combine(repo, "artifacts", "screenshots");
        await RunAndCheck(e2e, app.Url, shots);
    }

    [Fact]
    public async Task The_page_works_against_a_real_sqlite_store()
    {
        var repo = RepositoryRoot();
        var e2e = Path.Combine(repo, "tests", "Lagebild.Web.Tests", "e2e");
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium) || !Directory.Exists(Path.Combine(e2e, "node_modules", "playwright-core")))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "browser test cannot run in CI: chromium or e2e/node_modules missing");
            return;
        }
        var db = Path.Combine(Path.GetTempPath(), $"lagebild-web-{Guid.NewGuid():N}.db");
        try
        {
            await using (var store = await SqliteBrowserStore.OpenAsync(db))
            await using (var app = await RunningApp.StartAsync(store))
            {
                var shots = Path.Combine(Environment.GetEnvironmentVariable("LAGEBILD_SCREENSHOTS") ?? Path.Combine(repo, "artifacts", "screenshots"), "sqlite");
                await RunAndCheck(e2e, app.Url, shots);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(db) + "*")) File.Delete(file);
        }
    }

    private static async Task RunAndCheck(string e2e, string url, string shots)
    {
        var (exit, output) = await RunNode(e2e, url, shots);
        Assert.True(exit == 0, $"e2e run failed (exit {exit}):\n{output}");
        Assert.Contains("clicking actor", output);
        Assert.True(File.Exists(Path.Combine(shots, "02-incident.png")), "screenshot of the incident missing");
    }

    private static async Task<(int Exit, string Output)> RunNode(string e2e, string url, string shots)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = e2e, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("run.mjs");
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(shots);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "e2e run exceeded 3 minutes\n" + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lagebild.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Lagebild.slnx not found above " + AppContext.BaseDirectory);
    }
}
