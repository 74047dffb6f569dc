namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>统一社会信用代码 for enterprises the tests register.</summary>
public static class CreditCodes
{
    /// <summary>A valid code that no demo enterprise uses: 17 random characters plus their check character.</summary>
    public static string New()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = "91320585" + string.Concat(Enumerable.Range(0, 9).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
        var check = 31 - body.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum() % 31;
        return body + alphabet[check == 31 ? 0 : check];
    }
}
