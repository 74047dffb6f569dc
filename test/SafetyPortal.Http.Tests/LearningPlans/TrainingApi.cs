using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.LearningPlans;

/// <summary>Requests the training-plan cases share: a plan body, creating and publishing, the people of a plan.</summary>
public static class TrainingApi
{
    public const string Plans = "/api/learning/plans";
    public const string Town = "chengxiang";
    public const string DemoEnterprise = "城厢精密机械有限公司";

    public static object PlanOf(string title, Guid courseId, string? audience = null, object[]? conditions = null, Guid? enterpriseId = null,
        decimal hours = 2, DateTime? start = null, DateTime? end = null, DateTime? deadline = null) => new
        {
            title, audience = audience ?? "None", conditions, enterpriseId,
            periodStart = start ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            periodEnd = end ?? new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            deadline = deadline ?? new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
            requiredHours = hours, courseIds = new[] { courseId },
        };

    public static async Task<Guid> EnterpriseIdAsync(PortalClient client, string name)
    {
        var page = await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={Uri.EscapeDataString(name)}");
        return Assert.Single(page!.Items, e => e.DisplayName == name).Id;
    }

    public static async Task<PlanDocument> CreatePublishedAsync(PortalClient client, object plan)
    {
        var created = await client.Http.PostAsJsonAsync(Plans, plan);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.Content.ReadFromJsonAsync<PlanDocument>())!;
        var published = await client.Http.PostAsJsonAsync($"{Plans}/{draft.Id}/publish", new { draft.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return (await published.Content.ReadFromJsonAsync<PlanDocument>())!;
    }

    public static async Task<List<PersonRowDocument>> PeopleAsync(PortalClient client, Guid planId, string query = "") =>
        (await client.GetJsonAsync<PagedDocument<PersonRowDocument>>($"/api/learning/tracking/people?planId={planId}&pageSize=200{query}"))!.Items;
}
