using Microsoft.Extensions.Options;
using SkiaSharp;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The PDF's typefaces, loaded once: from an OpenType collection (.ttc) the Simplified Chinese face (family name ending
/// in " SC"), else its first face. A missing or unreadable file is a <see cref="CertificateFontMissingException"/>.
/// </summary>
public sealed class CertificateFonts(IOptions<CertificateOptions> options) : IDisposable
{
    private const int MaxFacesInCollection = 32;
    private readonly Lazy<SKTypeface> _body = new(() => Load(nameof(CertificateOptions.FontPath), options.Value.FontPath));
    private readonly Lazy<SKTypeface> _title = new(() => Load(nameof(CertificateOptions.TitleFontPath), options.Value.TitleFontPath));

    public SKTypeface Body => _body.Value;
    public SKTypeface Title => _title.Value;

    public static SKTypeface Load(string key, string path)
    {
        var setting = CertificateOptions.Section + ":" + key;
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new CertificateFontMissingException(setting, path);
        }
        SKTypeface? first = null;
        for (var index = 0; index < MaxFacesInCollection; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                break;
            }
            if (face.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                first?.Dispose();
                return face;
            }
            if (first is null)
            {
                first = face;
            }
            else
            {
                face.Dispose();
            }
        }
        return first ?? throw new CertificateFontMissingException(setting, path);
    }

    public void Dispose()
    {
        if (_body.IsValueCreated)
        {
            _body.Value.Dispose();
        }
        if (_title.IsValueCreated)
        {
            _title.Value.Dispose();
        }
    }
}
