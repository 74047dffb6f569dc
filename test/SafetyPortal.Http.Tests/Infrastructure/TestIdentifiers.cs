namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>Valid, random identifiers, so each test's people and enterprises are new to the shared database.</summary>
public static class TestIdentifiers
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string NewCreditCode()
    {
        var body = "91320585" + string.Concat(Enumerable.Range(0, 9).Select(_ => CreditAlphabet[Random.Shared.Next(CreditAlphabet.Length)]));
        var check = 31 - body.Select((c, i) => CreditAlphabet.IndexOf(c, StringComparison.Ordinal) * CreditWeights[i]).Sum() % 31;
        return body + CreditAlphabet[check == 31 ? 0 : check];
    }

    /// <summary>A Taicang (320585) number born 1970–1999 with its GB 11643 check character.</summary>
    public static string NewIdCard()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(365 * 30));
        var body = $"320585{birth:yyyyMMdd}{Random.Shared.Next(1000):D3}";
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * IdWeights[i]).Sum() % 11];
    }

    /// <summary>One whose check character is X, which spreadsheets often hold in lower case.</summary>
    public static string NewIdCardEndingInX()
    {
        while (true)
        {
            if (NewIdCard() is [.., 'X'] number)
            {
                return number;
            }
        }
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithWrongCheck(string idCard) => idCard[..17] + (idCard[17] == '0' ? '1' : '0');

    public static string NewMobile() => "139" + Random.Shared.Next(100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
