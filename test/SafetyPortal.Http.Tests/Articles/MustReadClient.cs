using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Learning;

namespace SafetyPortal.Http.Tests.Articles;

/// <summary>Assigning and following must-read articles, as the tests share them.</summary>
public static class MustReadClient
{
    public const string MustRead = "/api/articles/must-read";

    public static Task<HttpResponseMessage> AssignAsync(this PortalClient client, object request) => client.Http.PostAsJsonAsync(MustRead, request);

    public static async Task<MustReadAssignmentDocument> AssignedAsync(this PortalClient client, object request) =>
        await LearningClient.OkAsync<MustReadAssignmentDocument>(await client.AssignAsync(request), HttpStatusCode.Created);

    public static async Task<List<MustReadPersonDocument>> PeopleAsync(this PortalClient client, Guid assignmentId, string status = "Unread") =>
        (await client.GetJsonAsync<PagedDocument<MustReadPersonDocument>>($"{MustRead}/{assignmentId}/people?status={status}&pageSize=200"))!.Items;

    public static async Task<List<MyMustReadDocument>> MyMustReadsAsync(this PortalClient client) =>
        (await client.GetJsonAsync<List<MyMustReadDocument>>($"{MustRead}/mine"))!;

    public static async Task<MeDocument> MeAsync(this PortalClient client) => (await client.GetJsonAsync<MeDocument>("/api/account/me"))!;
}
