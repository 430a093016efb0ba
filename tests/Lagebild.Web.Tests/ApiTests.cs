using System.Net;
using System.Text.Json;

namespace Lagebild.Web.Tests;

public sealed class ApiTests : IAsyncLifetime
{
    private RunningApp app = null!;

    public async Task InitializeAsync() => app = await RunningApp.StartAsync(new FakeSituationStore());

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Get(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Incidents_are_paged_with_their_total()
    {
        var (status, body) = await Get("api/incidents?limit=2&offset=1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.Equal(2, body.GetProperty("items").GetArrayLength());
        Assert.Equal(2, body.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Incidents_are_filtered_by_actor_quad_class_and_date_range()
    {
        var (_, body) = await Get("api/incidents?actor=NRL&quad=verbal-conflict&from=2024-03-01&to=2024-03-05");
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal([2L], ids);
    }

    [Theory]
    [InlineData("api/incidents?limit=0", "limit")]
    [InlineData("api/incidents?limit=501", "limit")]
    [InlineData("api/incidents?limit=abc", "limit")]
    [InlineData("api/incidents?offset=-1", "offset")]
    [InlineData("api/incidents?from=03.04.2024", "from")]
    [InlineData("api/incidents?from=2024-03-09&to=2024-03-01", "from")]
    [InlineData("api/incidents?quad=hostile", "quad")]
    [InlineData("api/events?type=INVADE", "type")]
    [InlineData("api/search", "q")]
    [InlineData("api/incidents/xyz", "id")]
    public async Task Bad_parameters_get_400_naming_the_parameter(string path, string parameter)
    {
        var (status, body) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(parameter + ":", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Missing_documents_get_404_with_a_message()
    {
        var (status, body) = await Get("api/documents/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("nothing-here", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_document_comes_with_its_text()
    {
        var (status, body) = await Get("api/documents/doc-a");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Northland and Southland", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Every_listed_endpoint_answers_json()
    {
        foreach (var path in new[] { "api/events", "api/actors", "api/quotes?speaker=Q-SRL-FM", "api/outlets", "api/search?q=troops", "api/categories", "api/incidents/3" })
        {
            var (status, _) = await Get(path);
            Assert.True(status == HttpStatusCode.OK, $"{path} answered {status}");
        }
    }

    [Fact]
    public async Task The_categories_are_the_sixteen_plover_types_with_weights()
    {
        var (_, body) = await Get("api/categories");
        Assert.Equal(16, body.GetArrayLength());
        Assert.All(body.EnumerateArray(), c => Assert.InRange(c.GetProperty("weight").GetDouble(), -10, 10));
    }

    [Fact]
    public async Task The_openapi_description_lists_the_endpoints()
    {
        var (status, body) = await Get("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths");
        foreach (var path in new[] { "/api/incidents", "/api/events", "/api/actors", "/api/quotes", "/api/documents/{id}", "/api/outlets", "/api/search" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing");
    }

    [Fact]
    public async Task The_page_and_its_vendored_libraries_are_served()
    {
        var page = await app.Client.GetStringAsync("");
        Assert.Contains("<title>Lagebild", page);
        using var script = await app.Client.GetAsync("vendor/vis-network.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("https://", page);
    }

    [Fact]
    public async Task A_slow_query_is_answered_with_503()
    {
        await using var slow = await RunningApp.StartAsync(new FakeSituationStore { Delay = TimeSpan.FromSeconds(30) }, TimeSpan.FromMilliseconds(100));
        using var response = await slow.Client.GetAsync("api/incidents");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("time limit", await response.Content.ReadAsStringAsync());
    }
}
