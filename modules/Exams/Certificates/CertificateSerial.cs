using System.Globalization;
using System.Security.Cryptography;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// Serial numbers: "SP-2026-" and ten random characters of Crockford's base32 (no I, L, O, U), 50 random bits from the
/// system's cryptographic generator, so they can be typed from paper and cannot be guessed or walked. Typing is
/// forgiving: case, spaces and the look-alikes O→0, I/L→1 are normalised before lookup.
/// </summary>
public static class CertificateSerial
{
    public const string Prefix = "SP";
    public const int RandomLength = 10;
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTime issuedAt) =>
        $"{Prefix}-{issuedAt.Year.ToString(CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetString(Alphabet, RandomLength)}";

    /// <summary>The serial as stored, from what someone typed; null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > Certificate.MaxSerialLength * 2)
        {
            return null;
        }
        var chars = typed.Where(c => !char.IsWhiteSpace(c)).Select(c => char.ToUpperInvariant(c)).ToArray();
        var parts = new string(chars).Split('-');
        if (parts.Length != 3 || parts[0] != Prefix || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit) || parts[2].Length != RandomLength)
        {
            return null;
        }
        var random = new string(parts[2].Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray());
        return random.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? $"{Prefix}-{parts[1]}-{random}" : null;
    }
}
