using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Photos and documents of task forms: real multipart uploads, who may upload and read them, and the limits.</summary>
public abstract class TaskFilesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    /// <summary>Publishes and starts (as the town's admin) a process whose first task the town's inspectors may take; the inspector's view of it.</summary>
    private async Task<TaskDocument> OpenTaskAsync(PortalClient inspector, string town = "chengxiang")
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync(town, "townadmin");
        var key = "files-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, $"""
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Rectify" />
            <userTask id="Rectify" name="整改" camunda:candidateGroups="TownInspector" /><sequenceFlow id="f2" sourceRef="Rectify" targetRef="Verify" />
            <userTask id="Verify" name="复查" camunda:candidateGroups="TownInspector" />
            """));
        await townadmin.StartAsync(key, key);
        return Assert.Single(await inspector.TasksAsync("all", key));
    }

    internal static async Task<HttpResponseMessage> UploadAsync(PortalClient client, Guid taskId, params (string Name, byte[] Content)[] files)
    {
        var token = await client.GetAntiforgeryTokenAsync($"/Workflows/Tasks/Task?id={taskId}");
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"/api/workflows/tasks/{taskId}/files", form);
    }

    [Fact]
    public async Task Candidate_uploads_photos_and_a_pdf_and_the_next_step_sees_them_as_thumbnails()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var task = await OpenTaskAsync(inspector);
        var response = await UploadAsync(inspector, task.Id, ("现场.png", Png), ("report.pdf", Pdf));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var references = (await response.Content.ReadFromJsonAsync<List<FileReferenceDocument>>())!;
        Assert.Equal(["image/png", "application/pdf"], references.Select(r => r.ContentType));
        Assert.Equal("现场.png", references[0].Name);
        Assert.Equal(Png.Length, references[0].Size);

        var photo = await inspector.Http.GetAsync(references[0].Url);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("inline", photo.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        await inspector.CompletedAsync(task.Id, new { photos = references });
        var verify = Assert.Single(await inspector.TasksAsync("all", (await inspector.InstanceAsync(task.InstanceId)).Instance.BusinessKey));
        var files = (await inspector.GetJsonAsync<List<WorkflowFileDocument>>($"/api/workflows/tasks/{verify.Id}/files"))!;
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Equal("整改", f.StepName));
        Assert.True(files.Single(f => f.Name == "现场.png").IsImage);
        var page = await inspector.Http.GetStringAsync($"/Workflows/Tasks/Task?id={verify.Id}");
        Assert.Contains("data-testid=\"task-files\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_type_or_a_disguised_file_is_refused_naming_the_file_and_nothing_is_stored()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var task = await OpenTaskAsync(inspector);
        var response = await UploadAsync(inspector, task.Id, ("ok.png", Png), ("run.exe", [0x4D, 0x5A, 1, 2]), ("photo.jpg", "<script>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("run.exe", problem, StringComparison.Ordinal);
        Assert.Contains("photo.jpg", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("ok.png", problem, StringComparison.Ordinal);

        await inspector.CompletedAsync(task.Id);
        var next = Assert.Single(await inspector.TasksAsync("all", (await inspector.InstanceAsync(task.InstanceId)).Instance.BusinessKey));
        Assert.Empty((await inspector.GetJsonAsync<List<WorkflowFileDocument>>($"/api/workflows/tasks/{next.Id}/files"))!);
    }

    [Fact]
    public async Task A_file_over_the_towns_size_limit_is_refused_naming_the_limit()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var saved = await townadmin.Http.PutAsJsonAsync("/api/settings?level=Town",
            new { values = new Dictionary<string, string?> { ["Workflows.TaskFiles.MaxMegabytes"] = "1" } });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        using var inspector = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        var task = await OpenTaskAsync(inspector, "shaxi");
        var big = new byte[1024 * 1024 + 10];
        Pdf.CopyTo(big, 0);
        var response = await UploadAsync(inspector, task.Id, ("scan.pdf", big));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("scan.pdf", problem, StringComparison.Ordinal);
        Assert.Contains("1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_actors_of_the_task_upload_and_only_those_who_see_the_instance_download()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var task = await OpenTaskAsync(inspector);
        var uploaded = await UploadAsync(inspector, task.Id, ("a.png", Png));
        var url = (await uploaded.Content.ReadFromJsonAsync<List<FileReferenceDocument>>())![0].Url;

        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(employee, task.Id, ("b.png", Png))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync(url)).StatusCode);

        using var monitor = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.OK, (await monitor.Http.GetAsync(url)).StatusCode);

        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(shaxi, task.Id, ("c.png", Png))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"/api/workflows/tasks/{task.Id}/files")).StatusCode);
    }
}
