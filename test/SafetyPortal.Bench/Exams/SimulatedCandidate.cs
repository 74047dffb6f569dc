using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// One candidate as the attempt page behaves: start (or resume), then an answer about every interval (now and then a
/// changed answer to an earlier question, with a higher sequence number), each sent until the server acknowledges it
/// (the page's offline queue), then submit. Remembers the last acknowledged answer per question for the read-back.
/// </summary>
internal sealed class SimulatedCandidate(int index, string token)
{
    private static readonly string[] Letters = ["A", "B", "C", "D"];

    public int Index { get; } = index;
    public Guid AttemptId { get; private set; }
    public Dictionary<int, string> Acknowledged { get; } = [];
    public bool Submitted { get; private set; }

    public async Task RunAsync(HttpClient http, Guid examId, int questions, TimeSpan interval, TimeSpan startAt, Stopwatch clock, LoadMeter meter)
    {
        var random = new Random(Index);
        await WaitUntilAsync(clock, startAt);
        AttemptId = await SendUntilAcknowledgedAsync(meter.Start, () => Request(HttpMethod.Post, $"/api/exams/exams/{examId}/attempts"),
            async response => (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        long sequence = 0;
        var next = clock.Elapsed;
        for (var no = 1; no <= questions; no++)
        {
            next += interval * (0.8 + (0.4 * random.NextDouble()));
            await WaitUntilAsync(clock, next);
            // One answer in ten changes an earlier one, as people go back.
            var target = no > 1 && random.Next(10) == 0 ? random.Next(1, no) : no;
            var letter = Letters[random.Next(Letters.Length)];
            var sent = ++sequence;
            await SendUntilAcknowledgedAsync(meter.Answer,
                () => Request(HttpMethod.Put, $"/api/exams/attempts/{AttemptId}/answers/{target}", new { answer = new[] { letter }, sequence = sent }),
                _ => Task.FromResult(true));
            Acknowledged[target] = letter;
            if (target != no)
            {
                no--;
            }
        }
        await SendUntilAcknowledgedAsync(meter.Submit, () => Request(HttpMethod.Post, $"/api/exams/attempts/{AttemptId}/submit"), _ => Task.FromResult(true));
        Submitted = true;

        async Task<T> SendUntilAcknowledgedAsync<T>(Latencies latencies, Func<HttpRequestMessage> request, Func<HttpResponseMessage, Task<T>> read)
        {
            for (var tries = 1; ; tries++)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request());
                    if (response.IsSuccessStatusCode)
                    {
                        latencies.Add(watch.Elapsed.TotalMilliseconds);
                        return await read(response);
                    }
                    if (response.StatusCode is not (HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
                        || tries >= 20)
                    {
                        throw new InvalidOperationException($"candidate {Index}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && tries < 20)
                {
                }
                latencies.Fail();
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task WaitUntilAsync(Stopwatch clock, TimeSpan at)
    {
        var wait = at - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
