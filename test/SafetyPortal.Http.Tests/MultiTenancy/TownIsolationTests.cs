using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SafetyPortal.Http.Tests.Articles;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Workflows;

namespace SafetyPortal.Http.Tests.MultiTenancy;

/// <summary>
/// The worst bug this portal can have is one town reading or changing another's records. This walks
/// every API route of the OpenAPI document that takes an id, as a user of 城厢镇 with ids that belong
/// to 沙溪镇, and expects 404 or 403 every time. Ids are harvested from what 沙溪镇's admin can read,
/// so routes added by later modules are covered without touching this test.
/// </summary>
public abstract class TownIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static readonly HashSet<int> Refusals = [(int)HttpStatusCode.NotFound, (int)HttpStatusCode.Forbidden];

    [Fact]
    public async Task Every_id_route_refuses_a_user_of_another_town()
    {
        var routes = await ReadIdRoutesAsync();
        Assert.NotEmpty(routes);
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var foreignIds = await HarvestIdsAsync(shaxi, routes);
        var workflowIds = await WorkflowSampleIdsAsync(shaxi);
        foreignIds.UnionWith(workflowIds);
        var articleIds = await ArticleSampleIdsAsync(shaxi);
        foreignIds.UnionWith(articleIds);
        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        // Bureau data every town shares (the host's risk catalogue) is not another town's.
        foreignIds.ExceptWith(await HarvestIdsAsync(chengxiang, routes));
        Assert.True(foreignIds.Count >= 5, $"Only {foreignIds.Count} ids of shaxi were found to probe with.");
        Assert.Subset(foreignIds, workflowIds);
        Assert.Subset(foreignIds, articleIds);

        var leaks = new List<string>();
        var probes = 0;
        foreach (var route in routes)
        {
            foreach (var id in foreignIds)
            {
                var url = route.With(route.Parameters.ToDictionary(p => p, _ => id));
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
                if (route.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }
                var response = await chengxiang.Http.SendAsync(request);
                probes++;
                if (!Refusals.Contains((int)response.StatusCode))
                {
                    leaks.Add($"{route.Method} {url} answered {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {probes} probes were not refused:\n{string.Join('\n', leaks.Take(30))}");
    }

    /// <summary>A workflow instance of 沙溪镇 with its open task and a photo uploaded on it: ids no list of the town admin shows.</summary>
    private async Task<HashSet<Guid>> WorkflowSampleIdsAsync(PortalClient townadmin)
    {
        var hazard = "ISO-" + Guid.NewGuid().ToString("N")[..8];
        var instance = await townadmin.StartAsync("hazard-rectification", hazard, new { hazardId = hazard, enterpriseId = Guid.NewGuid() });
        using var inspector = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        var task = Assert.Single(await inspector.TasksAsync("all", hazard));
        var upload = await TaskFilesTests<TFactory>.UploadAsync(inspector, task.Id, ("hazard.png", TaskFilesTests<TFactory>.Png));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var file = Assert.Single((await upload.Content.ReadFromJsonAsync<List<FileReferenceDocument>>())!);
        return [instance.Id, task.Id, file.Id];
    }

    /// <summary>A case-warning article of 沙溪镇, published, and a must-read assignment of it.</summary>
    private static async Task<HashSet<Guid>> ArticleSampleIdsAsync(PortalClient townadmin)
    {
        var article = await CaseWarningClient.PublishedAsync(townadmin, townadmin, CaseWarningClient.Unique("沙溪 隔离"));
        var assignment = await townadmin.AssignedAsync(new { articleId = article.Id });
        return [article.Id, assignment.Id];
    }

    private async Task<List<ApiRoute>> ReadIdRoutesAsync()
    {
        using var anonymous = factory.CreatePortalClient();
        using var document = JsonDocument.Parse(await anonymous.Http.GetStringAsync("/openapi/v1.json"));
        var routes = new List<ApiRoute>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var route = new ApiRoute(operation.Name.ToUpperInvariant(), path.Name);
                // Only ids: routes keyed by names (a job's group and name) hold no town data.
                if (route.Parameters.Count > 0 && IdParameters(operation.Value).IsSupersetOf(route.Parameters))
                {
                    routes.Add(route);
                }
            }
        }
        return routes;
    }

    private static HashSet<string> IdParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "path"
                    && p.GetProperty("schema").TryGetProperty("format", out var format) && format.GetString() == "uuid")
                .Select(p => p.GetProperty("name").GetString()!)]
            : [];

    /// <summary>Every id 沙溪镇's admin can see: from the lists, then from the records those lists lead to.</summary>
    private static async Task<HashSet<Guid>> HarvestIdsAsync(PortalClient client, List<ApiRoute> idRoutes)
    {
        var ids = new HashSet<Guid>();
        foreach (var list in new[] { "/api/organization/enterprises?pageSize=200", "/api/organization/grids?pageSize=200", "/api/risks/points?pageSize=200", "/api/risks/categories?pageSize=200", "/api/risks/screening/saved", "/api/workflows/instances?pageSize=200", "/api/notifications?pageSize=200", "/api/learning/courses?pageSize=200", "/api/exams/questions?pageSize=200", "/api/exams/categories",
            "/api/articles/case-warnings/manage?pageSize=200", "/api/articles/must-read?pageSize=200" })
        {
            Collect(await client.Http.GetStringAsync(list), ids);
        }
        foreach (var route in idRoutes.Where(r => r.Method == "GET" && r.Parameters.Count == 1))
        {
            foreach (var id in ids.ToList())
            {
                var response = await client.Http.GetAsync(route.With(new Dictionary<string, Guid> { [route.Parameters[0]] = id }));
                if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
                {
                    Collect(await response.Content.ReadAsStringAsync(), ids);
                }
            }
        }
        return ids;
    }

    private static void Collect(string json, HashSet<Guid> ids)
    {
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, ids);
    }

    private static void Walk(JsonElement element, HashSet<Guid> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                        && Guid.TryParse(property.Value.GetString(), out var id))
                    {
                        ids.Add(id);
                    }
                    Walk(property.Value, ids);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ids);
                }
                break;
        }
    }
}
