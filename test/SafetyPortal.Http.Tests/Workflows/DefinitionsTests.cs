using System.Net;
using System.Net.Http.Json;
using System.Text;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Designers validate BPMN, save drafts, publish numbered versions; a town overrides a bureau process.</summary>
public abstract class DefinitionsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/workflows/definitions";

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    [Fact]
    public async Task Validate_names_each_broken_element_by_id()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var xml = Bpmn.Process("broken", """
            <startEvent id="Start" />
            <sequenceFlow id="F1" sourceRef="Start" targetRef="Nobody" />
            <userTask id="Nobody" />
            <sequenceFlow id="F2" sourceRef="Nobody" targetRef="Gone" />
            <serviceTask id="Unknown" camunda:class="com.acme.DoesNotExist" />
            <complexGateway id="Complex" />
            """);
        var response = await designer.Http.PostAsync($"{Api}/validate", Xml(xml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ValidationResultDocument>();
        Assert.False(result!.Valid);
        var ids = result.Errors.Select(e => e.ElementId).ToHashSet();
        Assert.Superset(new HashSet<string> { "Nobody", "F2", "Unknown", "Complex" }, ids);
    }

    [Fact]
    public async Task Text_that_is_not_XML_is_refused_with_400()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var response = await designer.Http.PostAsync($"{Api}/validate", Xml("this is not <xml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("xml", problem!.Errors!.Keys);
    }

    [Fact]
    public async Task A_published_draft_becomes_the_next_version_and_keeps_its_xml()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var key = "publish-" + Guid.NewGuid().ToString("N")[..8];
        var first = await PublishAsync(designer, Bpmn.OneTask(key));
        var second = await PublishAsync(designer, Bpmn.OneTask(key, "Check again"));
        Assert.Equal((1, 2), (first.Version, second.Version));

        var versions = await designer.GetJsonAsync<List<DefinitionDocument>>($"/api/workflows/processes/{key}/versions");
        Assert.Equal([2, 1], versions!.Select(v => v.Version));
        var xml = await designer.Http.GetStringAsync($"{Api}/{first.Id}/xml");
        Assert.DoesNotContain("Check again", xml);
    }

    [Fact]
    public async Task An_invalid_draft_is_saved_but_not_published()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var key = "invalid-" + Guid.NewGuid().ToString("N")[..8];
        var draft = await SaveDraftAsync(designer, Bpmn.Process(key, "<startEvent id=\"S\" /><userTask id=\"Lonely\" />"));
        Assert.False(draft.IsValid);
        var response = await designer.Http.PostAsJsonAsync($"{Api}/{draft.Id}/publish", new { draft.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("Lonely", problem!.Errors!.Keys);
    }

    [Fact]
    public async Task A_start_right_after_a_publish_runs_the_new_version_and_then_the_towns_override()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "latest-" + Guid.NewGuid().ToString("N")[..8];
        var first = await PublishAsync(designer, Bpmn.OneTask(key));
        Assert.Equal(first.Id, (await townadmin.StartAsync(key, "A")).DefinitionId);

        var second = await PublishAsync(designer, Bpmn.OneTask(key, "Check again"));
        Assert.Equal(second.Id, (await townadmin.StartAsync(key, "B")).DefinitionId);
        var own = await PublishAsync(townadmin, Bpmn.OneTask(key, "Town check"));
        Assert.Equal(own.Id, (await townadmin.StartAsync(key, "C")).DefinitionId);
    }

    [Fact]
    public async Task A_town_sees_bureau_versions_and_its_own_override_but_not_other_towns()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var key = "override-" + Guid.NewGuid().ToString("N")[..8];
        var bureau = await PublishAsync(designer, Bpmn.OneTask(key));
        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var own = await PublishAsync(chengxiang, Bpmn.OneTask(key, "Town check"));
        Assert.Equal(1, own.Version);
        Assert.NotNull(own.TenantId);

        var forbidden = await chengxiang.Http.PostAsJsonAsync($"{Api}/{bureau.Id}/publish", new { });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var seen = await shaxi.GetJsonAsync<List<DefinitionDocument>>($"/api/workflows/processes/{key}/versions");
        Assert.Equal([bureau.Id], seen!.Select(v => v.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/{own.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_built_in_hazard_process_is_published_on_start()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var versions = await inspector.GetJsonAsync<List<DefinitionDocument>>("/api/workflows/processes/hazard-rectification/versions");
        var builtIn = Assert.Single(versions!);
        Assert.Equal(("Published", "builtin", 1), (builtIn.Status, builtIn.Source, builtIn.Version));
        var definition = await inspector.GetJsonAsync<DefinitionDocument>($"{Api}/{builtIn.Id}");
        Assert.Empty(definition!.Errors!);
    }

    internal static async Task<DefinitionDocument> SaveDraftAsync(PortalClient client, string xml)
    {
        var response = await client.Http.PostAsJsonAsync($"{Api}/drafts", new { xml });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DefinitionDocument>())!;
    }

    internal static async Task<DefinitionDocument> PublishAsync(PortalClient client, string xml)
    {
        var draft = await SaveDraftAsync(client, xml);
        var response = await client.Http.PostAsJsonAsync($"{Api}/{draft.Id}/publish", new { draft.ConcurrencyStamp });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DefinitionDocument>())!;
    }
}
