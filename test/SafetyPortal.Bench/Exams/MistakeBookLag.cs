using System.Diagnostics;
using System.Globalization;
using MySqlConnector;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// The mistake book is recorded after the submits (the portal's worker): how many submitted attempts were still pending
/// when the last candidate had submitted, how long until none was, and how many book rows the exam left.
/// </summary>
internal static class MistakeBookLag
{
    private const string PendingSql = "SELECT COUNT(*) FROM ExamsAttempts WHERE ExamId = @exam AND Status = 2 AND MistakesRecordedAt IS NULL";

    public static async Task<string> MeasureAsync(string connectionString, Guid examId, TimeSpan timeout)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        var pendingAtEnd = await CountAsync(connection, examId, PendingSql);
        var pending = pendingAtEnd;
        while (pending > 0 && watch.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            pending = await CountAsync(connection, examId, PendingSql);
        }
        var rows = await CountAsync(connection, examId, "SELECT COUNT(*) FROM ExamsMistakeBook WHERE ExamId = @exam");
        return pending == 0
            ? $"mistake book: {pendingAtEnd:N0} submitted attempts pending when the last candidate had submitted, none after {watch.Elapsed.TotalSeconds:F1} s; {rows:N0} book rows"
            : $"mistake book: {pending:N0} submitted attempts still pending after {timeout.TotalSeconds:F0} s (were {pendingAtEnd:N0}); {rows:N0} book rows";
    }

    private static async Task<long> CountAsync(MySqlConnection connection, Guid examId, string sql)
    {
        await using var command = new MySqlCommand(sql, connection);
        command.Parameters.AddWithValue("@exam", examId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
