using System.Diagnostics;
using MySqlConnector;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// The floor to compare answer saving with: on the same MariaDB, <c>workers</c> connections each upsert one row
/// (attempt, question → answer, sequence, time; kept only when the sequence is higher) back to back, autocommit,
/// for the given time. Returns upserts per second.
/// </summary>
internal static class RawUpsertLoop
{
    public static async Task<double> RunAsync(string connectionString, int workers, TimeSpan duration)
    {
        await using (var setup = new MySqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new MySqlCommand(
                "CREATE TABLE bench_upsert (AttemptId CHAR(36) NOT NULL, No INT NOT NULL, AnswerJson VARCHAR(256), AnswerSequence BIGINT NOT NULL, " +
                "AnsweredAt DATETIME(6) NOT NULL, PRIMARY KEY (AttemptId, No)) ENGINE=InnoDB", setup);
            await create.ExecuteNonQueryAsync();
        }
        long total = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var attempt = Guid.NewGuid().ToString();
            await using var connection = new MySqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new MySqlCommand(
                "INSERT INTO bench_upsert VALUES (@a, @n, @v, @s, @t) ON DUPLICATE KEY UPDATE " +
                "AnswerJson = IF(VALUES(AnswerSequence) > AnswerSequence, VALUES(AnswerJson), AnswerJson), " +
                "AnsweredAt = IF(VALUES(AnswerSequence) > AnswerSequence, VALUES(AnsweredAt), AnsweredAt), " +
                "AnswerSequence = GREATEST(AnswerSequence, VALUES(AnswerSequence))", connection);
            command.Parameters.AddWithValue("@a", attempt);
            var n = command.Parameters.AddWithValue("@n", 0);
            var v = command.Parameters.AddWithValue("@v", "");
            var s = command.Parameters.AddWithValue("@s", 0L);
            var t = command.Parameters.AddWithValue("@t", DateTime.UtcNow);
            long sequence = 0;
            while (watch.Elapsed < duration)
            {
                sequence++;
                n.Value = (int)(sequence % 50) + 1;
                v.Value = $"[\"{(char)('A' + (sequence % 4))}\"]";
                s.Value = sequence;
                t.Value = DateTime.UtcNow;
                await command.ExecuteNonQueryAsync();
                Interlocked.Increment(ref total);
            }
        }));
        return total / watch.Elapsed.TotalSeconds;
    }
}
